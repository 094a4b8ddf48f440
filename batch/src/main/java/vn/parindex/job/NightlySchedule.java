package vn.parindex.job;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.support.CronExpression;

/**
 * `schedule`: stays up and runs the nightly job on its cron, one run at a time (runs never overlap: each waits for
 * the previous, and the warehouse lock keeps a manual run and a scheduled one apart). Logs every outcome.
 */
public final class NightlySchedule {
    public static final String DEFAULT_CRON = "0 0 2 * * *";
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Logger LOG = LoggerFactory.getLogger(NightlySchedule.class);

    private final CronExpression cron;
    private final RunRequest request;
    private final RepositorySettings repository;

    public NightlySchedule(String expression, RunRequest request, RepositorySettings repository) {
        this.cron = parse(expression);
        this.request = request;
        this.repository = repository;
    }

    /** Accepts the usual 5-field cron ("0 2 * * *") as well as Spring's 6-field form with seconds. */
    public static CronExpression parse(String expression) {
        String trimmed = expression.trim();
        return CronExpression.parse(trimmed.split("\\s+").length == 5 ? "0 " + trimmed : trimmed);
    }

    public ZonedDateTime nextRun(ZonedDateTime after) {
        return cron.next(after);
    }

    /**
     * Runs until the process is stopped; maxRuns bounds it for tests (0 = forever). A failed run (an unwritable
     * warehouse, a refused lock, anything) is logged with its cause and the loop waits for the next tick; each tick
     * runs at most once, even when a run ends within the tick's second or the sleep wakes early.
     */
    public void loop(int maxRuns) throws InterruptedException {
        loop(maxRuns, (tick, outcome) -> { });
    }

    /** The loop, telling afterEach what each tick gave (tests watch the ticks through it). */
    void loop(int maxRuns, java.util.function.BiConsumer<ZonedDateTime, RunOutcome> afterEach)
            throws InterruptedException {
        int runs = 0;
        ZonedDateTime lastTick = null;
        while (maxRuns == 0 || runs < maxRuns) {
            ZonedDateTime now = ZonedDateTime.now(ZONE);
            ZonedDateTime next = nextRun(lastTick != null && lastTick.isAfter(now) ? lastTick : now);
            LOG.info("next nightly run at {}", next);
            sleepUntil(next);
            lastTick = next;
            long started = System.nanoTime();
            RunOutcome outcome;
            try {
                outcome = NightlyRunner.run(request.withAsOf(java.time.LocalDate.now(RunRequest.ZONE)), repository);
            } catch (RuntimeException | LinkageError e) {
                LOG.error("nightly run of {} failed", next, e);
                outcome = new RunOutcome(RunOutcome.FAILED, "internal failure: " + e, java.util.List.of());
            }
            LOG.info("nightly run of {} finished in {} s with exit code {}: {}", next,
                    (System.nanoTime() - started) / 1_000_000_000, outcome.exitCode(), outcome.summary());
            afterEach.accept(next, outcome);
            runs++;
        }
    }

    /** Sleeps until the instant has passed (a sleep may wake a little early). */
    private static void sleepUntil(ZonedDateTime instant) throws InterruptedException {
        while (true) {
            Duration wait = Duration.between(ZonedDateTime.now(ZONE), instant);
            if (wait.isNegative() || wait.isZero()) {
                return;
            }
            Thread.sleep(Math.max(1, wait.toMillis() + 1));
        }
    }
}
