package vn.parindex.job;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.jdbc.support.JdbcTransactionManager;

/** The job repository's database: created on first use with Spring Batch's own schema script. */
@Configuration
public class BatchInfrastructure {

    @Bean(destroyMethod = "close")
    public DataSource dataSource(RepositorySettings settings) throws SQLException {
        RepositoryDataSource dataSource = RepositoryDataSource.of(settings);
        try {
            createSchemaIfMissing(dataSource, settings);
        } catch (SQLException | RuntimeException e) {
            dataSource.close();
            throw e;
        }
        return dataSource;
    }

    @Bean
    public JdbcTransactionManager transactionManager(DataSource dataSource) {
        return new JdbcTransactionManager(dataSource);
    }

    private static void createSchemaIfMissing(DataSource dataSource, RepositorySettings settings) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (hasTable(connection, "BATCH_JOB_INSTANCE") || hasTable(connection, "batch_job_instance")) {
                return;
            }
        }
        String script = settings.isPostgres() ? "schema-postgresql.sql" : "schema-h2.sql";
        new ResourceDatabasePopulator(new ClassPathResource("org/springframework/batch/core/" + script))
                .execute(dataSource);
    }

    private static boolean hasTable(Connection connection, String name) throws SQLException {
        try (ResultSet tables = connection.getMetaData().getTables(null, null, name, null)) {
            return tables.next();
        }
    }
}
