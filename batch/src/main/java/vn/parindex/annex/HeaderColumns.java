package vn.parindex.annex;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.parindex.text.Names;
import vn.parindex.text.Numbers;

/** Recognises the columns of a header by their text, the many ways provinces word them. */
public final class HeaderColumns {
    private static final Pattern LEADING_NUMBERING = Pattern.compile("^(?:[ivxlc]+|\\d+)\\s*[.)/:-]\\s*");
    private static final Pattern BRACKETED = Pattern.compile("[(\\[][^)\\]]*[)\\]]");
    private static final Pattern BRACKETED_MAXIMUM =
            Pattern.compile("[(\\[]\\s*(?:tối đa|max)?\\s*(\\d+(?:[.,]\\d+)?)\\s*(?:điểm|đ)?\\s*[)\\]]");

    private HeaderColumns() {
    }

    /** The columns of a header, one text per column (the most specific header row's text); blank columns left out. */
    public static List<HeaderColumn> classify(List<String> headerTexts) {
        List<HeaderColumn> columns = new ArrayList<>();
        boolean unitSeen = false;
        for (int i = 0; i < headerTexts.size(); i++) {
            String header = Names.clean(headerTexts.get(i));
            if (header.isEmpty()) {
                continue;
            }
            ColumnRole role = role(header, unitSeen);
            unitSeen |= role == ColumnRole.UNIT;
            columns.add(role == ColumnRole.DOMAIN
                    ? new HeaderColumn(i, header, role, domainKey(header), bracketMaximum(header))
                    : new HeaderColumn(i, header, role, null, null));
        }
        return columns;
    }

    static ColumnRole role(String header, boolean unitSeen) {
        String key = domainKey(header);
        if (key.equals("stt") || key.equals("tt") || key.equals("số tt") || key.startsWith("số thứ tự")) {
            return ColumnRole.NUMBER;
        }
        if (!unitSeen && (key.startsWith("tên") || key.contains("cơ quan") || key.contains("đơn vị")
                || key.equals("địa phương") || key.equals("sở, ban, ngành"))) {
            return ColumnRole.UNIT;
        }
        if (key.startsWith("chỉ số")) {
            return ColumnRole.INDEX_TOTAL;
        }
        if (key.startsWith("tổng")) {
            return ColumnRole.POINTS_TOTAL;
        }
        if (key.startsWith("xếp hạng") || key.startsWith("xếp thứ") || key.startsWith("thứ hạng")) {
            return ColumnRole.RANK;
        }
        // "Xếp loại" (Tốt, Khá…) is derived from the index and not a score; notes are not scores either.
        if (key.startsWith("ghi chú") || key.contains("xếp loại") || key.isEmpty()
                || key.matches("[\\d\\s()=+*/.,-]*")) {
            return ColumnRole.IGNORED;
        }
        return ColumnRole.DOMAIN;
    }

    /** The name a domain is matched by: no leading "I."/"1.", no bracketed maximum, one line, case-folded. */
    public static String domainKey(String text) {
        String key = Names.key(text);
        key = BRACKETED.matcher(key).replaceAll(" ");
        key = LEADING_NUMBERING.matcher(Names.clean(key)).replaceFirst("");
        return Names.clean(key.replaceAll("[:;,.]+$", ""));
    }

    /** "(12)", "(16,5 điểm)", "[Tối đa 10 điểm]": the maximum written in the header, null when none. */
    static Double bracketMaximum(String header) {
        Matcher matcher = BRACKETED_MAXIMUM.matcher(Names.key(header));
        if (!matcher.find()) {
            return null;
        }
        OptionalDouble value = Numbers.parse(matcher.group(1));
        return value.isPresent() ? value.getAsDouble() : null;
    }
}
