package vn.parindex.dashboard.api;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import vn.parindex.dashboard.Fixtures;
import vn.parindex.dashboard.Server;
import vn.parindex.dashboard.TestWarehouse;

/** {@link ApiTest} on marts partitioned by province, as the batch writes them now. */
class PartitionedApiTest extends ApiTest {
    @BeforeAll
    static void startPartitioned() throws Exception { // runs after ApiTest's start: the same fixture, partitioned
        server.close();
        Path root = warehouse.resolve("partitioned");
        Fixtures.standard(new TestWarehouse(root).partitioned(), "snap-1");
        server = new Server(root);
    }
}
