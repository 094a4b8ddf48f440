package vn.parindex.dashboard.planner;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import vn.parindex.dashboard.Fixtures;
import vn.parindex.dashboard.Server;
import vn.parindex.dashboard.TestWarehouse;

/** {@link PlannerPagesTest} on marts partitioned by province, as the batch writes them now. */
class PartitionedPlannerPagesTest extends PlannerPagesTest {
    @BeforeAll
    static void startPartitioned() throws Exception { // runs after PlannerPagesTest's start: the same fixture, partitioned
        server.close();
        Path root = warehouse.resolve("partitioned");
        Fixtures.planner(new TestWarehouse(root).partitioned(), "snap-planner");
        server = new Server(root);
    }
}
