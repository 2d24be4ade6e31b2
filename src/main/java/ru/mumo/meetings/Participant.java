package ru.mumo.meetings;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import ru.mumo.membership.Role;

/**
 * One person of a meeting's record. When check-in opens, every member of the association at that moment (guests
 * apart) is written here as the meeting's roll ({@link #isOnRoll()}), and quorum is counted against the roll for
 * the whole meeting: who joins later is not on it, who leaves or is removed stays on it and counts as absent. At
 * close, each roll member's name, role and presence are written down as they were then, and invited persons who
 * were present (guests, and members who joined after the roll was fixed) are added; the protocol is printed from
 * these rows, never from today's memberships.
 */
@Entity
@Table(name = "meeting_participant")
public class Participant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long meetingId;

    private long membershipId;

    private long personId;

    private boolean onRoll;

    /** The role when the roll was fixed, then the role at close. */
    @Enumerated(EnumType.STRING)
    private Role role;

    /** The name at close; {@code null} while the meeting runs. */
    private String fullName;

    /** Present at close; {@code null} while the meeting runs. */
    private Boolean present;

    /** Chaired the meeting: the chair if present, else the deputy standing in (T 2.5). */
    private boolean presided;

    /** Kept the minutes: the secretary, if present (T 2.6). */
    private boolean keptMinutes;

    @Version
    private long version;

    protected Participant() {
    }

    private Participant(long meetingId, long membershipId, long personId, boolean onRoll, Role role) {
        this.meetingId = meetingId;
        this.membershipId = membershipId;
        this.personId = personId;
        this.onRoll = onRoll;
        this.role = role;
    }

    static Participant onRoll(long meetingId, long membershipId, long personId, Role role) {
        return new Participant(meetingId, membershipId, personId, true, role);
    }

    static Participant invited(long meetingId, long membershipId, long personId, Role role, String fullName) {
        Participant invited = new Participant(meetingId, membershipId, personId, false, role);
        invited.record(role, fullName, true);
        return invited;
    }

    void record(Role role, String fullName, boolean present) {
        this.role = role;
        this.fullName = fullName;
        this.present = present;
    }

    void preside() {
        this.presided = true;
    }

    void keepMinutes() {
        this.keptMinutes = true;
    }

    public long getMeetingId() {
        return meetingId;
    }

    public long getMembershipId() {
        return membershipId;
    }

    public long getPersonId() {
        return personId;
    }

    public boolean isOnRoll() {
        return onRoll;
    }

    public Role getRole() {
        return role;
    }

    public String getFullName() {
        return fullName;
    }

    public boolean isPresent() {
        return Boolean.TRUE.equals(present);
    }

    public boolean isPresided() {
        return presided;
    }

    public boolean isKeptMinutes() {
        return keptMinutes;
    }
}
