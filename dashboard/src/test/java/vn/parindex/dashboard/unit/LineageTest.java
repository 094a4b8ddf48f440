package vn.parindex.dashboard.unit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.dashboard.Fixtures;
import vn.parindex.dashboard.Server;

/** The unit page shows a merger from the snapshot's units mart, in both directions. */
class LineageTest {
    @TempDir
    static Path warehouse;
    private static Server server;

    @BeforeAll
    static void start() throws Exception {
        Fixtures.standard(warehouse, "snap-lineage");
        server = new Server(warehouse);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aMergedUnitNamesItsPredecessors() throws Exception {
        String page = server.get("/unit/LCI-NEW?year=2024").body();
        assertTrue(page.contains("Sáp nhập"), page);
        assertTrue(page.contains("<a href=\"/unit/LCI-OLD?index=PAR&amp;year=2023\">Sở Cũ</a>"), page);
    }

    @Test
    void aUnitMergedAwayNamesItsSuccessor() throws Exception {
        String page = server.get("/unit/LCI-OLD?year=2023").body();
        assertTrue(page.contains("Sau năm 2023 đơn vị được sáp nhập vào"), page);
        assertTrue(page.contains("<a href=\"/unit/LCI-NEW?index=PAR&amp;year=2024\">Sở Mới</a>"), page);
    }

    @Test
    void aUnitWithoutMergersHasNoLineageSection() throws Exception {
        assertFalse(server.get("/unit/LCI-STP?year=2024").body().contains("Sáp nhập"));
    }
}
