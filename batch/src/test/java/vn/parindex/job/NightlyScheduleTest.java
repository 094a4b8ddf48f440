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

    @Test
    void aFailedRunDoesNotStopTheScheduleAndEachTickRunsOnce() throws Exception {
        Path input = TestInputs.copyExampleInput(dir);
        Path warehouse = dir.resolve("warehouse");
        java.nio.file.Files.writeString(warehouse, "not a folder: the warehouse cannot be written");
        NightlySchedule everySecond = new NightlySchedule("* * * * * *",
                new RunRequest(input, warehouse, "local[2]", false), RepositorySettings.h2In(warehouse));
        java.util.List<ZonedDateTime> ticks = new java.util.ArrayList<>();
        java.util.List<Integer> codes = new java.util.ArrayList<>();
        everySecond.loop(2, (tick, outcome) -> {
            ticks.add(tick);
            codes.add(outcome.exitCode());
            if (codes.size() == 1) { // the operator fixes the warehouse before the next tick
                assertTrue(outcome.summary().contains("cannot use the warehouse"), outcome.summary());
                assertTrue(outcome.summary().lines().count() == 1, outcome.summary());
                try {
                    java.nio.file.Files.delete(warehouse);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        });
        assertEquals(java.util.List.of(RunOutcome.FAILED, RunOutcome.OK), codes);
        assertTrue(ticks.get(1).isAfter(ticks.get(0)), "two ticks, one run each: " + ticks);
        assertTrue(new Warehouse(warehouse).currentManifest().isPresent(), "published at the next tick");
    }

    @Test
    void theNextTickSendsTheMailsTheServerCouldNotTakeEvenWhenItHasNothingNew() throws Exception {
        Path input = TestInputs.copyExampleInput(dir);
        Path warehouse = dir.resolve("warehouse");
        Path subscriptions = TestInputs.write(dir.resolve("subscriptions.csv"),
                "email,province,unit\nvanphong@stp.example.gov.vn,Tỉnh Mẫu,Sở Tư pháp\ncchc@snv.example.gov.vn,Tỉnh Mẫu,\n");
        try (vn.parindex.delivery.MailServer server = new vn.parindex.delivery.MailServer()) {
            server.stop();
            server.setSystemProperties();
            NightlySchedule everySecond = new NightlySchedule("* * * * * *",
                    new RunRequest(input, warehouse, "local[2]", false).withDelivery(subscriptions, null),
                    RepositorySettings.h2In(warehouse));
            java.util.List<String> summaries = new java.util.ArrayList<>();
            everySecond.loop(2, (tick, outcome) -> {
                summaries.add(outcome.summary());
                if (summaries.size() == 1) { // the mail server is back before the next tick
                    server.start();
                }
            });
            assertTrue(summaries.get(0).contains("published snapshot"), summaries.get(0));
            assertTrue(summaries.get(0).contains("\nmail: 2 mails composed; 2 mails waiting: "), summaries.get(0));
            assertTrue(summaries.get(1).startsWith("input unchanged"), summaries.get(1));
            assertTrue(summaries.get(1).endsWith("\nmail: 2 sent"), summaries.get(1));
            assertEquals(2, server.received().size());
        } finally {
            vn.parindex.delivery.MailServer.clearSystemProperties();
        }
    }
}
