package vn.parindex.grid;

/**
 * The safety limits of every reader, one set for workbooks and documents alike: a province's annex or plan is far
 * below each of them, and refusing what is above keeps memory and time bounded whatever arrives.
 */
public final class Limits {
    /** Larger files are not a province's annex or plan. */
    public static final long MAX_FILE_BYTES = 20L * 1024 * 1024;
    /** Unpacked size of one part (a sheet's or a Word document's XML, a PDF stream); a real one is a few hundred KB. */
    public static final long MAX_PART_BYTES = 10L * 1024 * 1024;
    /** Parts that inflate more than this (1 : 100) are treated as zip bombs (POI's own default is 0.01). */
    public static final double MIN_INFLATE_RATIO = 0.01;
    /** Rows of one table: a ranking table has tens, a plan a few hundred. */
    public static final int MAX_ROWS = 50_000;
    /** Columns read of one table. */
    public static final int MAX_COLUMNS = 200;
    /** Tables (sheets, Word tables, PDF tables) looked at in one file; the rest are ignored. */
    public static final int MAX_TABLES = 20;
    /** Tables looked at in one Word file or PDF (layout tables, annexes, a plan's appendices). */
    public static final int MAX_DOCUMENT_TABLES = 200;
    /** Pages of a PDF: a decision with its annexes has tens. */
    public static final int MAX_PAGES = 300;

    private Limits() {
    }

    public static String megabytes(long bytes) {
        return bytes / (1024 * 1024) + " MB";
    }
}
