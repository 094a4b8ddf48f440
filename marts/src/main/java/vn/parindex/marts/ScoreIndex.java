package vn.parindex.marts;

import java.util.Optional;

/** The indices: PAR INDEX and SIPAS on 0–100, PAPI on its own points scale (80 since 2018). */
public enum ScoreIndex implements Coded {
    PAR("Chỉ số CCHC", false),
    SIPAS("Chỉ số SIPAS", false),
    PAPI("Chỉ số PAPI", true);

    private final String label;
    private final boolean pointsScale;

    ScoreIndex(String label, boolean pointsScale) {
        this.label = label;
        this.pointsScale = pointsScale;
    }

    /** The marts' word, the constant's name: PAR, SIPAS, PAPI. */
    @Override
    public String code() {
        return name();
    }

    @Override
    public String label() {
        return label;
    }

    /** True when its value is on the index's points scale (the tree's maximum), not 0–100. */
    public boolean onPointsScale() {
        return pointsScale;
    }

    public static Optional<ScoreIndex> of(String code) {
        return Coded.find(ScoreIndex.class, code);
    }

    /** The label of a mart's code; an unknown one is "Chỉ số X". */
    public static String label(String code) {
        return of(code).map(ScoreIndex::label).orElse("Chỉ số " + code);
    }

    public static boolean onPointsScale(String code) {
        return of(code).map(ScoreIndex::onPointsScale).orElse(false);
    }
}
