package vn.parindex.briefing;

/**
 * What the nightly briefings step did, in a bounded number of figures: workbooks written, provinces read, and the
 * province with the most mart rows (the step's peak memory follows it).
 */
final class BriefingsSummary {
    private int workbooks;
    private int provinces;
    private String largestProvince;
    private long largestRows = -1;

    void add(String province, long rows, int written) {
        workbooks += written;
        provinces++;
        if (rows > largestRows) {
            largestProvince = province;
            largestRows = rows;
        }
    }

    String line(long millis) {
        return "wrote " + workbooks + " province workbooks for " + provinces + " provinces in " + millis + " ms"
                + (largestProvince == null ? "" : "; largest province " + largestProvince + ": " + largestRows
                + " mart rows");
    }
}
