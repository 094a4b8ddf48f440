package vn.parindex.dashboard.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.dashboard.TestWarehouse;

/** The province slices stay within the cache's bound: the least recently used are evicted, and read again when asked. */
class SliceCacheBoundTest {
    private static final int PROVINCES = 12;
    private static final int UNITS = 20;
    private static final int ITEMS = 30;

    @TempDir
    Path warehouse;

    @Test
    void manyProvincesUnderASmallBoundEvictLeastRecentlyUsed() throws Exception {
        Path snapshot = warehouse(PROVINCES);
        long oneSlice = new SnapshotLoader().load(snapshot).slice(province(0)).bytes();
        assertTrue(oneSlice > (long) UNITS * ITEMS * 100, "a slice of " + UNITS * ITEMS + " rows counts as "
                + oneSlice + " bytes");
        long bound = oneSlice * 7 / 2; // room for three slices, not four
        Snapshot loaded = new SnapshotLoader(bound).load(snapshot);
        for (int p = 0; p < PROVINCES; p++) {
            List<vn.parindex.marts.MartRow> items = loaded.components(new UnitYearKey(unit(p, 3), "PAR", 2024));
            assertEquals(ITEMS, items.size());
            assertEquals(province(p), items.get(0).get(vn.parindex.marts.Columns.PROVINCE), "the partition's province is filled in");
            SliceCache.Stats stats = loaded.sliceStats();
            assertTrue(stats.bytes() <= bound, stats + " exceeds " + bound);
        }
        SliceCache.Stats full = loaded.sliceStats();
        assertEquals(3, full.slices(), full.toString());
        assertEquals(PROVINCES, full.loads());
        assertEquals(PROVINCES - 3, full.evictions());

        loaded.components(new UnitYearKey(unit(PROVINCES - 2, 0), "PAR", 2024)); // held: no read
        assertEquals(PROVINCES, loaded.sliceStats().loads());
        List<vn.parindex.marts.MartRow> again = loaded.components(new UnitYearKey(unit(0, 0), "PAR", 2024)); // evicted: read again
        assertEquals(ITEMS, again.size());
        assertEquals(PROVINCES + 1, loaded.sliceStats().loads());
        // the most recently used (PROVINCES - 2) survived the new read; the least recent (PROVINCES - 3) went
        loaded.components(new UnitYearKey(unit(PROVINCES - 2, 0), "PAR", 2024));
        assertEquals(PROVINCES + 1, loaded.sliceStats().loads());
        loaded.components(new UnitYearKey(unit(PROVINCES - 3, 0), "PAR", 2024));
        assertEquals(PROVINCES + 2, loaded.sliceStats().loads());
    }

    @Test
    void aSliceLargerThanTheBoundIsServedButNotKept() throws Exception {
        Snapshot loaded = new SnapshotLoader(1024).load(warehouse(2));
        assertEquals(ITEMS, loaded.components(new UnitYearKey(unit(1, 0), "PAR", 2024)).size());
        SliceCache.Stats stats = loaded.sliceStats();
        assertEquals(0, stats.slices());
        assertEquals(0, stats.bytes());
        assertEquals(ITEMS, loaded.components(new UnitYearKey(unit(1, 1), "PAR", 2024)).size());
        assertEquals(2, loaded.sliceStats().loads());
    }

    @Test
    void theEstimateIsOfTheRightOrderForWhatTheHeapHolds() throws Exception {
        Snapshot loaded = new SnapshotLoader().load(warehouse(1));
        long estimate = loaded.slice(province(0)).bytes();
        // each item row: a MartRow, a 27-slot array, ~9 boxed doubles (at least ~250 bytes), at most ~600
        long rows = (long) UNITS * ITEMS;
        assertTrue(estimate > rows * 250 && estimate < rows * 600, estimate + " bytes for " + rows + " rows");
    }

    private Path warehouse(int provinces) throws Exception {
        TestWarehouse w = new TestWarehouse(warehouse).partitioned();
        for (int p = 0; p < provinces; p++) {
            for (int u = 0; u < UNITS; u++) {
                w.add("unit_year", "province", province(p), "tier", "department", "year", 2024, "index", "PAR",
                        "unit_id", unit(p, u), "unit_name", "Sở " + u, "unit_type", "T" + u, "official_value", 80.0,
                        "rank", u + 1, "rank_of", UNITS);
                for (int i = 0; i < ITEMS; i++) {
                    w.add("component_year", "province", province(p), "tier", "department", "year", 2024,
                            "index", "PAR", "unit_id", unit(p, u), "code", "1." + i, "parent_code", "1", "level", 2,
                            "name", "Tiêu chí " + i, "kind", "assessed", "max_points", 2.0, "score", 1.5,
                            "points_lost", 0.5, "attainment", 75.0 + i, "delta_points", 0.1 * i,
                            "rank", u + 1, "rank_of", UNITS);
                }
            }
        }
        return w.publish("snap-" + provinces);
    }

    private static String province(int p) {
        return "Tỉnh " + (char) ('A' + p);
    }

    private static String unit(int p, int u) {
        return "P" + p + "-U" + u;
    }
}
