package vn.parindex.sampledata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The official values of a PAR table: the model's, with real totals in their place; tables with real ranks are
 * fitted with as little change as possible (a common shift of the synthetic units, then order-preserving
 * squeezes near a bound), never by redrawing values. Each fit is noted, and printed by the generator.
 */
final class RealFit {
    /** Bắc Kạn 2018 (QĐ 309/QĐ-UBND): "13 Tốt (từ 80 điểm), 6 Khá"; three of the 13 are published on top. */
    private static final double BAC_KAN_2018_GOOD_BELOW = 79.995;
    private static final int BAC_KAN_2018_LAST_GOOD_OF_THE_REST = 11;
    /** Where the derived LCI-STTTT 2021 (91.80) is placed: a middle-upper position, not first by accident. */
    private static final int LAO_CAI_2021_RANK = 6;
    private static final double RANK_MARGIN = 0.05;

    private final ParModel model;
    private final ScoreBook book;
    private final List<String> notes = new ArrayList<>();

    RealFit(ParModel model, ScoreBook book) {
        this.model = model;
        this.book = book;
    }

    List<String> notes() {
        return notes;
    }

    Map<String, Double> officialValues(Province p, String tier, int year, List<Unit> tableUnits) {
        Map<String, Double> values = new LinkedHashMap<>();
        Set<String> real = new HashSet<>();
        for (Unit u : tableUnits) {
            String published = book.realValue(p.name(), year, u.id(), "PAR", "TOTAL");
            if (published != null) {
                real.add(u.id());
                values.put(u.id(), Double.parseDouble(published));
            } else {
                values.put(u.id(), model.value(p.name(), tier, year, u));
            }
        }
        String table = p.name() + "|" + tier + "|" + year;
        List<String> rest = others(values, real);
        switch (table) {
            case "Lào Cai|department|2021" -> placeAtRank(table, values, rest, realTotal(p, year, "LCI-STTTT"),
                    LAO_CAI_2021_RANK, RANK_MARGIN);
            // real (seed 000): 11th of 19, 10 units above and 8 below, each at least 0.05 away
            case "Lào Cai|department|2022" -> placeAtRank(table, values, rest, realTotal(p, year, "LCI-STTTT"),
                    realRank(p, year, "LCI-STTTT"), RANK_MARGIN);
            case "Bắc Kạn|department|2018" -> { // 88.1, 87.61, 86.7 on top, 70.06 last
                placeAtRank(table, values, rest, BAC_KAN_2018_GOOD_BELOW, BAC_KAN_2018_LAST_GOOD_OF_THE_REST, 0.005);
                squeeze(table, values, rest, 70.6, 86.2);
            }
            case "Bắc Kạn|district|2018" -> squeeze(table, values, rest, 68.5, 81.5); // 81.99 first, 68.01 last
            case "Tuyên Quang|department|2022" -> orderByPublishedRanks(table, p, year, values, rest);
            case "Tuyên Quang|district|2022" -> squeeze(table, values, rest, 60, 82.5); // 82.96 first
            case "Tuyên Quang|department|2025" -> squeeze(table, values, rest, 60, 90.5); // 91.21, 90.84, 90.81 on top
            default -> { }
        }
        return values;
    }

    private double realTotal(Province p, int year, String unitId) {
        return Double.parseDouble(book.realValue(p.name(), year, unitId, "PAR", "TOTAL"));
    }

    private int realRank(Province p, int year, String unitId) {
        return Integer.parseInt(book.realValue(p.name(), year, unitId, "PAR", "RANK"));
    }

    /**
     * Shifts the synthetic units {@code ids} (best first) together so that {@code value} falls between the
     * (rank-1)-th and the rank-th of them, then nudges those two to keep {@code margin} away from it.
     */
    private void placeAtRank(String table, Map<String, Double> values, List<String> ids, double value, int rank,
                             double margin) {
        double above = values.get(ids.get(rank - 2));
        double below = values.get(ids.get(rank - 1));
        double shift = Decimals.round2(value - (above + below) / 2);
        for (String id : ids) {
            values.put(id, Decimals.round2(values.get(id) + shift));
        }
        if (values.get(ids.get(rank - 2)) < value + margin) {
            values.put(ids.get(rank - 2), Decimals.round2(Math.ceil((value + margin) * 100 - 1e-6) / 100));
        }
        if (values.get(ids.get(rank - 1)) > value - margin) {
            values.put(ids.get(rank - 1), Decimals.round2(Math.floor((value - margin) * 100 + 1e-6) / 100));
        }
        notes.add(String.format(Locale.ROOT, "%s: synthetic units shifted by %+.2f to place %.2f at rank %d",
                table, shift, value, rank));
    }

    /**
     * Order-preserving squeeze of the synthetic units {@code ids} into [lo, hi]: only the values within 2 points
     * of a bound that is crossed move, linearly, so the rest of the table is untouched.
     */
    private void squeeze(String table, Map<String, Double> values, List<String> ids, double lo, double hi) {
        double max = ids.stream().mapToDouble(values::get).max().orElse(hi);
        double min = ids.stream().mapToDouble(values::get).min().orElse(lo);
        int moved = 0;
        for (String id : ids) {
            double v = values.get(id);
            double w = v;
            if (max > hi && v > hi - 2) {
                w = hi - 2 + (v - (hi - 2)) * 2 / (max - (hi - 2));
            } else if (min < lo && v < lo + 2) {
                w = lo + 2 - ((lo + 2) - v) * 2 / ((lo + 2) - min);
            }
            w = Decimals.round2(w);
            if (w != v) {
                moved++;
                values.put(id, w);
            }
        }
        if (moved > 0) {
            notes.add(String.format(Locale.ROOT, "%s: %d synthetic unit(s) squeezed into [%.2f, %.2f] (were %.2f..%.2f)",
                    table, moved, lo, hi, min, max));
        }
    }

    /**
     * Tuyên Quang 2022: the published 1st has a value, ranks 2-5 and 15-19 are published without values. The
     * synthetic values of the other units are kept as a set and handed out in the published order (the units
     * without a published rank, best model value first, take the places between), strictly decreasing below the 1st.
     */
    private void orderByPublishedRanks(String table, Province p, int year, Map<String, Double> values,
                                       List<String> ids) {
        double first = values.keySet().stream()
                .filter(id -> "1".equals(book.realValue(p.name(), year, id, "PAR", "RANK")))
                .mapToDouble(values::get).findFirst().orElseThrow();
        List<String> order = new ArrayList<>(ids);
        order.sort(Comparator.comparingInt(id -> { // stable: the unranked keep their model order between the blocks
            String rank = book.realValue(p.name(), year, id, "PAR", "RANK");
            return rank != null ? Integer.parseInt(rank) : 10;
        }));
        List<Double> pool = ids.stream().map(values::get).sorted(Comparator.reverseOrder()).collect(Collectors.toList());
        double previous = first;
        double largest = 0;
        for (int i = 0; i < order.size(); i++) {
            double v = Decimals.round2(Math.min(pool.get(i), Decimals.round2(previous - (i == 0 ? 0.3 : 0.05))));
            largest = Math.max(largest, Math.abs(v - values.get(order.get(i))));
            values.put(order.get(i), v);
            previous = v;
        }
        notes.add(String.format(Locale.ROOT, "%s: the %d synthetic values handed out in the published rank order "
                + "(largest change of a unit %.2f)", table, ids.size(), largest));
    }

    /** The units other than {@code fixed}, best model value first. */
    private static List<String> others(Map<String, Double> values, Set<String> fixed) {
        return values.entrySet().stream().filter(e -> !fixed.contains(e.getKey()))
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).collect(Collectors.toList());
    }
}
