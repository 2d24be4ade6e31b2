package ru.mumo.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The personal data scenarios again on a real PostgreSQL: the erasure's queries (the outbox search, the ended
 * memberships) and the scan of every table must hold there too.
 */
class PostgresPersonalDataScenarioTests extends PersonalDataScenarioTests {

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
