package vn.parindex.sampledata;

import java.util.Random;

/** The random streams: one per purpose, unit and year, so values do not shift when unrelated code changes order. */
final class Seeds {
    static final long SEED = 20230412L;

    private Seeds() {
    }

    static Random rng(String purpose, String key, int year) {
        return new Random(SEED ^ ((long) (purpose + "|" + key + "|" + year).hashCode() << 16));
    }
}
