package vn.parindex.plans;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import vn.parindex.annex.AnnexTitle;
import vn.parindex.csv.InputFileException;
import vn.parindex.marts.ScoreIndex;
import vn.parindex.reference.ReferenceData;
import vn.parindex.reference.Unit;
import vn.parindex.text.Names;

/**
 * Who a plan document is by and for which year (contract 1.8): the issuing body in the heading (the line under the
 * province's UBND, "UBND TỈNH TUYÊN QUANG / SỞ TƯ PHÁP") matched through units.csv names and aliases, else the file
 * name; plan_year the year in the title ("KẾ HOẠCH … năm 2025"), else in the file name; the index PAR unless the
 * title names only SIPAS or PAPI.
 *
 * @param unitSource, yearSource "heading", "title" or "file name"
 */
record PlanHeading(Unit unit, int planYear, ScoreIndex index, String unitSource, String yearSource) {
    private static final Pattern TITLE_YEAR = Pattern.compile("năm\\s+((?:19|20)\\d\\d)\\b");
    private static final Pattern ANY_YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d\\d)(?!\\d)");
    /** The title's lines: "KẾ HOẠCH" and the few under it that say what and when. */
    private static final int TITLE_LINES = 4;

    /** The heading of the lines above the task table; a unit or year that none of them gives is an error. */
    static PlanHeading of(List<String> lines, String fileName, ReferenceData reference) throws InputFileException {
        int titleAt = titleLine(lines);
        List<String> heading = titleAt < 0 ? lines : lines.subList(0, titleAt);
        List<String> title = titleAt < 0 ? List.of()
                : lines.subList(titleAt, Math.min(lines.size(), titleAt + TITLE_LINES));
        List<String> provinces = reference.units().all().stream().map(Unit::province).distinct().toList();
        String province = AnnexTitle.of(heading, fileName, provinces).province();
        Optional<Unit> unit = named(String.join(" \n ", heading), reference, province, false);
        String unitSource = "heading";
        if (unit.isEmpty()) {
            unit = named(String.join(" \n ", title), reference, province, false);
            unitSource = "title";
        }
        if (unit.isEmpty()) {
            unit = named(fileName, reference, province, true);
            unitSource = "file name";
        }
        Integer year = year(String.join(" ", title), true);
        String yearSource = "title";
        if (year == null) {
            year = year(fileName, false);
            yearSource = "file name";
        }
        if (unit.isEmpty()) {
            throw new InputFileException("unknown_unit", 0, "neither the plan's heading nor its file name names a unit"
                    + " of reference/units.csv" + (province == null ? "" : " in " + province) + "; the heading reads: '"
                    + abbreviated(String.join(" / ", heading)) + "' (write the issuing body under the UBND line, its"
                    + " short name in the file name, or give the task table the columns province, unit, plan_year)");
        }
        if (year == null) {
            throw new InputFileException("bad_year", 0, "neither the plan's title (\"KẾ HOẠCH … năm 2025\") nor its"
                    + " file name says the year the plan is for");
        }
        return new PlanHeading(unit.get(), year, index(String.join(" ", title)), unitSource, yearSource);
    }

    /** The first line that begins "KẾ HOẠCH" (the title; prose mentions "Kế hoạch" later, never first). */
    private static int titleLine(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (Names.key(lines.get(i)).startsWith("kế hoạch")) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The unit whose longest name (name, short name or alias, as whole words) the text contains, among the units of
     * the province when it is known. A file name is compared without accents or separators, by its words for
     * short names.
     */
    private static Optional<Unit> named(String text, ReferenceData reference, String province, boolean fileName) {
        String key = " " + Names.key(text).replaceAll("[\\s/:()\\[\\]]+", " ") + " ";
        String folded = fold(text);
        List<String> words = Stream.of(text.split("[^\\p{L}\\p{N}&]+")).map(PlanHeading::fold).toList();
        Unit best = null;
        int bestLength = 0;
        for (Unit unit : reference.units().all()) {
            if (province != null && !unit.province().equals(province)) {
                continue;
            }
            for (String name : names(unit)) {
                String nameKey = Names.key(name);
                boolean found = fileName
                        ? nameKey.length() >= 8 && folded.contains(fold(name)) || words.contains(fold(name))
                        : key.contains(" " + nameKey + " ");
                if (found && nameKey.length() > bestLength) {
                    best = unit;
                    bestLength = nameKey.length();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static List<String> names(Unit unit) {
        List<String> names = new ArrayList<>(List.of(unit.name(), unit.shortName()));
        names.addAll(unit.aliases());
        names.removeIf(name -> Names.clean(name).length() < 3);
        names.sort(Comparator.comparingInt(String::length).reversed());
        return names;
    }

    private static String fold(String text) {
        return java.text.Normalizer.normalize(Names.key(text).replace('đ', 'd'), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("[^a-z0-9&]", "");
    }

    private static Integer year(String text, boolean title) {
        Matcher matcher = (title ? TITLE_YEAR : ANY_YEAR).matcher(title ? Names.key(text) : text);
        Integer year = null;
        while (matcher.find()) {
            year = Integer.valueOf(matcher.group(1));
            if (title) {
                break; // the title's first year; a file name's last ("KH-12-2024" is for 2024)
            }
        }
        return year;
    }

    /** PAR unless the title names SIPAS or PAPI and not the PAR index as well. */
    private static ScoreIndex index(String title) {
        String upper = Names.clean(title).toUpperCase(Locale.ROOT);
        String key = Names.key(title);
        boolean par = upper.contains("PAR") || key.contains("cải cách hành chính") || upper.contains("CCHC");
        boolean sipas = upper.contains("SIPAS") || key.contains("mức độ hài lòng");
        boolean papi = upper.contains("PAPI");
        if (!par && sipas && !papi) {
            return ScoreIndex.SIPAS;
        }
        return !par && papi && !sipas ? ScoreIndex.PAPI : ScoreIndex.PAR;
    }

    private static String abbreviated(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
