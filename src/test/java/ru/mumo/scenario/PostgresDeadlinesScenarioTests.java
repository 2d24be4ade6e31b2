package ru.mumo.scenario;

/**
 * The deadline scenarios again, on a real PostgreSQL: the deadlines migration, the unique (deadline, day) key of
 * the nudges, the sweep in Quartz's JDBC store and the restart across nine o'clock must hold there as on H2.
 */
class PostgresDeadlinesScenarioTests extends DeadlinesScenarioTests {

    @Override
    protected boolean onPostgres() {
        return true;
    }
}
