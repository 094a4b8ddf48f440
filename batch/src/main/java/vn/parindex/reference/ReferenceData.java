package vn.parindex.reference;

import java.util.List;
import java.util.OptionalInt;
import vn.parindex.marts.ScoreIndex;
import vn.parindex.marts.Tier;

/** The reference inputs of one run: who is scored, on what, the plans' goals and the true size of partial tables. */
public record ReferenceData(UnitRegistry units, Methodology methodology, List<Target> targets,
                            List<RankingTable> tables) {

    public ReferenceData(UnitRegistry units, Methodology methodology, List<Target> targets) {
        this(units, methodology, targets, List.of());
    }

    /** The members tables.csv gives the ranking table of that province, tier, index and year, if any. */
    public OptionalInt members(String province, Tier tier, ScoreIndex index, int year) {
        return tables.stream().filter(t -> t.province().equals(province) && t.tier() == tier && t.index() == index
                && t.covers(year)).mapToInt(RankingTable::members).findFirst();
    }
}
