package vn.parindex.dashboard.snapshot;

/** One ranking table: the units of a province and tier scored on an index in a year. */
public record RankingKey(String province, String tier, String index, int year) {
    public static RankingKey of(Row row) {
        Integer year = row.integer("year");
        return year == null ? null : new RankingKey(row.str("province"), row.str("tier"), row.str("index"), year);
    }

    public RankingKey withYear(int otherYear) {
        return new RankingKey(province, tier, index, otherYear);
    }
}
