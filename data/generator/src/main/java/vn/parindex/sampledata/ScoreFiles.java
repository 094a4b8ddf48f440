package vn.parindex.sampledata;

import java.util.Locale;

/**
 * Where a score row is written, under scores/: the provenance's folder, then the province's folder and the year
 * ({@code real/lang-son/2018.csv}), or {@code national/<index>.csv} for the national tier. The folder and the
 * provenance column always agree: one is derived from the other.
 */
final class ScoreFiles {
    static final String SYNTHETIC = "synthetic";

    private ScoreFiles() {
    }

    static String folder(String provenance) {
        return switch (provenance) {
            case "published" -> "real";
            case "derived" -> "derived";
            case "third_party" -> "third-party";
            case "synthetic" -> SYNTHETIC;
            default -> throw new IllegalStateException("unknown provenance '" + provenance + "'");
        };
    }

    /** Contract 1.3 provenance of a row, fixed by the folder it is written to. */
    static String provenance(String file) {
        String folder = file.substring(0, file.indexOf('/'));
        return switch (folder) {
            case "real" -> "published";
            case "derived" -> "derived";
            case "third-party" -> "third_party";
            case SYNTHETIC -> "synthetic";
            default -> throw new IllegalStateException("score file outside real/derived/third-party/synthetic: " + file);
        };
    }

    static String of(String provenance, Province province, int year, String index) {
        String place = province == null ? "national/" + index.toLowerCase(Locale.ROOT) : province.slug() + "/" + year;
        return folder(provenance) + "/" + place + ".csv";
    }

    /** A modelled PAR table of a province: synthetic/<slug>/<year>.csv. */
    static String synthetic(Province province, int year) {
        return SYNTHETIC + "/" + province.slug() + "/" + year + ".csv";
    }
}
