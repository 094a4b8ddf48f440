package vn.parindex.briefings.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One unit's bar in a stacked chart of points lost by domain: its parts add up to the headline's points lost (100 −
 * the published value; PAPI in its own points), so that bars compare as the ranking does. Where the published value
 * leaves more points lost than the domains explain, the rest is a part of its own ("chênh lệch với số công bố");
 * where it leaves fewer, a stacked chart cannot draw a negative part (it would go left of zero, off the axis), so the
 * domains are drawn in proportion to their losses, scaled down to the headline (derived figures; the table keeps the
 * domains' own). A unit whose losses are not split by domain is one part, "chưa chia theo lĩnh vực".
 *
 * @param domains    the drawn part of each domain, in the table's order (0 where the unit has none)
 * @param difference the headline's points lost the domains do not explain (0 or more)
 * @param unsplit    the headline's points lost when the unit's domains cannot be counted in index points
 * @param scaled     whether the domains were scaled down to the headline
 */
record LossBar(List<Double> domains, double difference, double unsplit, boolean scaled) {
    private static final double HALF_CENT = 0.005;

    /**
     * @param headline  the unit's points lost (null: no bar)
     * @param domainLost each domain's loss in index points, in the table's order; null where the unit has none
     * @param countable  whether every domain score of the unit could be counted in index points
     */
    static LossBar of(Double headline, List<Double> domainLost, boolean countable) {
        List<Double> zeros = Collections.nCopies(domainLost.size(), 0.0);
        if (headline == null) {
            return new LossBar(zeros, 0, 0, false);
        }
        double counted = domainLost.stream().filter(Objects::nonNull).mapToDouble(Double::doubleValue).sum();
        if (!countable || domainLost.stream().allMatch(Objects::isNull)) {
            return new LossBar(zeros, 0, headline, false);
        }
        double rest = headline - counted;
        if (rest > -HALF_CENT) {
            List<Double> parts = domainLost.stream().map(lost -> lost == null ? 0.0 : lost).toList();
            return new LossBar(parts, Math.max(0, rest), 0, false);
        }
        double factor = counted <= 0 ? 0 : Math.max(0, headline) / counted;
        List<Double> parts = new ArrayList<>();
        domainLost.forEach(lost -> parts.add(lost == null ? 0.0 : lost * factor));
        return new LossBar(List.copyOf(parts), 0, 0, true);
    }

    double total() {
        return domains.stream().mapToDouble(Double::doubleValue).sum() + difference + unsplit;
    }
}
