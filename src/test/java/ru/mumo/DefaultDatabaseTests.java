package ru.mumo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The H2 file the bot keeps its data in by default survives a thread that is interrupted while it writes. Libraries
 * interrupt their own threads when they stop (Quartz 2.5 interrupts its scheduler thread on shutdown, executors
 * interrupt their tasks), and with H2's default file system an interrupted write closes the file channel and with it
 * the whole database: the transaction is lost and Quartz's shutdown then retries its release forever.
 */
class DefaultDatabaseTests {

    @TempDir
    Path data;

    @Test
    void aWriteFromAnInterruptedThreadIsCommittedAndTheDatabaseStaysOpen() throws Exception {
        String url = defaultUrl().replace("./data/mumo", data.resolve("mumo").toString());
        try (Connection db = DriverManager.getConnection(url, "sa", "");
                Statement statement = db.createStatement()) {
            statement.execute("CREATE TABLE note (id INT PRIMARY KEY)");

            Thread.currentThread().interrupt();
            try {
                statement.execute("INSERT INTO note VALUES (1)");
            } finally {
                assertThat(Thread.interrupted()).as("the interrupt is kept for its owner").isTrue();
            }

            assertThat(count(statement)).isEqualTo(1);
        }
        try (Connection reopened = DriverManager.getConnection(url, "sa", "");
                Statement statement = reopened.createStatement()) {
            assertThat(count(statement)).as("the row is on disk").isEqualTo(1);
        }
    }

    private static int count(Statement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM note")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    /** The URL application.properties falls back to when SPRING_DATASOURCE_URL is not set. */
    private static String defaultUrl() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = DefaultDatabaseTests.class.getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        String url = properties.getProperty("spring.datasource.url");
        assertThat(url).startsWith("${SPRING_DATASOURCE_URL:").endsWith("}");
        return url.substring("${SPRING_DATASOURCE_URL:".length(), url.length() - 1);
    }
}
