package ru.mumo.scenario;

/**
 * The meeting scenarios again, on a real PostgreSQL: the meetings migration, its unique indexes, the reminder
 * sweep in Quartz's JDBC store and the restart across a reminder must hold there as on H2.
 */
class PostgresMeetingsScenarioTests extends MeetingsScenarioTests {

    @Override
    protected boolean onPostgres() {
        return true;
    }
}
