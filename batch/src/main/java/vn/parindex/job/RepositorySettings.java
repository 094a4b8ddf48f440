package vn.parindex.job;

import java.nio.file.Path;

/**
 * Where the Spring Batch job repository lives: an H2 file under the warehouse by default, or any JDBC URL
 * (PostgreSQL) given with --jdbc-url / PARINDEX_JDBC_URL.
 */
public record RepositorySettings(String jdbcUrl, String user, String password) {

    public static RepositorySettings h2In(Path warehouse) {
        Path file = warehouse.toAbsolutePath().resolve("jobrepo").resolve("parindex");
        return new RepositorySettings("jdbc:h2:file:" + file + ";DB_CLOSE_ON_EXIT=FALSE", "sa", "");
    }

    public boolean isPostgres() {
        return jdbcUrl.startsWith("jdbc:postgresql:");
    }
}
