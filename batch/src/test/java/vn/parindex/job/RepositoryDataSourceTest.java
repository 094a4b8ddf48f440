package vn.parindex.job;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The default repository's H2 file stays open for the run, one pooled session reused, and is let go at the end. */
class RepositoryDataSourceTest {
    @TempDir
    Path warehouse;

    @Test
    void theH2SessionIsKeptBetweenTransactionsUntilTheRunCloses() throws SQLException {
        RepositorySettings settings = RepositorySettings.h2In(warehouse);
        RepositoryDataSource dataSource = RepositoryDataSource.of(settings);
        try (Connection first = dataSource.getConnection()) {
            first.createStatement().execute("CREATE LOCAL TEMPORARY TABLE RUN_ONLY(X INT)");
        }
        try (Connection second = dataSource.getConnection()) {
            assertTrue(hasTable(second, "RUN_ONLY"), "the second transaction found the first one's session");
        }

        dataSource.close();

        try (Connection after = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password())) {
            assertFalse(hasTable(after, "RUN_ONLY"), "closing the run's connections closed the session");
        }
    }

    private static boolean hasTable(Connection connection, String name) throws SQLException {
        try (ResultSet tables = connection.createStatement().executeQuery(
                "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = '" + name + "'")) {
            tables.next();
            return tables.getInt(1) > 0;
        }
    }
}
