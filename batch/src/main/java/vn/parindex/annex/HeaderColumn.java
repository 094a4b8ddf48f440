package vn.parindex.annex;

/**
 * One column of the table's header: where it is, its header text as published, its role and, for a domain, the name
 * it is matched by and the maximum written in brackets (null when none).
 */
public record HeaderColumn(int index, String header, ColumnRole role, String domainKey, Double bracketMaximum) {
}
