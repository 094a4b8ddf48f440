package vn.parindex.dashboard.plan;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import vn.parindex.dashboard.Fixtures;
import vn.parindex.dashboard.Server;
import vn.parindex.dashboard.TestWarehouse;

/** {@link PlanPagesTest} on marts partitioned by province, as the batch writes them now. */
class PartitionedPlanPagesTest extends PlanPagesTest {
    @BeforeAll
    static void startPartitioned() throws Exception { // runs after PlanPagesTest's start: the same fixture, partitioned
        server.close();
        Path root = warehouse.resolve("partitioned");
        Fixtures.planner(new TestWarehouse(root).partitioned(), "snap-plan");
        server = new Server(root);
    }
}
