package vn.parindex.dashboard.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Rounds parts to 2 decimals so that the shown parts add up to the shown whole (largest remainder): a page whose
 * rows are 3,33 + 3,76 + … must reach its headline to the cent, not miss it by rounding.
 */
public final class Apportion {
    private Apportion() {
    }

    /** @param whole the total the parts make (to within a cent each), rounded to 2 decimals first */
    public static List<Double> toCents(List<Double> parts, double whole) {
        long target = Math.round(whole * 100);
        long[] cents = new long[parts.size()];
        double[] remainders = new double[parts.size()];
        long sum = 0;
        for (int i = 0; i < parts.size(); i++) {
            double scaled = parts.get(i) * 100;
            cents[i] = (long) Math.floor(scaled + 1e-9);
            remainders[i] = scaled - cents[i];
            sum += cents[i];
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -remainders[i]));
        long missing = target - sum;
        if (Math.abs(missing) > parts.size()) { // the parts do not make the whole: round each on its own
            return parts.stream().map(p -> Math.round(p * 100) / 100.0).toList();
        }
        for (int k = 0; parts.size() > 0 && missing != 0; k = (k + 1) % parts.size()) {
            int i = missing > 0 ? order.get(k) : order.get(parts.size() - 1 - k);
            cents[i] += missing > 0 ? 1 : -1;
            missing += missing > 0 ? -1 : 1;
        }
        List<Double> rounded = new ArrayList<>();
        for (long c : cents) {
            rounded.add(c / 100.0);
        }
        return rounded;
    }
}
