package ru.mumo.scenario;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Members of an association written in bulk, as if each had registered with consent to the text in force: for the
 * tests and benchmarks of large associations, where joining through the chat one by one would take minutes.
 */
public final class BulkMembers {

    private BulkMembers() {
    }

    /** One member per name, with Telegram ids from {@code firstUserId} on, in the order of the names. */
    public static void insert(JdbcTemplate jdbc, long associationId, long firstUserId, List<String> names,
            String consentVersion, Instant now) {
        Timestamp at = Timestamp.from(now);
        List<Object[]> people = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            people.add(new Object[] {firstUserId + i, names.get(i), "Школа " + (i % 40), "учитель", "RU",
                    consentVersion, at, associationId, at});
        }
        jdbc.batchUpdate("""
                insert into person (telegram_user_id, full_name, work_place, position_title, language, consent_version,
                    consent_accepted_at, active_association_id, created_at, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""", people);
        long last = firstUserId + names.size() - 1;
        jdbc.update("""
                insert into membership (association_id, person_id, role, joined_at, live, version)
                select ?, id, 'MEMBER', ?, true, 0 from person where telegram_user_id between ? and ?""",
                associationId, at, firstUserId, last);
        jdbc.update("""
                insert into role_assignment (membership_id, role, assigned_at)
                select m.id, 'MEMBER', ? from membership m join person p on p.id = m.person_id
                where p.telegram_user_id between ? and ? and m.association_id = ?""",
                at, firstUserId, last, associationId);
    }
}
