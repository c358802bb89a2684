package org.disputesuite.platform.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * A fresh, empty PostgreSQL database per call, on the server the tests run against:
 * {@code SUITE_TEST_POSTGRES_URL} (default the local server, {@code jdbc:postgresql://127.0.0.1:5432/postgres},
 * user {@code SUITE_TEST_POSTGRES_USER}, default {@code postgres}, trust or {@code SUITE_TEST_POSTGRES_PASSWORD}).
 */
public final class TestDatabase {

    private static final String ADMIN_URL = env("SUITE_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
    public static final String USER = env("SUITE_TEST_POSTGRES_USER", "postgres");
    public static final String PASSWORD = env("SUITE_TEST_POSTGRES_PASSWORD", "");

    private TestDatabase() {
    }

    /** Creates a new database and returns its JDBC URL. */
    public static String create(String prefix) {
        String name = (prefix + "_" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9_]", "_");
        try (Connection connection = DriverManager.getConnection(ADMIN_URL, USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create a test database on " + ADMIN_URL
                    + ": is PostgreSQL running? (.ci/run starts it)", e);
        }
        return ADMIN_URL.substring(0, ADMIN_URL.lastIndexOf('/') + 1) + name;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
