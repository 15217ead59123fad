package th.go.mol.oneplan.query.rebuild;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The connection a rebuild changes the schema with: creating the rebuild's schema and tables, and the switch,
 * which drops and moves tables. Only the tables' owner may do that. Where the service's own role is not the owner
 * (docs/database-grants.md), give the rebuild the owner's credentials as Flyway's ({@code spring.flyway.user},
 * {@code spring.flyway.password}, and {@code spring.flyway.url} if it differs): the command-line job is the
 * natural place. Without them the service's own connection pool is used (the embedded default, or a database
 * where the service's role owns its tables).
 */
@Component
@Profile("!command")
class RebuildDatabase {
    private final DataSource dataSource;
    private final String url;
    private final String user;
    private final String password;

    RebuildDatabase(DataSource dataSource, @Value("${spring.flyway.url:}") String url,
                    @Value("${spring.flyway.user:}") String user, @Value("${spring.flyway.password:}") String password) {
        this.dataSource = dataSource;
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** A connection of its own (the caller closes it), as the owner if the owner's credentials are given. */
    Connection connection() throws SQLException {
        if (user.isBlank()) {
            return dataSource.getConnection();
        }
        String target = url;
        if (target.isBlank()) {
            try (Connection service = dataSource.getConnection()) {
                target = service.getMetaData().getURL();
            }
        }
        return DriverManager.getConnection(target, user, password);
    }
}
