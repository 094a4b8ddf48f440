package vn.parindex.sampledata;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What the seeds state about results that the synthetic data must honour, beyond the real figures themselves:
 * <ul>
 * <li>seed 002 (KH/SCT Bắc Kạn 2024): the criteria its Phụ lục 1 keeps at full marks ("duy trì": BKN-SCT's 2024
 * {@code max} targets) were at full marks in 2023, and no other criterion was: those its Phụ lục 2 is to raise
 * (its 2024 {@code increase_points} targets on items) are pinned below; a 2024 code is followed back to 2023 by its
 * prev_code. The seed states no scores, so the values below full marks are synthetic;</li>
 * <li>seed 000 (KH/STTTT Lào Cai 2023): LCI-STTTT ranked 11th of 19 in 2022 with 87.13 (both in real-scores.csv):
 * the table around it must have exactly 10 units above and 8 below, each at least 0.05 away.</li>
 * </ul>
 */
final class SeedFacts {
    private static final String SEED_002_UNIT = "BKN-SCT";
    private static final int SEED_002_PLAN_YEAR = 2024;
    private static final String SEED_000_UNIT = "LCI-STTTT";
    private static final int SEED_000_RESULTS_YEAR = 2022;
    private static final int SEED_000_TABLE_SIZE = 19;
    private static final double SEED_000_MARGIN = 0.05;

    private final Set<String> fullIn2023;
    private final Set<String> belowIn2023;

    private SeedFacts(Set<String> fullIn2023, Set<String> belowIn2023) {
        this.fullIn2023 = fullIn2023;
        this.belowIn2023 = belowIn2023;
    }

    static SeedFacts of(Targets targets, Methodology methodology) {
        List<Target> plan = targets.transcribed().stream().filter(t -> t.unitId().equals(SEED_002_UNIT)
                && t.year() == SEED_002_PLAN_YEAR && t.index().equals("PAR") && !t.code().equals("TOTAL")).toList();
        String province = plan.get(0).province();
        List<Item> tree = methodology.tree(province, "department", SEED_002_PLAN_YEAR, "PAR");
        Set<String> full = plan.stream().filter(t -> t.kind().equals("max")).map(t -> previousCode(tree, t.code()))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> below = plan.stream().filter(t -> t.kind().equals("increase_points"))
                .map(t -> previousCode(tree, t.code())).collect(Collectors.toCollection(TreeSet::new));
        return new SeedFacts(full, below);
    }

    private static String previousCode(List<Item> tree, String code) {
        Item item = tree.stream().filter(i -> i.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalStateException("seed 002 target on " + code + ", not in the 2024 tree"));
        return item.prevCode().isEmpty() ? item.code() : item.prevCode();
    }

    /** The leaves of a unit-year pinned at full marks or below them, by code (empty for every other unit-year). */
    Map<String, Character> pinnedItems(String unitId, int year) {
        Map<String, Character> modes = new HashMap<>();
        if (unitId.equals(SEED_002_UNIT) && year == SEED_002_PLAN_YEAR - 1) {
            fullIn2023.forEach(c -> modes.put(c, PointSplit.FULL));
            belowIn2023.forEach(c -> modes.put(c, PointSplit.BELOW));
        }
        return modes;
    }

    Set<String> fullIn2023() {
        return fullIn2023;
    }

    Set<String> belowIn2023() {
        return belowIn2023;
    }

    /** What in the data contradicts the seeds; empty when nothing does. */
    List<String> violations(Units units, Methodology methodology, ScoreBook book, OfficialValues official) {
        List<String> violations = new ArrayList<>();
        Unit stttt = units.get(SEED_000_UNIT);
        int year = SEED_000_RESULTS_YEAR;
        double published = Double.parseDouble(book.realValue(stttt.province(), year, stttt.id(), "PAR", "TOTAL"));
        int rank = Integer.parseInt(book.realValue(stttt.province(), year, stttt.id(), "PAR", "RANK"));
        Map<String, Double> table = official.of(stttt.province(), stttt.tier(), year, "PAR");
        double mine = Decimals.round2(table.getOrDefault(stttt.id(), -1.0));
        long above = table.values().stream().filter(v -> Decimals.round2(v) > mine).count();
        long below = table.values().stream().filter(v -> Decimals.round2(v) < mine).count();
        boolean margins = table.entrySet().stream().filter(e -> !e.getKey().equals(stttt.id()))
                .allMatch(e -> Math.abs(Decimals.round2(e.getValue()) - mine) >= SEED_000_MARGIN - 1e-9);
        if (mine != published || table.size() != SEED_000_TABLE_SIZE || above != rank - 1
                || below != SEED_000_TABLE_SIZE - rank || !margins) {
            violations.add(String.format("seed 000: %s %d is %s, %d above and %d below of %d (margins ok: %s); the seed"
                    + " says %s, %d of %d", stttt.id(), year, mine, above, below, table.size(), margins, published, rank,
                    SEED_000_TABLE_SIZE));
        }
        Unit sct = units.get(SEED_002_UNIT);
        int results = SEED_002_PLAN_YEAR - 1;
        List<Item> tree = methodology.tree(sct.province(), sct.tier(), results, "PAR");
        Map<String, String> given = new HashMap<>();
        book.rows(sct.province(), results, "PAR").stream().filter(s -> s.unitId().equals(sct.id()))
                .forEach(s -> given.put(s.code(), s.score()));
        for (Item item : tree) {
            if (!Methodology.isLeaf(tree, item)) {
                continue;
            }
            boolean full = Math.abs(Double.parseDouble(given.get(item.code())) - item.max()) < 1e-9;
            if (fullIn2023.contains(item.code()) != full) { // full marks exactly on Phụ lục 1's criteria
                violations.add("seed 002: " + sct.id() + " " + results + " " + item.code() + (full ? " at" : " below")
                        + " full marks");
            }
        }
        return violations;
    }
}
