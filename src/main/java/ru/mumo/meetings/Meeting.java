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

/**
 * A meeting (заседание) of one association. It is numbered within the calendar year of its start, because the
 * protocols it produces are numbered that way (S 3.6: "numbered within the year") and the annual report to the
 * regional association covers a calendar year (T 3.8); the number stays with the meeting when it is moved or
 * cancelled, so announcements already sent never contradict the protocol.
 */
@Entity
public class Meeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long associationId;

    private int numberYear;

    private int number;

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

    Meeting(long associationId, int number, ZonedDateTime start, MeetingFormat format, String location,
            List<String> agenda, long createdByMembershipId, Instant now) {
        this.associationId = associationId;
        this.numberYear = start.getYear();
        this.number = number;
        this.startsAt = start.toInstant();
        this.timeZone = start.getZone().getId();
        this.format = format;
        this.location = location;
        this.agenda = new ArrayList<>(agenda);
        this.status = MeetingStatus.SCHEDULED;
        this.createdByMembershipId = createdByMembershipId;
        this.createdAt = now;
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

    /** Attendance is being taken from now on; the first mark or the check-in call opens the meeting. */
    void open() {
        requireNotEnded();
        this.status = MeetingStatus.OPEN;
    }

    void openCheckIn() {
        open();
        this.checkInOpen = true;
    }

    /** Ends the meeting and freezes its figures for the protocol and the annual report. */
    void close(Quorum quorum, Instant now) {
        if (status != MeetingStatus.OPEN) {
            throw new MeetingException(status == MeetingStatus.CLOSED ? Reason.MEETING_CLOSED : Reason.NOT_OPEN);
        }
        this.status = MeetingStatus.CLOSED;
        this.checkInOpen = false;
        this.membersAtClose = quorum.members();
        this.presentAtClose = quorum.present();
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

    public Long getId() {
        return id;
    }

    public long getAssociationId() {
        return associationId;
    }

    public int getNumberYear() {
        return numberYear;
    }

    public int getNumber() {
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
