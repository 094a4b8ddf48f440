package vn.parindex.sampledata;

/** A row of reference/methodology.csv (contract 1.2). */
record Item(String province, String tier, int year, String index, String code, String name, double max, String kind,
            String prevCode) {
    String parent() {
        int dot = code.lastIndexOf('.');
        return dot < 0 ? "" : code.substring(0, dot);
    }

    long maxHundredths() {
        return Math.round(max * 100);
    }

    boolean survey() {
        return kind.equals("survey");
    }

    boolean levelOne() {
        return !code.contains(".");
    }
}
