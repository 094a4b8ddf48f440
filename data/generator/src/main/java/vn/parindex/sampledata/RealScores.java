package vn.parindex.sampledata;

import java.util.Map;

/**
 * The figures written as given, not modelled: sources/real-scores.csv (published, derived and third-party rows, each
 * with its source) and sources/illustrative-scores.csv (hand-set synthetic rows: the 2025 national table). Each row
 * names its unit_id next to the unit as written, so no name is matched here.
 */
final class RealScores {
    private RealScores() {
    }

    static void addTo(ScoreBook book, Units units) {
        add(book, units, "real-scores.csv");
        add(book, units, "illustrative-scores.csv");
    }

    private static void add(ScoreBook book, Units units, String source) {
        for (Map<String, String> r : SourceCsv.read(source)) {
            String provinceName = r.get("province");
            Province province = units.provinces().stream().filter(p -> p.name().equals(provinceName)).findFirst()
                    .orElse(null);
            if (province == null && !provinceName.equals(Units.NATION)) {
                throw new IllegalStateException(source + ": unknown province '" + provinceName + "'");
            }
            String unitId = r.get("unit_id");
            if (!units.has(unitId)) {
                throw new IllegalStateException(source + ": unknown unit_id '" + unitId + "'");
            }
            int year = Integer.parseInt(r.get("year"));
            book.add(new Score(ScoreFiles.of(r.get("provenance"), province, year, r.get("index")), provinceName, year,
                    unitId, r.get("unit"), r.get("index"), r.get("code"), r.get("score"), "", r.get("source")));
        }
    }
}
