package vn.parindex.dashboard.web;

import vn.parindex.marts.Provenance;
import vn.parindex.marts.Columns;
import vn.parindex.marts.MartRow;

/** Links to a unit's page and the cells of a unit-year's figures, each with its provenance. */
public final class UnitLinks {
    private UnitLinks() {
    }

    public static Url unit(String unitId, String index, Integer year) {
        return Url.of("unit", unitId).param("index", index).param("year", year);
    }

    /** A link to the unit-year of a unit_year (or component_year) row. */
    public static Cell name(MartRow row) {
        return Cell.link(row.get(Columns.UNIT_NAME), unit(row.get(Columns.UNIT_ID), row.get(Columns.INDEX), row.get(Columns.YEAR)).toString());
    }

    /** "11/19", or "11/63 (công bố)" for a published rank of a partial table. */
    public static Cell rank(MartRow row) {
        Integer rank = row.get(Columns.RANK);
        return new Cell(Figures.rank(row), rank == null ? "" : rank.toString(), null, "num");
    }

    /** The official value on its own scale, marked with its provenance. */
    public static Cell value(MartRow row) {
        return new Cell(Figures.value(row), Formats.csv(row.get(Columns.OFFICIAL_VALUE)), null, "num")
                .from(row.get(Columns.PROVENANCE), row.get(Columns.SOURCE));
    }

    /** Last year's rank out of last year's table ("19/19"). */
    public static Cell previousRank(MartRow row) {
        Integer previous = row.get(Columns.PREV_RANK);
        Integer previousOf = row.get(Columns.PREV_RANK_OF);
        return new Cell(previous == null ? Formats.number(null) : previous + (previousOf == null ? "" : "/" + previousOf),
                previous == null ? "" : previous.toString(), null, "num");
    }

    public static Cell movement(MartRow row) {
        Integer change = row.get(Columns.RANK_CHANGE);
        return new Cell(Figures.movement(row), change == null ? "" : change.toString(), null, Figures.movementClass(row));
    }

    public static Cell provenance(MartRow row) {
        return Cell.provenanceOf(row.get(Columns.PROVENANCE), row.get(Columns.SOURCE));
    }

    /** Flags a published total or rank that differs from the computed one, with both values. */
    public static Cell reconciliation(MartRow row) {
        Boolean reconciled = row.get(Columns.RECONCILED);
        if (reconciled == null) {
            return Cell.text("");
        }
        if (reconciled) {
            String provenance = row.get(Columns.PROVENANCE);
            return new Cell(Provenance.orPublished(provenance).published() ? "khớp" : "khớp (" + Provenance.orPublished(provenance).label() + ")",
                    "true", null, "ok");
        }
        return new Cell("⚠ không khớp (tính lại " + Figures.withScale(row, row.get(Columns.INDEX_VALUE)) + ", công bố "
                + Figures.withScale(row, row.get(Columns.REPORTED_TOTAL)) + ")", "false", null, "flag");
    }
}
