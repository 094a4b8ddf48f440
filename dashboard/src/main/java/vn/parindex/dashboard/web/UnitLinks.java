package vn.parindex.dashboard.web;

import vn.parindex.dashboard.snapshot.Row;

/** Links to a unit's page and how a unit's rank reads ("11/19"). */
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

    public static Cell rank(Row row) {
        Integer rank = row.integer("rank");
        Integer of = row.integer("rank_of");
        return rank == null ? new Cell("–", "", null, "num")
                : new Cell(rank + (of == null ? "" : "/" + of), rank.toString(), null, "num");
    }

    /** Flags a published total or rank that differs from the computed one. */
    public static Cell reconciliation(Row row) {
        Boolean reconciled = row.bool("reconciled");
        if (reconciled == null) {
            return Cell.text("");
        }
        if (reconciled) {
            return new Cell("khớp", "true", null, "ok");
        }
        return new Cell("⚠ không khớp (công bố " + Formats.number(row.number("reported_total")) + ", hạng "
                + Formats.number(row.integer("reported_rank")) + ")", "false", null, "flag");
    }
}
