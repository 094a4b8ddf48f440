package vn.parindex.concurrent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The worker pool that writes a snapshot's files: every task's file, or the first failure after the others stop. */
class FileWorkersTest {
    @TempDir
    Path folder;

    @Test
    void writesEveryTasksFile() throws IOException {
        List<FileWorkers.Task> tasks = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            Path file = folder.resolve("part-" + i);
            tasks.add(() -> Files.writeString(file, "ok"));
        }
        FileWorkers.runAll(2, "test writes", tasks);
        for (int i = 0; i < 7; i++) {
            assertEquals("ok", Files.readString(folder.resolve("part-" + i)));
        }
    }

    @Test
    void aFailureWaitsForTheRunningWriteAndStartsNoOther() throws Exception {
        CountDownLatch slowStarted = new CountDownLatch(1);
        Path slow = folder.resolve("slow");
        Path queued = folder.resolve("queued");
        List<FileWorkers.Task> tasks = List.of(
                () -> {
                    await(slowStarted);
                    throw new IOException("mart unit_year: disk full");
                },
                () -> {
                    slowStarted.countDown();
                    sleep(400); // still writing when the first task fails
                    Files.writeString(slow, "done");
                },
                () -> Files.writeString(queued, "should not start"));

        IOException thrown = assertThrows(IOException.class, () -> FileWorkers.runAll(2, "test writes", tasks));

        assertEquals("mart unit_year: disk full", thrown.getMessage());
        assertTrue(Files.exists(slow), "runAll returned while a write was still running");
        assertFalse(Files.exists(queued), "a task started after another had failed");
    }

    @Test
    void theFirstFailureInTaskOrderIsThrownWithTheOthersSuppressed() {
        CountDownLatch secondFailed = new CountDownLatch(1);
        List<FileWorkers.Task> tasks = List.of(
                () -> {
                    await(secondFailed);
                    throw new IOException("first");
                },
                () -> {
                    try {
                        throw new IllegalStateException("second");
                    } finally {
                        secondFailed.countDown();
                    }
                });

        IOException thrown = assertThrows(IOException.class, () -> FileWorkers.runAll(2, "test writes", tasks));

        assertEquals("first", thrown.getMessage());
        assertEquals(1, thrown.getSuppressed().length);
        assertTrue(thrown.getSuppressed()[0].getMessage().contains("second"), thrown.getSuppressed()[0].getMessage());
    }

    private static void await(CountDownLatch latch) throws IOException {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IOException("the other task never started");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static void sleep(long millis) throws IOException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
