package vn.parindex.dashboard.briefing;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import vn.parindex.dashboard.Fixtures;
import vn.parindex.dashboard.Server;
import vn.parindex.dashboard.TestWarehouse;

/** {@link BriefingRoutesTest} on marts partitioned by province, as the batch writes them now. */
class PartitionedBriefingRoutesTest extends BriefingRoutesTest {
    @BeforeAll
    static void startPartitioned() throws Exception { // runs after BriefingRoutesTest's start: the same fixture, partitioned
        server.close();
        Path root = warehouse.resolve("partitioned");
        Fixtures.standard(new TestWarehouse(root).partitioned(), "snap-briefings");
        server = new Server(root);
    }
}
