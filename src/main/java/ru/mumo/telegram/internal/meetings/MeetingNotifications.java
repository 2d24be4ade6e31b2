package ru.mumo.telegram.internal.meetings;

import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import ru.mumo.meetings.AttendanceChanged;
import ru.mumo.meetings.CheckInOpened;
import ru.mumo.meetings.Meeting;
import ru.mumo.meetings.MeetingCancelled;
import ru.mumo.meetings.MeetingChanged;
import ru.mumo.meetings.MeetingClosed;
import ru.mumo.meetings.MeetingScheduled;
import ru.mumo.meetings.MeetingService;
import ru.mumo.meetings.MeetingStatus;
import ru.mumo.meetings.ReminderDue;
import ru.mumo.meetings.RsvpSummary;
import ru.mumo.membership.Membership;
import ru.mumo.membership.Person;
import ru.mumo.membership.PersonService;
import ru.mumo.shared.Language;
import ru.mumo.shared.Messages;
import ru.mumo.telegram.internal.ButtonHandler;
import ru.mumo.telegram.internal.outbox.Button;
import ru.mumo.telegram.internal.outbox.Keyboard;
import ru.mumo.telegram.internal.outbox.Outbox;
import ru.mumo.voting.VoteClosed;
import ru.mumo.voting.VoteOpened;
import ru.mumo.voting.VoteService;

/**
 * Tells members about their meetings: announcements with the calendar file, changes, cancellations, reminders
 * and the forecast, check-in buttons and the live attendance lists. Listens synchronously, inside the
 * transaction that made the change, so the messages are in the outbox exactly when the change is committed.
 */
@Component
class MeetingNotifications {

    private final MeetingService meetings;
    private final MeetingTexts texts;
    private final IcsCalendar calendar;
    private final AttendanceBoards boards;
    private final LiveMessages live;
    private final PersonService people;
    private final Messages messages;
    private final Outbox outbox;
    private final VoteService votes;

    MeetingNotifications(MeetingService meetings, MeetingTexts texts, IcsCalendar calendar, AttendanceBoards boards,
            LiveMessages live, PersonService people, Messages messages, Outbox outbox, VoteService votes) {
        this.votes = votes;
        this.meetings = meetings;
        this.texts = texts;
        this.calendar = calendar;
        this.boards = boards;
        this.live = live;
        this.people = people;
        this.messages = messages;
        this.outbox = outbox;
    }

    @EventListener
    void on(MeetingScheduled event) {
        Meeting meeting = meeting(event.meetingId());
        for (Membership m : meetings.participants(meeting.getId()).values()) {
            Language language = m.getPerson().getLanguage();
            long chat = chat(m);
            outbox.send(chat, announcement(language, meeting, m.getAssociation().getName()),
                    rsvpKeyboard(language, meeting));
            sendCalendar(chat, language, meeting, m.getAssociation().getName());
        }
    }

    @EventListener
    void on(MeetingChanged event) {
        Meeting meeting = meeting(event.meetingId());
        boolean moved = !event.previousStart().equals(meeting.getStartsAt());
        for (Membership m : meetings.participants(meeting.getId()).values()) {
            Language language = m.getPerson().getLanguage();
            String details = texts.details(language, meeting);
            String text = moved
                    ? messages.text(language, "meeting.moved",
                            "previous", MeetingTexts.when(event.previousStart(), meeting.getTimeZone()),
                            "details", details)
                    : messages.text(language, "meeting.relocated", "when", MeetingTexts.when(meeting),
                            "details", details);
            outbox.send(chat(m), text, rsvpKeyboard(language, meeting));
            sendCalendar(chat(m), language, meeting, m.getAssociation().getName());
        }
    }

    @EventListener
    void on(MeetingCancelled event) {
        Meeting meeting = meeting(event.meetingId());
        for (Membership m : meetings.participants(meeting.getId()).values()) {
            outbox.send(chat(m), messages.text(m.getPerson().getLanguage(), "meeting.cancelled.notice",
                    "when", MeetingTexts.when(meeting)), null);
        }
    }

    @EventListener
    void on(ReminderDue event) {
        Meeting meeting = meeting(event.meetingId());
        Map<Long, Membership> people = event.members();
        for (Long id : event.remind()) {
            Membership m = people.get(id);
            Language language = m.getPerson().getLanguage();
            outbox.send(chat(m), messages.text(language, "meeting.reminder",
                    "before", texts.before(language, event.before()),
                    "details", texts.details(language, meeting)), rsvpKeyboard(language, meeting));
        }
        if (!event.forecastTo().isEmpty()) {
            RsvpSummary summary = event.forecast();
            for (Long id : event.forecastTo()) {
                Membership officer = people.get(id);
                outbox.send(chat(officer), forecast(officer.getPerson().getLanguage(), meeting, summary, people), null);
            }
        }
    }

    @EventListener
    void on(CheckInOpened event) {
        Meeting meeting = meeting(event.meetingId());
        for (Membership m : meetings.participants(meeting.getId()).values()) {
            Language language = m.getPerson().getLanguage();
            outbox.send(chat(m), messages.text(language, "checkin.notice", "meeting", texts.label(language, meeting)),
                    Keyboard.of(Button.callback(messages.text(language, "checkin.button"),
                            ButtonHandler.data(CheckInButtons.PREFIX, meeting.getId()))),
                    live.remember(LiveMessage.Kind.CHECK_IN, meeting.getId(), chat(m)));
        }
    }

    @EventListener
    void on(AttendanceChanged event) {
        boards.refresh(event.meetingId());
    }

    /** The attendance lists say whether a vote is open, which marks made now do not change. */
    @EventListener
    void on(VoteOpened event) {
        votes.vote(event.voteId()).ifPresent(v -> boards.refresh(v.getMeetingId()));
    }

    /** A vote closed with its meeting leaves the lists to the meeting's close, which edits them once. */
    @EventListener
    void on(VoteClosed event) {
        votes.vote(event.voteId()).map(v -> meetings.meeting(v.getMeetingId()).orElseThrow())
                .filter(m -> m.getStatus() != MeetingStatus.CLOSED)
                .ifPresent(m -> boards.refresh(m.getId()));
    }

    /** Takes the "I'm here" buttons away and shows the officers the final figures. */
    @EventListener
    void on(MeetingClosed event) {
        Meeting meeting = meeting(event.meetingId());
        for (LiveMessage prompt : live.find(meeting.getId(), LiveMessage.Kind.CHECK_IN)) {
            Language language = people.findPerson(prompt.chatId()).map(Person::getLanguage).orElse(Language.RU);
            outbox.editByRef(prompt.chatId(), prompt.refKey(),
                    messages.text(language, "checkin.closed", "meeting", texts.label(language, meeting)), null);
        }
        boards.refresh(event.meetingId());
    }

    String announcement(Language language, Meeting meeting, String association) {
        return messages.text(language, "meeting.announcement", "association", association,
                "details", texts.details(language, meeting));
    }

    Keyboard rsvpKeyboard(Language language, Meeting meeting) {
        return Keyboard.of(
                Button.callback(messages.text(language, "meeting.rsvp.coming"),
                        ButtonHandler.data(RsvpButtons.PREFIX, meeting.getId(), "c")),
                Button.callback(messages.text(language, "meeting.rsvp.not.coming"),
                        ButtonHandler.data(RsvpButtons.PREFIX, meeting.getId(), "n")));
    }

    /** "4 of 11 confirmed; quorum needs 6", and who has not answered, so the officers can chase them. */
    private String forecast(Language language, Meeting meeting, RsvpSummary summary, Map<Long, Membership> people) {
        String text = messages.text(language, "meeting.forecast",
                "when", MeetingTexts.when(meeting), "confirmed", summary.coming(), "members", summary.members(),
                "needed", summary.forecast().needed(), "declined", summary.notComing());
        if (summary.unanswered().isEmpty()) {
            return text + "\n" + messages.text(language, "meeting.forecast.all.answered");
        }
        StringBuilder names = new StringBuilder();
        for (Long id : summary.unanswered()) {
            names.append("\n• ").append(people.get(id).getPerson().getFullName());
        }
        return text + "\n" + messages.text(language, "meeting.forecast.unanswered",
                "count", summary.unanswered().size()) + names;
    }

    private void sendCalendar(long chat, Language language, Meeting meeting, String association) {
        outbox.document(chat, IcsCalendar.fileName(meeting),
                calendar.of(meeting, messages.text(language, "meeting.ics.title",
                        "association", association), texts.details(language, meeting)),
                messages.text(language, "meeting.ics.caption"));
    }

    private Meeting meeting(long id) {
        return meetings.meeting(id).orElseThrow();
    }

    private static long chat(Membership m) {
        Person person = m.getPerson();
        return person.getTelegramUserId();
    }
}
