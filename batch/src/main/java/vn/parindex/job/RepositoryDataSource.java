package vn.parindex.job;

import org.h2.jdbcx.JdbcConnectionPool;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The job repository's connections for one run. The default H2 file is kept open by a small pool of its connections
 * until the run's context closes: opened per transaction, the embedded database was closed and opened again between
 * every two steps (about 0.5 s each, 2–3 s of a bundled run). A server database (PostgreSQL) gets a connection per
 * transaction, as before.
 */
final class RepositoryDataSource extends DelegatingDataSource implements AutoCloseable {
    private final JdbcConnectionPool pool;

    private RepositoryDataSource(javax.sql.DataSource target, JdbcConnectionPool pool) {
        super(target);
        this.pool = pool;
    }

    static RepositoryDataSource of(RepositorySettings settings) {
        if (settings.jdbcUrl().startsWith("jdbc:h2:")) {
            JdbcConnectionPool pool = JdbcConnectionPool.create(settings.jdbcUrl(), settings.user(),
                    settings.password());
            return new RepositoryDataSource(pool, pool);
        }
        return new RepositoryDataSource(new DriverManagerDataSource(settings.jdbcUrl(), settings.user(),
                settings.password()), null);
    }

    /** Closes the pooled connections, and with the last of them the H2 database. */
    @Override
    public void close() {
        if (pool != null) {
            pool.dispose();
        }
    }
}
