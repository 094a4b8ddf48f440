package vn.parindex.sampledata;

import java.util.ArrayList;
import java.util.List;

/** A modelled province (sources/provinces.csv): its folder name and the years its department PAR tables cover. */
record Province(String name, String slug, int parLastYear) {
    /** The first year of the modelled department and district tables (earlier years hold real figures only). */
    static final int FIRST_MODELLED_YEAR = 2018;

    List<Integer> parYears() {
        List<Integer> years = new ArrayList<>();
        for (int y = FIRST_MODELLED_YEAR; y <= parLastYear; y++) {
            years.add(y);
        }
        return years;
    }
}
