package th.go.mol.oneplan.app.storage;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the embedded PostgreSQL used when no {@code spring.datasource.url} is configured.
 *
 * @param dataDirectory where the database files live; kept between restarts
 * @param port          the port to listen on (127.0.0.1 only); 0 picks a free one at each start
 */
@ConfigurationProperties("oneplan.embedded-postgres")
public record EmbeddedPostgresProperties(String dataDirectory, int port) {
    public EmbeddedPostgresProperties {
        if (dataDirectory == null || dataDirectory.isBlank()) {
            dataDirectory = "data/postgres";
        }
    }
}
