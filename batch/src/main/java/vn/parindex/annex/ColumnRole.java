package vn.parindex.annex;

/** What a column of a published ranking table holds. */
public enum ColumnRole {
    /** STT: the row number. */
    NUMBER,
    /** Tên cơ quan, đơn vị. */
    UNIT,
    /** One level-1 item of the methodology. */
    DOMAIN,
    /** Tổng điểm: the sum of points. */
    POINTS_TOTAL,
    /** Chỉ số CCHC (%): the published index, the long form's TOTAL. */
    INDEX_TOTAL,
    /** Xếp hạng / Xếp thứ: the long form's RANK. */
    RANK,
    /** Ghi chú and the like. */
    IGNORED
}
