package vn.parindex.dashboard.snapshot;

import vn.parindex.marts.Columns;
import vn.parindex.marts.MartRow;

/** One ranking table: the units of a province and tier scored on an index in a year. */
public record RankingKey(String province, String tier, String index, int year) {
    public static RankingKey of(MartRow row) {
        Integer year = row.get(Columns.YEAR);
        return year == null ? null : new RankingKey(row.get(Columns.PROVINCE), row.get(Columns.TIER), row.get(Columns.INDEX), year);
    }

    public RankingKey withYear(int otherYear) {
        return new RankingKey(province, tier, index, otherYear);
    }
}
