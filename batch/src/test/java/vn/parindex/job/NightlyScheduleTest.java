package vn.parindex.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.TestInputs;
import vn.parindex.publish.Warehouse;

class NightlyScheduleTest {
    @TempDir
    Path dir;

    @Test
    void theDefaultCronIs2AmInVietnam() {
        NightlySchedule schedule = new NightlySchedule(NightlySchedule.DEFAULT_CRON, null, null);
        ZonedDateTime afternoon = ZonedDateTime.of(2026, 11, 23, 15, 0, 0, 0, NightlySchedule.ZONE);
        assertEquals(ZonedDateTime.of(2026, 11, 24, 2, 0, 0, 0, NightlySchedule.ZONE), schedule.nextRun(afternoon));
    }

    @Test
    void fiveFieldCronExpressionsAreAccepted() {
        ZonedDateTime noon = ZonedDateTime.of(2026, 11, 23, 12, 0, 0, 0, NightlySchedule.ZONE);
        assertEquals(ZonedDateTime.of(2026, 11, 23, 12, 30, 0, 0, NightlySchedule.ZONE),
                NightlySchedule.parse("30 * * * *").next(noon));
        assertThrows(IllegalArgumentException.class, () -> NightlySchedule.parse("every night"));
    }

    @Test
    void aScheduledRunPublishesASnapshot() throws Exception {
        Path input = TestInputs.copyExampleInput(dir);
        Path warehouse = dir.resolve("warehouse");
        NightlySchedule everySecond = new NightlySchedule("* * * * * *",
                new RunRequest(input, warehouse, "local[2]", false), RepositorySettings.h2In(warehouse));
        everySecond.loop(1);
        assertTrue(new Warehouse(warehouse).currentManifest().isPresent());
    }
}
