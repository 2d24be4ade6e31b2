package ru.mumo.scenario;

/**
 * The personal data scenarios again on a real PostgreSQL: the erasure's queries (the outbox search, the ended
 * memberships) and the scan of every table must hold there too.
 */
class PostgresPersonalDataScenarioTests extends PersonalDataScenarioTests {

    @Override
    protected boolean onPostgres() {
        return true;
    }
}
