package vn.parindex.sampledata;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * SIPAS for the Bắc Kạn departments 2019-2024: table mean + half the unit's PAR strength + its own lasting SIPAS
 * strength + the same kind of small persistent yearly noise as PAR; 62-95 %. BKN-SCT stays below 80 % in 2023:
 * seed 002 lists the satisfaction result among its 2023 shortfalls and aims at "từ 80 % trở lên" for 2024.
 */
final class SipasScores {
    private static final String PROVINCE = "Bắc Kạn";
    private static final int FIRST_YEAR = 2019;
    /** Mean department SIPAS (%) 2019..2024; 2023 and 2024 follow the province's real SIPAS (75.03 -> 78.17). */
    private static final double[] MEAN = {76.0, 76.8, 77.5, 77.0, 75.8, 78.2};
    private static final String CAPPED_UNIT = "BKN-SCT";
    private static final int CAPPED_YEAR = 2023;
    private static final double CAP = 79.4;

    private final Units units;
    private final ParModel model;
    private final ItemScores items;
    private final List<String> notes;

    SipasScores(Units units, ParModel model, ItemScores items, List<String> notes) {
        this.units = units;
        this.model = model;
        this.items = items;
        this.notes = notes;
    }

    void write() {
        Province p = units.provinces().stream().filter(x -> x.name().equals(PROVINCE)).findFirst().orElseThrow();
        for (int year = FIRST_YEAR; year < FIRST_YEAR + MEAN.length; year++) {
            for (Unit u : units.scored(PROVINCE, "department", year)) {
                double own = Seeds.rng("sipas-effect", u.id(), 0).nextGaussian() * 1.5;
                double value = Decimals.round2(Decimals.clamp(MEAN[year - FIRST_YEAR] + 0.5 * model.strength(u) + own
                        + model.noise(u, "SIPAS", year), 62, 95));
                if (u.id().equals(CAPPED_UNIT) && year == CAPPED_YEAR && value > CAP) {
                    notes.add(String.format(Locale.ROOT, "Bắc Kạn SIPAS 2023 BKN-SCT: %.2f capped at 79.40 (seed 002)",
                            value));
                    value = CAP;
                }
                items.write(ScoreFiles.SYNTHETIC + "/" + p.slug() + "/" + year + "-sipas.csv", PROVINCE, "department",
                        year, "SIPAS", u, value, false, Map.of());
            }
        }
    }
}
