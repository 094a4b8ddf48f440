package vn.parindex.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.TestInputs;
import vn.parindex.marts.Manifest;
import vn.parindex.publish.Warehouse;

/**
 * The job repository on a real PostgreSQL server (contract: "a JDBC URL option for PostgreSQL"). The test command
 * (./parindex test) starts a throwaway server from Debian's packages and points PARINDEX_TEST_POSTGRES_URL at it.
 */
class PostgresJobRepositoryTest {
    @TempDir
    Path dir;

    @Test
    void theJobRecordsItsExecutionInPostgres() throws Exception {
        String url = System.getenv("PARINDEX_TEST_POSTGRES_URL");
        assertTrue(url != null && url.startsWith("jdbc:postgresql:"), "no PostgreSQL server to test against: run the "
                + "README's test command, ./parindex test, which starts a throwaway one (PARINDEX_TEST_POSTGRES_URL)");
        RepositorySettings postgres = new RepositorySettings(System.getenv("PARINDEX_TEST_POSTGRES_URL"),
                System.getenv().getOrDefault("PARINDEX_TEST_POSTGRES_USER", "postgres"),
                System.getenv().getOrDefault("PARINDEX_TEST_POSTGRES_PASSWORD", ""));
        Path input = TestInputs.copyExampleInput(dir);

        RunOutcome outcome = NightlyRunner.run(new RunRequest(input, dir.resolve("warehouse"), "local[2]", false),
                postgres);

        assertEquals(RunOutcome.OK, outcome.exitCode(), outcome.summary());
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(), postgres.user(), postgres.password());
             ResultSet newest = connection.createStatement().executeQuery(
                     "SELECT status, (SELECT count(*) FROM batch_step_execution s"
                             + " WHERE s.job_execution_id = e.job_execution_id AND s.step_name NOT LIKE 'ingestFiles:%'),"
                             + " (SELECT count(*) FROM batch_step_execution s WHERE s.job_execution_id = e.job_execution_id"
                             + " AND s.step_name LIKE 'ingestFiles:partition%')"
                             + " FROM batch_job_execution e ORDER BY job_execution_id DESC LIMIT 1")) {
            assertTrue(newest.next());
            assertEquals("COMPLETED", newest.getString(1));
            assertEquals(10, newest.getInt(2),
                    "fingerprint, reference, ingest, settle, plans, compute, briefings and extracts, publish, delivery");
            assertTrue(newest.getInt(3) >= 1, "the ingest step's workers are recorded too");
            Map<String, Object> handedOn = JobContexts.newest(connection);
            Manifest published = new Warehouse(dir.resolve("warehouse")).currentManifest().orElseThrow();
            assertEquals(published.id(), handedOn.get(RunKeys.SNAPSHOT_ID), "the snapshot the run built");
            assertEquals(published.rowCounts(), handedOn.get(RunKeys.ROW_COUNTS));
        }
    }
}
