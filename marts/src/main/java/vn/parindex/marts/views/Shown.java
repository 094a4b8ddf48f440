package vn.parindex.marts.views;

import vn.parindex.marts.Column;

/** One column of a view: the contract's column, under its one header, drawn in a shape. */
public record Shown(Column<?> column, Shape shape) {
    public String label() {
        return column.label();
    }
}
