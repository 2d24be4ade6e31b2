package ru.mumo.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;

import ru.mumo.meetings.MeetingException.Reason;
import ru.mumo.shared.AcademicYear;

/**
 * A meeting (заседание) of one association, or one of its events (see {@link MeetingKind}): a seminar, a master
 * class, an open lesson, a conference or a consultation, answered, reminded of and checked in like a meeting, with
 * a topic and a level instead of an agenda, and no quorum, votes or number. Its protocol's number is given when it is closed, the next within the
 * academic year of its date (S 3.6: protocols "numbered within the year"; the association's year runs from
 * 1 September), so a cancelled or moved meeting leaves no gap; until then it is referred to by its date. When
 * check-in opens the meeting fixes its roll (see {@link Participant}), and quorum is counted against that roll
 * for the whole meeting; at close it freezes the figures and whether it was quorate.
 */
@Entity
public class Meeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long associationId;

    @Enumerated(EnumType.STRING)
    private MeetingKind kind = MeetingKind.MEETING;

    /** An event's topic; {@code null} for a meeting, which has its agenda. */
    private String title;

    /** An event's level, for the data bank; {@code null} for a meeting. */
    @Enumerated(EnumType.STRING)
    @Column(name = "event_level")
    private EventLevel level;

    /** The academic year (its starting calendar year) the number counts in; {@code null} until closed. */
    private Integer numberYear;

    /** The protocol's number within the academic year; {@code null} until closed. */
    private Integer number;

    private Instant startsAt;

    /** The association's zone when scheduled: the meeting's local date and time are fixed in it. */
    private String timeZone;

    @Enumerated(EnumType.STRING)
    private MeetingFormat format;

    /** The place of an in-person meeting or the link of an online one. */
    private String location;

    @Enumerated(EnumType.STRING)
    private MeetingStatus status;

    private boolean checkInOpen;

    /** When the roll was fixed: check-in opened, or the first attendance list. */
    private Instant rollFixedAt;

    /** Whether more than half of the roll was present at close; {@code null} until closed. */
    private Boolean quorate;

    private Integer membersAtClose;

    private Integer presentAtClose;

    private Instant closedAt;

    private long createdByMembershipId;

    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "meeting_agenda_item", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderColumn(name = "position")
    @Column(name = "title")
    private List<String> agenda = new ArrayList<>();

    @Version
    private long version;

    protected Meeting() {
    }

    Meeting(long associationId, ZonedDateTime start, MeetingFormat format, String location,
            List<String> agenda, long createdByMembershipId, Instant now) {
        this.associationId = associationId;
        this.startsAt = start.toInstant();
        this.timeZone = start.getZone().getId();
        this.format = format;
        this.location = location;
        this.agenda = new ArrayList<>(agenda);
        this.status = MeetingStatus.SCHEDULED;
        this.createdByMembershipId = createdByMembershipId;
        this.createdAt = now;
    }

    /** An event: a topic and a level instead of an agenda. */
    static Meeting event(long associationId, MeetingKind kind, String title, EventLevel level, ZonedDateTime start,
            MeetingFormat format, String location, long createdByMembershipId, Instant now) {
        if (kind.isMeeting()) {
            throw new IllegalArgumentException("A meeting has an agenda, not a topic");
        }
        Meeting event = new Meeting(associationId, start, format, location, List.of(), createdByMembershipId, now);
        event.kind = kind;
        event.title = title;
        event.level = level;
        return event;
    }

    void moveTo(Instant start, Instant now) {
        requireUpcoming(now);
        this.startsAt = start;
    }

    void relocate(MeetingFormat format, String location, Instant now) {
        requireUpcoming(now);
        this.format = format;
        this.location = location;
    }

    void cancel(Instant now) {
        requireUpcoming(now);
        this.status = MeetingStatus.CANCELLED;
    }

    /**
     * Attendance is being taken from now on; the first mark or the check-in call opens the meeting.
     *
     * @return whether the roll is to be fixed now (it is fixed once, when the meeting first opens)
     */
    boolean open(Instant now) {
        requireNotEnded();
        this.status = MeetingStatus.OPEN;
        if (rollFixedAt != null) {
            return false;
        }
        this.rollFixedAt = now;
        return true;
    }

    boolean openCheckIn(Instant now) {
        boolean fixRoll = open(now);
        this.checkInOpen = true;
        return fixRoll;
    }

    void requireOpen() {
        if (status != MeetingStatus.OPEN) {
            throw new MeetingException(status == MeetingStatus.CLOSED ? Reason.MEETING_CLOSED : Reason.NOT_OPEN);
        }
    }

    /**
     * Ends the meeting, freezes its figures for the protocol and the annual report and gives it the protocol's
     * number {@code number} of academic year {@code year}.
     */
    void close(Quorum quorum, AcademicYear year, int number, Instant now) {
        requireOpen();
        this.status = MeetingStatus.CLOSED;
        this.checkInOpen = false;
        this.membersAtClose = quorum.members();
        this.presentAtClose = quorum.present();
        this.quorate = quorum.quorate();
        this.numberYear = year.startYear();
        this.number = number;
        this.closedAt = now;
    }

    /**
     * Ends an event and freezes its attendance: how many of its roll were present, with nothing to be quorate about
     * and no protocol to number.
     */
    void closeEvent(int rollSize, int present, Instant now) {
        requireOpen();
        this.status = MeetingStatus.CLOSED;
        this.checkInOpen = false;
        this.membersAtClose = rollSize;
        this.presentAtClose = present;
        this.closedAt = now;
    }

    void requireNotEnded() {
        if (status == MeetingStatus.CLOSED) {
            throw new MeetingException(Reason.MEETING_CLOSED);
        }
        if (status == MeetingStatus.CANCELLED) {
            throw new MeetingException(Reason.NOT_UPCOMING);
        }
    }

    private void requireUpcoming(Instant now) {
        if (!isUpcoming(now)) {
            throw new MeetingException(Reason.NOT_UPCOMING);
        }
    }

    /** Scheduled and not yet started: it may still be moved, cancelled and answered. */
    public boolean isUpcoming(Instant now) {
        return status == MeetingStatus.SCHEDULED && now.isBefore(startsAt);
    }

    public LocalDate localDate() {
        return startsAt.atZone(getTimeZone()).toLocalDate();
    }

    /** The figures frozen at close, or {@code null} while the meeting has not been closed. */
    public Quorum frozenQuorum() {
        return membersAtClose == null ? null : Quorum.of(membersAtClose, presentAtClose);
    }

    /**
     * A meeting closed with quorum: it counts as held for the regulation's meeting rules and its decisions stand.
     * An event is held once closed, and counts for no meeting rule whatever.
     */
    public boolean isHeld() {
        return status == MeetingStatus.CLOSED && (!isMeeting() || Boolean.TRUE.equals(quorate));
    }

    public boolean isMeeting() {
        return kind.isMeeting();
    }

    /** The academic year of the meeting's date: the year its protocol is numbered in. */
    public AcademicYear academicYear() {
        return AcademicYear.of(localDate());
    }

    public boolean isRollFixed() {
        return rollFixedAt != null;
    }

    public Long getId() {
        return id;
    }

    public long getAssociationId() {
        return associationId;
    }

    public MeetingKind getKind() {
        return kind;
    }

    /** An event's topic; {@code null} for a meeting. */
    public String getTitle() {
        return title;
    }

    /** An event's level; {@code null} for a meeting. */
    public EventLevel getLevel() {
        return level;
    }

    /** The academic year the protocol's number counts in (its first calendar year); {@code null} until closed. */
    public Integer getNumberYear() {
        return numberYear;
    }

    /** The protocol's number, or {@code null} until the meeting is closed: until then it goes by its date. */
    public Integer getNumber() {
        return number;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public ZoneId getTimeZone() {
        return ZoneId.of(timeZone);
    }

    public MeetingFormat getFormat() {
        return format;
    }

    public String getLocation() {
        return location;
    }

    public MeetingStatus getStatus() {
        return status;
    }

    public boolean isCheckInOpen() {
        return checkInOpen;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public List<String> getAgenda() {
        return List.copyOf(agenda);
    }
}
