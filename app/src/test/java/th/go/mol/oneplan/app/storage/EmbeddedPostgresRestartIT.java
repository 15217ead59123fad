package th.go.mol.oneplan.app.storage;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded default holds real records: stopping and starting it again must lose nothing. */
class EmbeddedPostgresRestartIT {

    @Test
    void what_was_committed_is_there_after_a_restart(@TempDir Path dir) throws Exception {
        EmbeddedPostgresConfiguration configuration = new EmbeddedPostgresConfiguration();
        EmbeddedPostgresProperties properties = new EmbeddedPostgresProperties(dir.resolve("pg").toString(), 0);

        try (EmbeddedPostgres first = configuration.embeddedPostgres(properties)) {
            JdbcTemplate jdbc = new JdbcTemplate(closeable(configuration.dataSource(first)));
            jdbc.execute("create table kept (what text)");
            jdbc.update("insert into kept values ('working group order 4567/2561')");
            close(jdbc.getDataSource());
        }

        try (EmbeddedPostgres second = configuration.embeddedPostgres(properties)) {
            JdbcTemplate jdbc = new JdbcTemplate(configuration.dataSource(second));
            assertThat(jdbc.queryForObject("select what from kept", String.class))
                    .isEqualTo("working group order 4567/2561");
            close(jdbc.getDataSource());
        }
    }

    private static DataSource closeable(DataSource dataSource) {
        return dataSource;
    }

    private static void close(DataSource dataSource) throws Exception {
        if (dataSource instanceof AutoCloseable c) {
            c.close();
        }
    }
}
