package ru.mumo.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The deadline scenarios again, on a real PostgreSQL: the deadlines migration, the unique (deadline, day) key of
 * the nudges, the sweep in Quartz's JDBC store and the restart across nine o'clock must hold there as on H2.
 */
class PostgresDeadlinesScenarioTests extends DeadlinesScenarioTests {

    private EmbeddedPostgres postgres;

    @Override
    protected List<String> databaseArguments(Path dataDirectory) {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().setDataDirectory(dataDirectory.resolve("pg"))
                        .setCleanDataDirectory(true).start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return List.of("--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres", "--spring.datasource.password=");
    }

    @Override
    @AfterAll
    void stopWorld() {
        super.stopWorld();
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
