package vn.parindex.dashboard.web;

import vn.parindex.dashboard.snapshot.Row;

/** Links to a unit's page and the cells of a unit-year's figures, each with its provenance. */
public final class UnitLinks {
    private UnitLinks() {
    }

    public static Url unit(String unitId, String index, Integer year) {
        return Url.of("unit", unitId).param("index", index).param("year", year);
    }

    /** A link to the unit-year of a unit_year (or component_year) row. */
    public static Cell name(Row row) {
        return Cell.link(row.str("unit_name"), unit(row.str("unit_id"), row.str("index"), row.integer("year")).toString());
    }

    /** "11/19", or "11/63 (công bố)" for a published rank of a partial table. */
    public static Cell rank(Row row) {
        Integer rank = row.integer("rank");
        return new Cell(Figures.rank(row), rank == null ? "" : rank.toString(), null, "num");
    }

    /** The official value on its own scale, marked with its provenance. */
    public static Cell value(Row row) {
        return new Cell(Figures.value(row), Formats.csv(row.number("official_value")), null, "num")
                .from(row.str("provenance"), row.str("source"));
    }

    /**
     * How far the unit is behind the best of its table, in the value's points (PAPI's own), marked with the value's
     * provenance as the value is; "–" without a computed rank (a partial table, whose leader may not be held).
     */
    public static Cell gapToBest(Row row) {
        Double gap = row.number("gap_to_best");
        return new Cell(Formats.number(gap), Formats.csv(gap), null, "num")
                .from(row.str("provenance"), row.str("source"));
    }

    public static Cell movement(Row row) {
        Integer change = row.integer("rank_change");
        return new Cell(Figures.movement(row), change == null ? "" : change.toString(), null, Figures.movementClass(row));
    }

    public static Cell provenance(Row row) {
        return Cell.provenanceOf(row.str("provenance"), row.str("source"));
    }

    /** Flags a published total or rank that differs from the computed one, with both values. */
    public static Cell reconciliation(Row row) {
        Boolean reconciled = row.bool("reconciled");
        if (reconciled == null) {
            return Cell.text("");
        }
        if (reconciled) {
            String provenance = row.str("provenance");
            return new Cell(Provenance.isPublished(provenance) ? "khớp" : "khớp (" + Provenance.label(provenance) + ")",
                    "true", null, "ok");
        }
        return new Cell("⚠ không khớp (tính lại " + Figures.withScale(row, row.number("index_value")) + ", công bố "
                + Figures.withScale(row, row.number("reported_total")) + ")", "false", null, "flag");
    }
}
