package vn.parindex.dashboard.web;

import vn.parindex.marts.Columns;
import vn.parindex.marts.MartRow;

/**
 * How a unit-year's figures read: its value on its own scale (PAPI "43,85/80", the others 0–100), its rank with
 * the table's size and basis ("11/63 (công bố)"), and its movement only between tables of the same size.
 */
public final class Figures {
    public static final String PAPI = "PAPI";
    public static final String PUBLISHED_BASIS = "published";

    private Figures() {
    }

    /**
     * The scale of the value: official_value + points_lost (100 for PAR and SIPAS, PAPI's tree maximum), else
     * PAPI's max_total, else 100; null for a PAPI value with no known maximum.
     */
    public static Double scale(MartRow unitYear) {
        Double official = unitYear.get(Columns.OFFICIAL_VALUE);
        Double lost = unitYear.get(Columns.POINTS_LOST);
        if (!PAPI.equals(unitYear.get(Columns.INDEX))) {
            return 100.0;
        }
        if (official != null && lost != null) {
            return Math.round((official + lost) * 100) / 100.0;
        }
        return unitYear.get(Columns.MAX_TOTAL);
    }

    /** Index points per item point: 100 / max_total, or 1 for PAPI (it keeps its points); null without a tree. */
    public static Double indexPointsPerItemPoint(MartRow unitYear) {
        if (PAPI.equals(unitYear.get(Columns.INDEX))) {
            return 1.0;
        }
        Double max = unitYear.get(Columns.MAX_TOTAL);
        return max == null || max <= 0 ? null : 100 / max;
    }

    /** "87,13", or for PAPI "43,85/80". */
    public static String value(MartRow unitYear) {
        return withScale(unitYear, unitYear.get(Columns.OFFICIAL_VALUE));
    }

    /** Any value of the unit-year's own scale written like {@link #value}. */
    public static String withScale(MartRow unitYear, Double value) {
        if (value == null) {
            return Formats.number(null);
        }
        Double scale = scale(unitYear);
        return PAPI.equals(unitYear.get(Columns.INDEX)) && scale != null
                ? Formats.number(value) + "/" + scaleText(scale) : Formats.number(value);
    }

    /** 80 reads "80", 79,5 reads "79,5". */
    static String scaleText(double scale) {
        return scale == Math.rint(scale) ? String.valueOf((long) scale) : Formats.number(scale);
    }

    /** "11/19", "11/63 (công bố)" for a published rank of a partial table, "–" without a rank. */
    public static String rank(MartRow unitYear) {
        Integer rank = unitYear.get(Columns.RANK);
        if (rank == null) {
            return "–";
        }
        Integer of = unitYear.get(Columns.RANK_OF);
        return rank + (of == null ? "" : "/" + of) + (isPublishedRank(unitYear) ? " (công bố)" : "");
    }

    /** A unit-year's rank as published (a partial table); a component's rank is always computed. */
    public static boolean isPublishedRank(MartRow unitYear) {
        return unitYear.mart().holds(Columns.RANK_BASIS) && PUBLISHED_BASIS.equals(unitYear.get(Columns.RANK_BASIS));
    }

    /**
     * ▲/▼ when the table kept its size; otherwise last year's rank in last year's table ("năm trước 19/19"), as a
     * place gained in a table that shrank is no gain.
     */
    public static String movement(MartRow unitYear) {
        Integer change = unitYear.get(Columns.RANK_CHANGE);
        if (change != null) {
            return Formats.rankMove(change);
        }
        Integer previous = unitYear.get(Columns.PREV_RANK);
        if (previous == null) {
            return "–";
        }
        Integer of = unitYear.get(Columns.PREV_RANK_OF);
        return "năm trước " + previous + (of == null ? "" : "/" + of);
    }

    public static String movementClass(MartRow unitYear) {
        Integer change = unitYear.get(Columns.RANK_CHANGE);
        return change == null || change == 0 ? "num" : change > 0 ? "num up" : "num down";
    }
}
