package vn.parindex.sampledata;

/** Methodology codes ("3.1.2"): their order and their domain. */
final class ItemCodes {
    private ItemCodes() {
    }

    /** Orders codes as a planner reads them: 1.2 before 1.10. */
    static int compare(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i]));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }

    /** The level-1 item (domain) a code belongs to. */
    static String domain(String code) {
        int dot = code.indexOf('.');
        return dot < 0 ? code : code.substring(0, dot);
    }
}
