package vn.parindex.dashboard.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.dashboard.Fixtures;
import vn.parindex.dashboard.Server;
import vn.parindex.dashboard.TestWarehouse;
import vn.parindex.marts.MartPartitions;
import vn.parindex.marts.SnapshotLayout;

/**
 * Start-up reads no province partition of the big marts: a snapshot whose component_year partition of one province
 * is corrupt starts and serves everything else; only the pages that need that province's items fail, cleanly.
 */
class ProvinceIsolationTest {
    @TempDir
    Path warehouse;

    @Test
    void startUpReadsNoPartitionOfTheBigMarts() throws Exception {
        Path snapshot = Fixtures.standard(new TestWarehouse(warehouse).partitioned(), "snap")
                .root().resolve("snapshots/snap");
        for (String mart : new String[]{"component_year", "loss_drivers", "province_summary", "target_status"}) {
            corruptEveryPart(SnapshotLayout.mart(snapshot, mart));
        }
        Snapshot loaded = new SnapshotLoader().load(snapshot);
        assertEquals(0, loaded.sliceStats().loads(), "nothing read a province yet");
        assertEquals(3, loaded.ranking(new RankingKey(Fixtures.LAO_CAI, "department", "PAR", 2024)).stream()
                .filter(r -> r.get(vn.parindex.marts.Columns.RANK) != null).count(), "rankings come from the start-up index");
        assertThrows(RuntimeException.class, () -> loaded.components(new UnitYearKey("LCI-STP", "PAR", 2024)));
        assertEquals(0, loaded.sliceStats().slices(), "a province that cannot be read is not kept");
    }

    @Test
    void oneCorruptProvinceFailsOnlyItsOwnItemPages() throws Exception {
        Path snapshot = Fixtures.standard(new TestWarehouse(warehouse).partitioned(), "snap")
                .root().resolve("snapshots/snap");
        corruptEveryPart(SnapshotLayout.mart(snapshot, "component_year").resolve(MartPartitions.folderName(Fixtures.LAO_CAI)));
        String laoCai = URLEncoder.encode(Fixtures.LAO_CAI, StandardCharsets.UTF_8);
        try (Server server = new Server(warehouse)) {
            assertEquals(200, server.get("/api/health").statusCode());
            assertEquals(200, server.get("/").statusCode());
            assertEquals(200, server.get("/ranking?province=" + laoCai + "&year=2024").statusCode());
            assertEquals(200, server.get("/api/rankings?province=" + laoCai + "&year=2024&index=PAR").statusCode());
            var other = server.get("/unit/BKN-STP?year=2024");
            assertEquals(200, other.statusCode());
            assertTrue(other.body().contains("Tổ chức bộ máy"), "Bắc Kạn's domains are shown");
            var otherItems = server.get("/api/units/BKN-STP/components?year=2024&index=PAR");
            assertEquals(200, otherItems.statusCode());
            assertTrue(otherItems.body().contains("\"code\":\"2\""), otherItems.body());

            var page = server.get("/unit/LCI-STP?year=2024");
            assertEquals(500, page.statusCode());
            assertTrue(page.body().contains("Lỗi máy chủ") && !page.body().contains("Exception"), page.body());
            var api = server.get("/api/units/LCI-STP/components?year=2024&index=PAR");
            assertEquals(500, api.statusCode());
            assertTrue(api.body().startsWith("{\"error\""), api.body());
            assertEquals(200, server.get("/unit/BKN-STP?year=2024").statusCode(), "still serving after the failure");
        }
    }

    /**
     * Comparing one kind of unit across provinces reads that type's domain_year partition, not the provinces'
     * component_year: with every component_year file corrupt, the heatmap of Sở Tư pháp still shows both provinces.
     */
    @Test
    void aTypeComparisonReadsItsDomainsFromDomainYear() throws Exception {
        Path snapshot = Fixtures.standard(new TestWarehouse(warehouse).partitioned(), "snap")
                .root().resolve("snapshots/snap");
        assertTrue(Files.isDirectory(SnapshotLayout.mart(snapshot, "domain_year").resolve("unit_type=TUPHAP")));
        corruptEveryPart(SnapshotLayout.mart(snapshot, "component_year"));
        try (Server server = new Server(warehouse)) {
            var page = server.get("/compare?type=TUPHAP&year=2024");
            assertEquals(200, page.statusCode(), page.body());
            assertTrue(page.body().contains("Tổ chức bộ máy") && page.body().contains("Bắc Kạn"), page.body());
        }
        Snapshot loaded = new SnapshotLoader().load(snapshot);
        assertEquals(2, loaded.domainsOfType("TUPHAP", 2024).orElseThrow().size(), "LCI-EVIL and BKN-STP");
        assertEquals(0, loaded.sliceStats().loads(), "no province was read");
    }

    private static void corruptEveryPart(Path folder) throws Exception {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path part : files.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
                Files.writeString(part, "not parquet at all");
            }
        }
    }
}
