package vn.parindex.dashboard.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.dashboard.Fixtures;
import vn.parindex.dashboard.Server;

/** The nightly switch of current: no failed request, and the new snapshot served once loaded. */
class SnapshotSwitchTest {
    @TempDir
    Path warehouse;

    @Test
    void switchingCurrentWhileRequestsRunFailsNoneAndServesTheNewSnapshot() throws Exception {
        Fixtures.standard(warehouse, "snap-old");
        try (Server server = new Server(warehouse)) {
            assertTrue(server.get("/api/health").body().contains("snap-old"));
            AtomicBoolean running = new AtomicBoolean(true);
            AtomicInteger answered = new AtomicInteger();
            ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
            Thread load = new Thread(() -> {
                while (running.get()) {
                    try {
                        for (String path : new String[]{"/api/rankings?province=L%C3%A0o%20Cai&year=2024",
                                "/ranking", "/unit/LCI-EVIL", "/charts/ranking/xep-hang.png"}) {
                            int status = server.get(path).statusCode();
                            if (status != 200) {
                                failures.add(path + " " + status);
                            }
                            answered.incrementAndGet();
                        }
                    } catch (Exception e) {
                        failures.add(e.toString());
                    }
                }
            });
            load.start();
            long warm = System.nanoTime() + 20_000_000_000L;
            while (answered.get() < 4 && System.nanoTime() < warm) {
                Thread.sleep(20); // a first round, cold (JIT, fonts), can take seconds on a busy machine
            }
            int beforeSwitch = answered.get();
            Fixtures.standard(warehouse, "snap-new");
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (!server.get("/api/health").body().contains("snap-new") && System.nanoTime() < deadline) {
                Thread.sleep(20); // the request that noticed the switch is loading; others get the old one meanwhile
            }
            for (int i = 0; i < 20; i++) {
                assertTrue(server.get("/api/health").body().contains("snap-new"), "once loaded, only the new one");
            }
            long more = System.nanoTime() + 10_000_000_000L;
            while (answered.get() < beforeSwitch + 4 && System.nanoTime() < more) {
                Thread.sleep(20); // the load keeps running across and after the switch
            }
            running.set(false);
            load.join();
            assertEquals("[]", failures.toString());
            assertTrue(answered.get() > 8, "requests ran during the switch: " + answered.get());
        }
    }

    @Test
    void noSnapshotYetIs503ThenServedOncePublished() throws Exception {
        try (Server server = new Server(warehouse)) {
            assertEquals(503, server.get("/api/health").statusCode());
            Fixtures.standard(warehouse, "snap-first");
            assertEquals(200, server.get("/api/health").statusCode());
        }
    }
}
