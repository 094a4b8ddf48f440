package vn.parindex.dashboard.web;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import vn.parindex.dashboard.Fixtures;
import vn.parindex.dashboard.Server;
import vn.parindex.dashboard.TestWarehouse;

/** {@link CrawlTest} on marts partitioned by province, as the batch writes them now. */
class PartitionedCrawlTest extends CrawlTest {
    @BeforeAll
    static void startPartitioned() throws Exception { // runs after CrawlTest's start: the same fixture, partitioned
        server.close();
        Path root = warehouse.resolve("partitioned");
        Fixtures.standard(new TestWarehouse(root).partitioned(), "snap-crawl");
        server = new Server(root);
    }
}
