package vn.parindex.workbook;

import org.apache.poi.ss.util.CellReference;

/**
 * One column of the table's header: where it is, its header text as published, its role and, for a domain, the name
 * it is matched by and the maximum written in brackets (null when none).
 */
public record HeaderColumn(int index, String header, ColumnRole role, String domainKey, Double bracketMaximum) {

    public String letter() {
        return CellReference.convertNumToColString(index);
    }

    /** How the column is named in messages: "D (Cải cách thể chế (9))". */
    public String label() {
        return letter() + " (" + header + ")";
    }
}
