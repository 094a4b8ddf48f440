package vn.parindex.sampledata;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Splits a unit-year's points over the deepest items of its tree, exactly: each item is either at full marks or
 * loses a share of the points lost (at least 2 % and at most 75 % of its maximum), survey items losing more.
 */
final class PointSplit {
    /** A pinned item: at full marks, or below them (the seed facts); the others are drawn. */
    static final char FULL = 'F';
    static final char BELOW = 'B';
    private static final char DRAWN = '?';

    private PointSplit() {
    }

    /**
     * How likely an item is at full marks, as in the real tables: about half the criteria of seed 002 are, small
     * items more often than large ones, whole domains less often than single criteria, survey-scored items almost
     * never; a strong unit has more of them than a weak one.
     */
    static double fullMarkChance(Item leaf, double attainment) {
        if (leaf.survey()) {
            return 0.03;
        }
        double max = leaf.max();
        double base = leaf.levelOne()
                ? (max <= 5 ? 0.6 : max <= 10 ? 0.5 : max <= 14 ? 0.38 : 0.26)
                : (max <= 2 ? 0.66 : max <= 4 ? 0.58 : 0.5);
        return Math.min(0.95, base * Decimals.clamp(1 + (attainment - 0.86) * 5, 0.25, 1.6));
    }

    /** {@code target} hundredths over {@code leaves}; {@code modes} may pin leaves by code. */
    static long[] distribute(List<Item> leaves, long target, Random r, Map<String, Character> modes) {
        int n = leaves.size();
        long[] max = new long[n];
        long totalMax = 0;
        for (int i = 0; i < n; i++) {
            max[i] = leaves.get(i).maxHundredths();
            totalMax += max[i];
        }
        if (target < 0 || target > totalMax) {
            throw new IllegalStateException("target " + target + " outside 0.." + totalMax);
        }
        long lost = totalMax - target;
        double attainment = (double) target / totalMax;
        boolean[] full = new boolean[n];
        double[] weight = new double[n];
        long[] minLoss = new long[n];
        long[] maxLoss = new long[n];
        char[] mode = new char[n];
        for (int i = 0; i < n; i++) {
            Item leaf = leaves.get(i);
            mode[i] = modes.getOrDefault(leaf.code(), DRAWN);
            double draw = r.nextDouble();
            full[i] = mode[i] == FULL || (mode[i] != BELOW && draw < fullMarkChance(leaf, attainment));
            weight[i] = max[i] * (0.4 + 1.2 * r.nextDouble()) * (leaf.survey() ? 1.6 : 1.0);
            minLoss[i] = Math.max(1, Math.round(max[i] * 0.02));
            maxLoss[i] = Math.round(max[i] * 0.75);
        }
        makeFeasible(n, lost, full, minLoss, maxLoss, max, mode, r);
        long[] loss = waterFill(n, lost, full, weight, minLoss, maxLoss);
        long[] points = new long[n];
        for (int i = 0; i < n; i++) {
            points[i] = max[i] - loss[i];
        }
        return points;
    }

    /**
     * Too few points lost for the items below full marks: more at full marks; too many: fewer (pinned items never
     * change side); as a last resort the loss bounds widen.
     */
    private static void makeFeasible(int n, long lost, boolean[] full, long[] minLoss, long[] maxLoss, long[] max,
                                     char[] mode, Random r) {
        for (int guard = 0; ; guard++) {
            long minSum = 0;
            long maxSum = 0;
            for (int i = 0; i < n; i++) {
                if (!full[i]) {
                    minSum += minLoss[i];
                    maxSum += maxLoss[i];
                }
            }
            if (lost >= minSum && lost <= maxSum && (lost > 0 || minSum == 0)) {
                return;
            }
            boolean tooFew = lost < minSum;
            List<Integer> candidates = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (full[i] != tooFew && mode[i] == DRAWN) {
                    candidates.add(i);
                }
            }
            if (candidates.isEmpty() || guard > 10 * n) {
                if (tooFew) {
                    Arrays.fill(minLoss, 1);
                } else {
                    System.arraycopy(max, 0, maxLoss, 0, n);
                }
                if (guard > 12 * n) {
                    throw new IllegalStateException("cannot split " + lost + " lost hundredths over " + n + " items");
                }
                continue;
            }
            int pick = candidates.get(r.nextInt(candidates.size()));
            full[pick] = tooFew;
        }
    }

    /** Every item below full marks loses its minimum, the rest in proportion to its weight, capped at its maximum. */
    private static long[] waterFill(int n, long lost, boolean[] full, double[] weight, long[] minLoss, long[] maxLoss) {
        long[] loss = new long[n];
        double[] share = new double[n];
        long remaining = lost;
        for (int i = 0; i < n; i++) {
            if (!full[i]) {
                loss[i] = minLoss[i];
                remaining -= minLoss[i];
            }
        }
        boolean[] capped = new boolean[n];
        double left = remaining;
        for (int round = 0; round < n && left > 1e-9; round++) {
            double weights = 0;
            for (int i = 0; i < n; i++) {
                if (!full[i] && !capped[i]) {
                    weights += weight[i];
                }
            }
            if (weights == 0) {
                break;
            }
            double overflow = 0;
            for (int i = 0; i < n; i++) {
                if (full[i] || capped[i]) {
                    continue;
                }
                double room = maxLoss[i] - minLoss[i] - share[i];
                double add = left * weight[i] / weights;
                if (add >= room) {
                    share[i] += room;
                    overflow += add - room;
                    capped[i] = true;
                } else {
                    share[i] += add;
                }
            }
            left = overflow;
        }
        long given = 0;
        for (int i = 0; i < n; i++) {
            long whole = (long) Math.floor(share[i] + 1e-9);
            loss[i] += whole;
            given += whole;
        }
        long rest = remaining - given;
        Integer[] byFraction = new Integer[n];
        for (int i = 0; i < n; i++) {
            byFraction[i] = i;
        }
        Arrays.sort(byFraction, Comparator.comparingDouble((Integer i) -> -(share[i] - Math.floor(share[i] + 1e-9)))
                .thenComparingInt(i -> i));
        for (int k = 0; rest > 0; k = (k + 1) % n) {
            int i = byFraction[k];
            if (!full[i] && loss[i] < maxLoss[i]) {
                loss[i]++;
                rest--;
            }
        }
        return loss;
    }
}
