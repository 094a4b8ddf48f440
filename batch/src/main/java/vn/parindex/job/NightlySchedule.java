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

    /** Runs until the process is stopped; maxRuns bounds it for tests (0 = forever). */
    public void loop(int maxRuns) throws InterruptedException {
        int runs = 0;
        while (maxRuns == 0 || runs < maxRuns) {
            ZonedDateTime next = nextRun(ZonedDateTime.now(ZONE));
            LOG.info("next nightly run at {}", next);
            Duration wait = Duration.between(ZonedDateTime.now(ZONE), next);
            if (!wait.isNegative()) {
                Thread.sleep(wait.toMillis());
            }
            long started = System.nanoTime();
            RunOutcome outcome = NightlyRunner.run(request.withAsOf(java.time.LocalDate.now(RunRequest.ZONE)), repository);
            LOG.info("nightly run finished in {} s with exit code {}: {}",
                    (System.nanoTime() - started) / 1_000_000_000, outcome.exitCode(), outcome.summary());
            runs++;
        }
    }
}
