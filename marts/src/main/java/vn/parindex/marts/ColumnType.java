package vn.parindex.marts;

/** The types a mart column has in Parquet; the extracts write them as contract section 4 says. */
public enum ColumnType {
    STRING, INT, DOUBLE, BOOLEAN, DATE
}
