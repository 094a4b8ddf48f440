package vn.parindex.sampledata;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The synthetic PAR tables of every department and district of every modelled year: item scores, a TOTAL where the
 * table publishes one (and no real TOTAL exists), the contract's RANK; and the 11 Lào Cai 2015 units the source
 * does not name.
 */
final class ParScores {
    /** Province-years whose published table gives component scores only (no TOTAL, no RANK). */
    private static final Set<String> COMPONENTS_ONLY = Set.of("Lạng Sơn|2020", "Tuyên Quang|2019");
    /** Tables with one unit whose published TOTAL does not reconcile with its components (as in real files). */
    private static final Set<String> MISMATCH_TABLES = Set.of("Lào Cai|department|2019", "Lạng Sơn|department|2021",
            "Bắc Kạn|department|2020", "Tuyên Quang|department|2023", "Lào Cai|department|2024",
            "Bắc Kạn|district|2022");

    private final Units units;
    private final ScoreBook book;
    private final ParModel model;
    private final RealFit fit;
    private final ItemScores items;
    private final OfficialValues official;
    private final SeedFacts seeds;

    ParScores(Units units, ScoreBook book, ParModel model, RealFit fit, ItemScores items, OfficialValues official,
              SeedFacts seeds) {
        this.units = units;
        this.book = book;
        this.model = model;
        this.fit = fit;
        this.items = items;
        this.official = official;
        this.seeds = seeds;
    }

    void writeTables() {
        for (Province p : units.provinces()) {
            for (int year : p.parYears()) {
                for (String tier : tiers(p, year)) {
                    writeTable(p, tier, year);
                }
            }
        }
    }

    /** The department table, and the district table where the province's districts exist that year. */
    private List<String> tiers(Province p, int year) {
        return units.scored(p.name(), "district", year).isEmpty() ? List.of("department")
                : List.of("department", "district");
    }

    private void writeTable(Province p, String tier, int year) {
        List<Unit> tableUnits = units.scored(p.name(), tier, year);
        Map<String, Double> values = fit.officialValues(p, tier, year, tableUnits);
        boolean publishesTotals = !COMPONENTS_ONLY.contains(p.name() + "|" + year);
        String mismatchUnit = pickMismatchUnit(p, tier, year, tableUnits);
        String file = ScoreFiles.synthetic(p, year);
        for (Unit u : tableUnits) {
            double value = values.get(u.id());
            double delta = 0;
            if (u.id().equals(mismatchUnit)) {
                Random r = Seeds.rng("mismatch", u.id(), year);
                delta = Decimals.round2((r.nextBoolean() ? 1 : -1) * (0.3 + 0.9 * r.nextDouble()));
            }
            if (!hasRealComponents(p, year, u)) {
                items.write(file, p.name(), tier, year, "PAR", u, value - delta, wantsSelfScores(p, tier, year),
                        seeds.pinnedItems(u.id(), year));
            }
            if (publishesTotals && book.realValue(p.name(), year, u.id(), "PAR", "TOTAL") == null) {
                book.add(Score.synthetic(file, p.name(), year, u.id(), "PAR", "TOTAL", Decimals.trim(value), "", ""));
            }
        }
    }

    /** A unit-year whose level-1 scores are real (seed 000: LCI-STTTT 2022) gets no synthetic item scores. */
    private boolean hasRealComponents(Province p, int year, Unit u) {
        return book.realValue(p.name(), year, u.id(), "PAR", "1") != null;
    }

    private String pickMismatchUnit(Province p, String tier, int year, List<Unit> tableUnits) {
        if (!MISMATCH_TABLES.contains(p.name() + "|" + tier + "|" + year)) {
            return null;
        }
        List<Unit> candidates = tableUnits.stream()
                .filter(u -> book.realValue(p.name(), year, u.id(), "PAR", "TOTAL") == null).collect(Collectors.toList());
        return candidates.get(Seeds.rng("mismatch-pick", p.name() + tier, year).nextInt(candidates.size())).id();
    }

    /** The department tables that publish self-assessed scores next to the appraised ones. */
    private static boolean wantsSelfScores(Province p, String tier, int year) {
        if (!tier.equals("department")) {
            return false;
        }
        return switch (p.name()) {
            case "Bắc Kạn" -> year >= 2022;
            case "Lào Cai" -> year == 2023 || year == 2024;
            case "Tuyên Quang" -> year == 2023;
            default -> false;
        };
    }

    /**
     * Lào Cai 2015: the units the source (QĐ 955/QĐ-UBND) does not name, on the 70-point scale: 7 "Khá" (45-55) and
     * 4 "TB" (35-45), as its counts say, ordered by the units' strength.
     */
    void writeLaoCai2015() {
        String province = "Lào Cai";
        Province p = units.provinces().stream().filter(x -> x.name().equals(province)).findFirst().orElseThrow();
        List<Unit> unnamed = units.scored(province, "department", 2015).stream()
                .filter(u -> book.realValue(province, 2015, u.id(), "PAR", "1") == null)
                .sorted(Comparator.comparingDouble(model::strength).reversed()).collect(Collectors.toList());
        Random r = Seeds.rng("lc2015", province, 2015);
        for (int i = 0; i < unnamed.size(); i++) {
            double points = i < 7 ? 45.5 + 9 * r.nextDouble() : 36 + 8.5 * r.nextDouble();
            book.add(Score.synthetic(ScoreFiles.synthetic(p, 2015), province, 2015, unnamed.get(i).id(), "PAR", "1",
                    Decimals.trim(Decimals.round2(points)), "", ""));
        }
    }

    /** Every modelled table that publishes totals also publishes ranks (the contract's rule); real ranks stay. */
    void writeRanks() {
        for (Province p : units.provinces()) {
            for (int year : p.parYears()) {
                if (COMPONENTS_ONLY.contains(p.name() + "|" + year)) {
                    continue;
                }
                for (String tier : tiers(p, year)) {
                    Map<String, Integer> ranks = OfficialValues.ranks(official.of(p.name(), tier, year, "PAR"));
                    String file = ScoreFiles.synthetic(p, year);
                    ranks.forEach((id, rank) -> {
                        if (book.realValue(p.name(), year, id, "PAR", "RANK") == null) {
                            book.add(Score.synthetic(file, p.name(), year, id, "PAR", "RANK", String.valueOf(rank), "",
                                    ""));
                        }
                    });
                }
            }
        }
    }
}
