package vn.parindex.marts.views;

/**
 * How a shown column reads, whatever draws it (a page's cell, a workbook's cell): each front end has one way to draw
 * each shape, so a view is a list of columns and shapes, and a new column is one more entry.
 */
public enum Shape {
    /** The rank out of its table ("11/19"), "(công bố)" for the published rank of a partial table. */
    RANK,
    /** The year (a link to the unit's page of that year where there are links). */
    YEAR,
    /** The unit's name (a link to its page where there are links). */
    UNIT,
    /** A value on its index's scale (PAPI out of its own maximum), marked with the row's provenance. */
    VALUE,
    /** Points, 2 decimals. */
    POINTS,
    /** Points measured on the row's value, 2 decimals, marked with the row's provenance as the value is. */
    MARKED_POINTS,
    /** A signed change in points (+/−), coloured up or down. */
    CHANGE,
    /** Places moved in a table of the same size, else last year's rank out of last year's table. */
    MOVEMENT,
    /** Last year's rank out of last year's table. */
    PREVIOUS_RANK,
    /** Whether the published total matched the recomputed one, with both values when not. */
    RECONCILED,
    /** Where the row's figures come from: blank when published, else the label and the source. */
    PROVENANCE
}
