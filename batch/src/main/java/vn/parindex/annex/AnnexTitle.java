package vn.parindex.annex;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.parindex.marts.ScoreIndex;
import vn.parindex.text.Names;

/**
 * The province, year and index a published table is about, from its title rows or else its file name. The line
 * "(Kèm theo Quyết định số … ngày … năm 2024)" is skipped: the decision is often dated the year after the one scored.
 */
public record AnnexTitle(String province, Integer year, ScoreIndex index, String provinceSource, String yearSource,
                         String decision) {
    /** "Quyết định số 715/QĐ-UBND", "QĐ số: 45/2025/QĐ-UBND": the decision's number. */
    private static final Pattern DECISION = Pattern.compile(
            "(?:quyết định|qđ)\\s*(?:số)?\\s*:?\\s*(\\d+(?:/[\\p{L}\\d]+(?:-[\\p{L}\\d]+)*)+)");
    private static final Pattern YEAR_AFTER_NAM = Pattern.compile("năm\\s+((?:19|20)\\d\\d)\\b");
    private static final Pattern ANY_YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d\\d)(?!\\d)");

    /** Reads the title lines (the rows above the header) and the file name against the provinces known to units.csv. */
    public static AnnexTitle of(List<String> titleLines, String fileName, List<String> knownProvinces) {
        List<String> lines = titleLines.stream().filter(line -> !isNotTitle(line)).toList();
        String title = String.join(" ", lines);
        String province = findProvince(title, knownProvinces);
        String provinceSource = "title";
        if (province == null) {
            province = findProvince(fileName, knownProvinces);
            provinceSource = province == null ? null : "file name";
        }
        Integer year = findYear(Names.key(title), true);
        String yearSource = "title";
        if (year == null) {
            year = findYear(fileName, false);
            yearSource = year == null ? null : "file name";
        }
        return new AnnexTitle(province, year, findIndex(title + " " + fileName), provinceSource, yearSource,
                decision(titleLines));
    }

    /** The same title with the province or year an earlier table of the file gave, where this one says none. */
    public AnnexTitle orFrom(AnnexTitle earlier, String earlierName) {
        boolean province = this.province == null || "file name".equals(provinceSource) && earlier.province != null
                && "title".equals(earlier.provinceSource);
        boolean year = this.year == null || "file name".equals(yearSource) && earlier.year != null
                && "title".equals(earlier.yearSource);
        return new AnnexTitle(province ? earlier.province : this.province, year ? earlier.year : this.year, index,
                province ? "title of " + earlierName : provinceSource, year ? "title of " + earlierName : yearSource,
                decision != null ? decision : earlier.decision);
    }

    /** "QĐ 715/QĐ-UBND" from the line "(Kèm theo Quyết định số 715/QĐ-UBND ngày …)"; null when none. */
    static String decision(List<String> titleLines) {
        for (String line : titleLines) {
            Matcher matcher = DECISION.matcher(Names.key(line));
            if (matcher.find()) {
                return "QĐ " + matcher.group(1).toUpperCase(Locale.ROOT);
            }
        }
        return null;
    }

    /** The decision line and the national motto ("… Việt Nam", "Độc lập - Tự do …") say nothing about the table. */
    private static boolean isNotTitle(String line) {
        String key = Names.key(line);
        return key.contains("kèm theo") || key.contains("quyết định số") || key.startsWith("(ban hành")
                || key.contains("chủ nghĩa việt nam") || key.contains("độc lập-tự do");
    }

    /** The known province whose bare name (without "Tỉnh"/"Thành phố") appears in the text; the longest wins. */
    private static String findProvince(String text, List<String> knownProvinces) {
        String folded = fold(text);
        return knownProvinces.stream()
                .filter(province -> {
                    String bare = fold(bare(province));
                    return bare.length() >= 3 && folded.contains(bare);
                })
                .max(Comparator.comparingInt(province -> bare(province).length()))
                .orElse(null);
    }

    private static String bare(String province) {
        String key = Names.key(province);
        for (String prefix : List.of("tỉnh ", "thành phố ", "tp. ", "tp ")) {
            if (key.startsWith(prefix)) {
                return key.substring(prefix.length());
            }
        }
        return key;
    }

    /** Without accents, "đ" as "d", letters and digits only: "Tỉnh Mẫu" and "PL01_TinhMau" then meet. */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(Names.key(text).replace('đ', 'd'), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").replaceAll("[^a-z0-9]", "");
    }

    private static Integer findYear(String text, boolean preferNam) {
        if (preferNam) {
            Matcher nam = YEAR_AFTER_NAM.matcher(text);
            if (nam.find()) {
                return Integer.valueOf(nam.group(1));
            }
        }
        // The last year in a file name: "QD-2045-2024.xlsx" is about 2024, not the decision number.
        Matcher any = ANY_YEAR.matcher(text);
        Integer year = null;
        while (any.find()) {
            year = Integer.valueOf(any.group(1));
            if (preferNam) {
                break;
            }
        }
        return year;
    }

    private static ScoreIndex findIndex(String text) {
        String upper = Names.clean(text).toUpperCase(Locale.ROOT);
        if (upper.contains("SIPAS") || Names.key(text).contains("mức độ hài lòng")) {
            return ScoreIndex.SIPAS;
        }
        if (upper.contains("PAPI")) {
            return ScoreIndex.PAPI;
        }
        return ScoreIndex.PAR;
    }

    public Optional<String> missing() {
        if (province == null && year == null) {
            return Optional.of("province and year");
        }
        if (province == null) {
            return Optional.of("province");
        }
        return year == null ? Optional.of("year") : Optional.empty();
    }
}
