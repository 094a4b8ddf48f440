package vn.parindex.sampledata;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What makes the synthetic data believable, measured on every run (data/README.md, "Plausibility"): the share of
 * deepest items at full marks, year-over-year changes of units and of whole tables, rank moves, and LCI-STTTT
 * 2021's place. The figures are printed; a rule broken is a violation and nothing is written.
 */
final class Plausibility {
    private static final double MIN_FULL_MARKS = 40;
    private static final double MAX_FULL_MARKS = 55;
    /** Largest year-over-year change of a unit's official value, and of a table's mean, that the data may show. */
    private static final double MAX_YEARLY_CHANGE = 6.0;
    private static final double MAX_TABLE_SHIFT = 3.0;
    private static final double MIN_SMALL_RANK_MOVES = 90;
    private static final int SMALL_RANK_MOVE = 5;

    private final Units units;
    private final Methodology methodology;
    private final ScoreBook book;
    private final OfficialValues official;
    private final List<String> figures = new ArrayList<>();
    private final List<String> violations = new ArrayList<>();

    Plausibility(Units units, Methodology methodology, ScoreBook book, OfficialValues official) {
        this.units = units;
        this.methodology = methodology;
        this.book = book;
        this.official = official;
    }

    /** The measured figures, one line each. */
    List<String> figures() {
        return figures;
    }

    List<String> violations() {
        return violations;
    }

    Plausibility measure() {
        Map<String, Map<String, Map<String, String>>> byTable = new TreeMap<>();
        for (Score s : book.rows()) {
            Unit u = units.get(s.unitId());
            byTable.computeIfAbsent(s.province() + "|" + u.tier() + "|" + s.year() + "|" + s.index(), k -> new TreeMap<>())
                    .computeIfAbsent(u.id(), k -> new HashMap<>()).put(s.code(), s.score());
        }
        fullMarks(byTable);
        Map<String, Map<String, Double>> values = new TreeMap<>();
        byTable.keySet().forEach(key -> {
            String[] k = key.split("\\|");
            if (!k[0].equals(Units.NATION)) { // the national tables hold real figures only
                Map<String, Double> table = official.of(k[0], k[1], Integer.parseInt(k[2]), k[3]);
                if (!table.isEmpty()) {
                    values.put(key, table);
                }
            }
        });
        changes(values);
        laoCaiSttt2021(values);
        return this;
    }

    /** Full marks among the deepest scored items, assessed and survey apart. */
    private void fullMarks(Map<String, Map<String, Map<String, String>>> byTable) {
        int[] assessed = new int[2];
        int[] survey = new int[2];
        int[] criteria = new int[2];
        byTable.forEach((key, unitsScores) -> {
            String[] k = key.split("\\|");
            List<Item> tree = methodology.tree(k[0], k[1], Integer.parseInt(k[2]), k[3]);
            unitsScores.forEach((id, given) -> {
                for (Item leaf : tree) {
                    String v = given.get(leaf.code());
                    if (!Methodology.isLeaf(tree, leaf) || v == null || v.equals("NA")) {
                        continue;
                    }
                    int full = Math.abs(Double.parseDouble(v) - leaf.max()) < 1e-9 ? 1 : 0;
                    int[] bucket = leaf.survey() ? survey : assessed;
                    bucket[0] += full;
                    bucket[1]++;
                    if (!leaf.survey() && !leaf.levelOne()) {
                        criteria[0] += full;
                        criteria[1]++;
                    }
                }
            });
        });
        double assessedShare = 100.0 * assessed[0] / assessed[1];
        figures.add(String.format(Locale.ROOT, "deepest assessed items at full marks: %d of %d = %.1f %% "
                        + "(criteria below a domain: %.1f %%); survey items: %d of %d = %.1f %%; all deepest items: %.1f %%",
                assessed[0], assessed[1], assessedShare, 100.0 * criteria[0] / criteria[1], survey[0], survey[1],
                100.0 * survey[0] / survey[1], 100.0 * (assessed[0] + survey[0]) / (assessed[1] + survey[1])));
        if (assessedShare < MIN_FULL_MARKS || assessedShare > MAX_FULL_MARKS) {
            violations.add(String.format(Locale.ROOT, "full marks on %.1f %% of deepest assessed items, not %.0f-%.0f %%",
                    assessedShare, MIN_FULL_MARKS, MAX_FULL_MARKS));
        }
    }

    /** Year-over-year changes of units' values, of whole tables' means, and rank moves in tables of the same size. */
    private void changes(Map<String, Map<String, Double>> values) {
        List<Double> changes = new ArrayList<>();
        String largest = "";
        double largestChange = -1;
        String largestShift = "";
        double largestShiftValue = -1;
        int moves = 0;
        int smallMoves = 0;
        int largestMove = 0;
        String largestMoveAt = "";
        for (Map.Entry<String, Map<String, Double>> e : values.entrySet()) {
            String[] k = e.getKey().split("\\|");
            int year = Integer.parseInt(k[2]);
            Map<String, Double> before = values.get(k[0] + "|" + k[1] + "|" + (year - 1) + "|" + k[3]);
            if (before == null) {
                continue;
            }
            Map<String, Integer> rankNow = OfficialValues.ranks(e.getValue());
            Map<String, Integer> rankBefore = OfficialValues.ranks(before);
            double shiftSum = 0;
            int shiftCount = 0;
            for (Map.Entry<String, Double> v : e.getValue().entrySet()) {
                Double previous = previousValue(before, v.getKey());
                if (previous == null) {
                    continue;
                }
                double change = v.getValue() - previous;
                changes.add(Math.abs(change));
                shiftSum += change;
                shiftCount++;
                if (Math.abs(change) > largestChange) {
                    largestChange = Math.abs(change);
                    largest = String.format(Locale.ROOT, "%s %s %s %d: %.2f -> %.2f", k[0], k[3], v.getKey(), year,
                            previous, v.getValue());
                }
                if (before.containsKey(v.getKey()) && before.size() == e.getValue().size()) {
                    int move = Math.abs(rankBefore.get(v.getKey()) - rankNow.get(v.getKey()));
                    moves++;
                    smallMoves += move <= SMALL_RANK_MOVE ? 1 : 0;
                    if (move > largestMove) {
                        largestMove = move;
                        largestMoveAt = String.format(Locale.ROOT, "%s %s %s %d: %d -> %d of %d", k[0], k[3],
                                v.getKey(), year, rankBefore.get(v.getKey()), rankNow.get(v.getKey()), e.getValue().size());
                    }
                }
            }
            double shift = shiftSum / shiftCount;
            if (Math.abs(shift) > largestShiftValue) {
                largestShiftValue = Math.abs(shift);
                largestShift = String.format(Locale.ROOT, "%s %s %s %d: %+.2f", k[0], k[1], k[3], year, shift);
            }
            if (Math.abs(shift) > MAX_TABLE_SHIFT) {
                violations.add(String.format(Locale.ROOT, "%s: the units move by %+.2f on average", e.getKey(), shift));
            }
        }
        Collections.sort(changes);
        figures.add(String.format(Locale.ROOT, "year-over-year change of a unit's value: median %.2f, 90th percentile "
                        + "%.2f, largest %.2f (%s), over %d unit-years", changes.get(changes.size() / 2),
                changes.get((int) (changes.size() * 0.9)), largestChange, largest, changes.size()));
        figures.add(String.format(Locale.ROOT, "largest mean change of a whole table: %s", largestShift));
        figures.add(String.format(Locale.ROOT, "rank moves within +-5 places: %d of %d = %.1f %%; largest %d (%s)",
                smallMoves, moves, 100.0 * smallMoves / moves, largestMove, largestMoveAt));
        if (largestChange > MAX_YEARLY_CHANGE) {
            violations.add("a unit's value changes by more than " + MAX_YEARLY_CHANGE + " in a year: " + largest);
        }
        if (100.0 * smallMoves / moves < MIN_SMALL_RANK_MOVES) {
            violations.add("fewer than 90 % of rank moves within +-5 places");
        }
    }

    /** A unit's value the year before; for a 2025 merged unit, the mean of its predecessors'. */
    private Double previousValue(Map<String, Double> before, String id) {
        Double previous = before.get(id);
        if (previous != null) {
            return previous;
        }
        List<Double> predecessors = units.predecessors(id).stream().filter(x -> before.containsKey(x.id()))
                .map(x -> before.get(x.id())).collect(Collectors.toList());
        return predecessors.isEmpty() ? null : predecessors.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    /** LCI-STTTT 2021 (derived 91.80) in a middle-upper place, as the model places it. */
    private void laoCaiSttt2021(Map<String, Map<String, Double>> values) {
        Map<String, Integer> laoCai2021 = OfficialValues.ranks(values.get("Lào Cai|department|2021|PAR"));
        int rank = laoCai2021.getOrDefault("LCI-STTTT", 0);
        figures.add(String.format(Locale.ROOT, "LCI-STTTT 2021 (derived 91.80): rank %d of %d", rank, laoCai2021.size()));
        if (rank < 4 || rank > 8) {
            violations.add("LCI-STTTT 2021 ranks " + rank + ", not in a middle-upper place (4-8)");
        }
    }
}
