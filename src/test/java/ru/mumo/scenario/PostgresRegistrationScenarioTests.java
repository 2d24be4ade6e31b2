package ru.mumo.scenario;

/**
 * The registration scenarios again, on a real PostgreSQL: the regions run the bot there, so the same Flyway
 * migrations, native queries, unique indexes and leases must hold on both databases.
 */
class PostgresRegistrationScenarioTests extends RegistrationScenarioTests {

    @Override
    protected boolean onPostgres() {
        return true;
    }
}
