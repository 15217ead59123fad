package th.go.mol.oneplan.app.storage;

import com.zaxxer.hikari.HikariDataSource;

import javax.sql.DataSource;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The PostgreSQL server a test runs on (the embedded one, or the server named by {@code SPRING_DATASOURCE_URL}),
 * as a host, a port and the superuser the tests connect as, so that a test can open connections to other
 * databases of that server, or as other roles. Loopback only: the tests never reach another machine, and both
 * the embedded server and CI's server trust local connections on 127.0.0.1.
 */
public record PostgresServer(String host, int port, String user, String password) {
    private static final Pattern URL = Pattern.compile("jdbc:postgresql://([^:/?]+)(?::(\\d+))?/([^?]*)(?:\\?(.*))?");

    public PostgresServer {
        if (host.equals("localhost")) {
            host = "127.0.0.1";
        }
        if (!host.equals("127.0.0.1") && !host.equals("::1") && !host.equals("[::1]")) {
            throw new IllegalArgumentException("tests only use a PostgreSQL server on the loopback address, not " + host);
        }
        password = password == null ? "" : password;
    }

    /** The server behind a test's DataSource, with the DataSource's user (the embedded server's superuser). */
    public static PostgresServer of(DataSource dataSource) throws SQLException {
        String url;
        String user;
        try (Connection c = dataSource.getConnection()) {
            url = c.getMetaData().getURL();
            user = c.getMetaData().getUserName();
        }
        String password = null;
        if (dataSource.isWrapperFor(HikariDataSource.class)) {
            password = dataSource.unwrap(HikariDataSource.class).getPassword();
        }
        Map<String, String> parameters = parameters(url);
        if (password == null) {
            password = parameters.get("password");
        }
        return parse(url, user != null ? user : parameters.get("user"), password);
    }

    /** A server named by a JDBC URL such as {@code SPRING_DATASOURCE_URL}. */
    public static PostgresServer parse(String jdbcUrl, String user, String password) {
        Matcher m = URL.matcher(jdbcUrl);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a single-host PostgreSQL JDBC URL: " + jdbcUrl);
        }
        return new PostgresServer(m.group(1), m.group(2) == null ? 5432 : Integer.parseInt(m.group(2)),
                user == null || user.isEmpty() ? "postgres" : user, password);
    }

    /** The database a JDBC URL names. */
    public static String database(String jdbcUrl) {
        Matcher m = URL.matcher(jdbcUrl);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a single-host PostgreSQL JDBC URL: " + jdbcUrl);
        }
        return m.group(3);
    }

    public String url(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    /** A connection to one database of the server as the superuser. */
    public Connection connect(String database) throws SQLException {
        return connect(database, user, password);
    }

    /** A connection to one database as a role of its own (trusted on loopback, so no password is needed). */
    public Connection connect(String database, String role, String rolePassword) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", role);
        if (rolePassword != null && !rolePassword.isEmpty()) {
            properties.setProperty("password", rolePassword);
        }
        properties.setProperty("connectTimeout", "10");
        properties.setProperty("ApplicationName", "oneplan-tests");
        return DriverManager.getConnection(url(database), properties);
    }

    /** Runs statements outside any transaction (CREATE DATABASE, DROP ROLE) as the superuser. */
    public void execute(String database, String... statements) throws SQLException {
        try (Connection c = connect(database); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    /** Quotes an identifier for SQL. */
    public static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private static Map<String, String> parameters(String url) {
        Map<String, String> parameters = new LinkedHashMap<>();
        int q = url.indexOf('?');
        if (q < 0) {
            return parameters;
        }
        for (String pair : url.substring(q + 1).split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                parameters.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return parameters;
    }
}
