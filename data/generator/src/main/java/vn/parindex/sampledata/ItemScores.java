package vn.parindex.sampledata;

import vn.parindex.text.Codes;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Writes a unit-year's item scores: its points spread over the deepest items of its tree so that the level-1
 * total gives the unit-year's index value (to the nearest 0.01 point); domains not applicable to the unit as NA.
 */
final class ItemScores {
    /** The one unit whose files also state its domain totals next to its criteria (they add up). */
    private static final String STATES_DOMAIN_TOTALS = "BKN-SCT";

    private final Methodology methodology;
    private final ScoreBook book;

    ItemScores(Methodology methodology, ScoreBook book) {
        this.methodology = methodology;
        this.book = book;
    }

    /**
     * @param indexValue the unit-year's value on the 0-100 scale
     * @param modes      leaves pinned at full marks or below them (the seed facts), by code
     */
    void write(String file, String province, String tier, int year, String index, Unit u, double indexValue,
               boolean withSelfScores, Map<String, Character> modes) {
        List<Item> tree = methodology.tree(province, tier, year, index);
        Set<String> na = notApplicable(u, index, tree);
        List<Item> leaves = tree.stream()
                .filter(i -> Methodology.isLeaf(tree, i) && !na.contains(Codes.domain(i.code())))
                .collect(Collectors.toList());
        long applicableMax = tree.stream().filter(i -> i.levelOne() && !na.contains(i.code()))
                .mapToLong(Item::maxHundredths).sum();
        long target = Math.round(indexValue * applicableMax / 100.0);
        Random r = Seeds.rng("components", u.id() + index, year);
        long[] points = PointSplit.distribute(leaves, target, r, modes);
        for (String code : na) {
            book.add(Score.synthetic(file, province, year, u.id(), index, code, "NA", "", ""));
        }
        boolean withDomainTotals = u.id().equals(STATES_DOMAIN_TOTALS) && tree.stream().anyMatch(i -> !i.levelOne());
        Map<String, Long> domainSums = new TreeMap<>(Codes.ORDER);
        for (int i = 0; i < leaves.size(); i++) {
            Item leaf = leaves.get(i);
            String self = withSelfScores && !leaf.survey() ? selfScore(leaf, points[i], r) : "";
            book.add(Score.synthetic(file, province, year, u.id(), index, leaf.code(), Decimals.hundredths(points[i]),
                    self, ""));
            if (!leaf.levelOne()) {
                domainSums.merge(Codes.domain(leaf.code()), points[i], Long::sum);
            }
        }
        if (withDomainTotals) {
            domainSums.forEach((code, sum) -> book.add(Score.synthetic(file, province, year, u.id(), index, code,
                    Decimals.hundredths(sum), "", "")));
        }
    }

    /** The level-1 item a unit cannot be scored on: an economic-zone board drafts no legal documents. */
    private static Set<String> notApplicable(Unit u, String index, List<Item> tree) {
        boolean hasInstitutions = tree.stream().anyMatch(i -> i.code().equals("2") && i.max() < 20);
        if (index.equals("PAR") && u.type().equals("BQLKKT") && hasInstitutions && tree.size() > 1) {
            return Set.of("2");
        }
        return Set.of();
    }

    /** Self-assessment is usually at or a little above the appraised score. */
    private static String selfScore(Item leaf, long appraised, Random r) {
        long max = leaf.maxHundredths();
        long self = r.nextDouble() < 0.5 ? appraised : Math.min(max, appraised + Math.round(max * 0.15 * r.nextDouble()));
        return Decimals.hundredths(self);
    }
}
