package vn.parindex.reference;

import vn.parindex.marts.ScoreIndex;
import vn.parindex.marts.Tier;

/**
 * A row of tables.csv (contract 1.6): how many units a ranking table really has over a span of years
 * (yearTo null: still valid), for tables the input holds only part of.
 */
public record RankingTable(String province, Tier tier, ScoreIndex index, int yearFrom, Integer yearTo, int members) {

    public boolean covers(int year) {
        return year >= yearFrom && (yearTo == null || year <= yearTo);
    }

    boolean overlaps(RankingTable other) {
        return province.equals(other.province) && tier == other.tier && index == other.index
                && yearFrom <= (other.yearTo == null ? Integer.MAX_VALUE : other.yearTo)
                && other.yearFrom <= (yearTo == null ? Integer.MAX_VALUE : yearTo);
    }
}
