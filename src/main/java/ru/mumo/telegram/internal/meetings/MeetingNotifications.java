package ru.mumo.telegram.internal.meetings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import ru.mumo.meetings.AttendanceChanged;
import ru.mumo.meetings.CheckInOpened;
import ru.mumo.meetings.EventClosed;
import ru.mumo.meetings.FollowUp;
import ru.mumo.meetings.FollowUpSent;
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
 * Tells members about their meetings and events: announcements with the calendar file and the materials, changes,
 * cancellations, reminders and the forecast with its follow-up button, check-in buttons, the officers' follow-ups
 * and the live attendance lists. Listens synchronously, inside the transaction that made the change, so the
 * messages are in the outbox exactly when the change is committed.
 */
@Component
class MeetingNotifications {

    private final MeetingService meetings;
    private final MeetingTexts texts;
    private final IcsCalendar calendar;
    private final AttendanceBoards boards;
    private final LiveMessages live;
    private final MaterialMessages materials;
    private final FollowUpTexts followUps;
    private final PersonService people;
    private final Messages messages;
    private final Outbox outbox;
    private final VoteService votes;

    MeetingNotifications(MeetingService meetings, MeetingTexts texts, IcsCalendar calendar, AttendanceBoards boards,
            LiveMessages live, MaterialMessages materials, FollowUpTexts followUps, PersonService people,
            Messages messages, Outbox outbox, VoteService votes) {
        this.votes = votes;
        this.meetings = meetings;
        this.texts = texts;
        this.calendar = calendar;
        this.boards = boards;
        this.live = live;
        this.materials = materials;
        this.followUps = followUps;
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
            materials.send(chat, language, meeting);
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
                    ? messages.text(language, MeetingTexts.key(meeting, "meeting.moved"),
                            "previous", MeetingTexts.when(event.previousStart(), meeting.getTimeZone()),
                            "details", details)
                    : messages.text(language, MeetingTexts.key(meeting, "meeting.relocated"),
                            "when", MeetingTexts.when(meeting), "details", details);
            outbox.send(chat(m), text, rsvpKeyboard(language, meeting));
            sendCalendar(chat(m), language, meeting, m.getAssociation().getName());
        }
    }

    @EventListener
    void on(MeetingCancelled event) {
        Meeting meeting = meeting(event.meetingId());
        for (Membership m : meetings.participants(meeting.getId()).values()) {
            Language language = m.getPerson().getLanguage();
            outbox.send(chat(m), messages.text(language, MeetingTexts.key(meeting, "meeting.cancelled.notice"),
                    "when", MeetingTexts.when(meeting), "meeting", texts.label(language, meeting)), null);
        }
    }

    @EventListener
    void on(ReminderDue event) {
        Meeting meeting = meeting(event.meetingId());
        Map<Long, Membership> people = meetings.participants(meeting.getId());
        for (Long id : event.remind()) {
            Membership m = people.get(id);
            Language language = m.getPerson().getLanguage();
            outbox.send(chat(m), messages.text(language, MeetingTexts.key(meeting, "meeting.reminder"),
                    "before", texts.before(language, event.before()),
                    "details", texts.details(language, meeting)), rsvpKeyboard(language, meeting));
        }
        if (!event.forecastTo().isEmpty()) {
            RsvpSummary summary = meetings.rsvpSummary(meeting.getId());
            for (Long id : event.forecastTo()) {
                Membership officer = people.get(id);
                Language language = officer.getPerson().getLanguage();
                outbox.send(chat(officer), forecast(language, meeting, summary, people),
                        summary.unanswered().isEmpty() ? null : Keyboard.of(followUps.button(language,
                                "followup.answer.button", summary.unanswered().size(), FollowUpButtons.PREFIX,
                                FollowUpButtons.ANSWER, meeting.getId())));
            }
        }
    }

    /** An officer's follow-up before or at the meeting, to exactly those it names, saying who asked. */
    @EventListener
    void on(FollowUpSent event) {
        if (event.kind() == FollowUp.Kind.BALLOT) {
            return;
        }
        Meeting meeting = meeting(event.subjectId());
        Map<Long, Membership> people = meetings.participants(meeting.getId());
        for (Long id : event.recipients()) {
            Membership m = people.get(id);
            if (m == null) {
                continue;
            }
            Language language = m.getPerson().getLanguage();
            String asker = followUps.asker(language, event.askedByMembershipId());
            if (event.kind() == FollowUp.Kind.ANSWER) {
                outbox.send(chat(m), messages.text(language, MeetingTexts.key(meeting, "followup.answer"),
                        "asker", asker, "details", texts.details(language, meeting)), rsvpKeyboard(language, meeting));
            } else if (meeting.isCheckInOpen()) {
                outbox.send(chat(m), messages.text(language, MeetingTexts.key(meeting, "followup.checkin"),
                        "asker", asker, "meeting", texts.label(language, meeting)), checkInKeyboard(language, meeting),
                        live.remember(LiveMessage.Kind.CHECK_IN, meeting.getId(), chat(m)));
            } else {
                outbox.send(chat(m), messages.text(language, MeetingTexts.key(meeting, "followup.checkin.officer"),
                        "asker", asker, "meeting", texts.label(language, meeting)), null);
            }
        }
        if (event.kind() == FollowUp.Kind.CHECK_IN) {
            boards.refresh(meeting.getId());
        }
    }

    @EventListener
    void on(CheckInOpened event) {
        Meeting meeting = meeting(event.meetingId());
        for (Membership m : meetings.participants(meeting.getId()).values()) {
            Language language = m.getPerson().getLanguage();
            outbox.send(chat(m), messages.text(language, MeetingTexts.key(meeting, "checkin.notice"),
                            "meeting", texts.label(language, meeting)), checkInKeyboard(language, meeting),
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

    @EventListener
    void on(MeetingClosed event) {
        closed(event.meetingId());
    }

    @EventListener
    void on(EventClosed event) {
        closed(event.meetingId());
    }

    /** Takes the "I'm here" buttons away and shows the officers the final figures. */
    private void closed(long meetingId) {
        Meeting meeting = meeting(meetingId);
        for (LiveMessage prompt : live.find(meeting.getId(), LiveMessage.Kind.CHECK_IN)) {
            Language language = people.findPerson(prompt.chatId()).map(Person::getLanguage).orElse(Language.RU);
            outbox.editByRef(prompt.chatId(), prompt.refKey(), messages.text(language,
                    MeetingTexts.key(meeting, "checkin.closed"), "meeting", texts.label(language, meeting)), null);
        }
        boards.refresh(meetingId);
    }

    String announcement(Language language, Meeting meeting, String association) {
        return messages.text(language, MeetingTexts.key(meeting, "meeting.announcement"), "association", association,
                "details", texts.details(language, meeting));
    }

    /** "I'll come" / "Can't come", and "📎 Материалы" once the meeting has any. */
    Keyboard rsvpKeyboard(Language language, Meeting meeting) {
        List<List<Button>> rows = new ArrayList<>();
        rows.add(List.of(
                Button.callback(messages.text(language, "meeting.rsvp.coming"),
                        ButtonHandler.data(RsvpButtons.PREFIX, meeting.getId(), "c")),
                Button.callback(messages.text(language, "meeting.rsvp.not.coming"),
                        ButtonHandler.data(RsvpButtons.PREFIX, meeting.getId(), "n"))));
        Button materialsButton = materials.button(language, meeting);
        if (materialsButton != null) {
            rows.add(List.of(materialsButton));
        }
        return new Keyboard(rows);
    }

    private Keyboard checkInKeyboard(Language language, Meeting meeting) {
        return Keyboard.of(Button.callback(messages.text(language, MeetingTexts.key(meeting, "checkin.button")),
                ButtonHandler.data(CheckInButtons.PREFIX, meeting.getId())));
    }

    /**
     * "4 of 11 confirmed; quorum needs 6" (an event has no quorum), and who has not answered, so the officers can
     * remind exactly them with the button under it.
     */
    private String forecast(Language language, Meeting meeting, RsvpSummary summary, Map<Long, Membership> people) {
        String text = messages.text(language, MeetingTexts.key(meeting, "meeting.forecast"),
                "when", MeetingTexts.when(meeting), "confirmed", summary.coming(), "members", summary.members(),
                "needed", summary.forecast().needed(), "declined", summary.notComing(),
                "meeting", texts.label(language, meeting));
        if (summary.unanswered().isEmpty()) {
            return text + "\n" + messages.text(language, "meeting.forecast.all.answered");
        }
        return text + "\n" + messages.text(language, "meeting.forecast.unanswered", "count", summary.unanswered().size())
                + FollowUpTexts.names(summary.unanswered().stream().map(people::get).toList());
    }

    private void sendCalendar(long chat, Language language, Meeting meeting, String association) {
        outbox.document(chat, IcsCalendar.fileName(meeting),
                calendar.of(meeting, messages.text(language, MeetingTexts.key(meeting, "meeting.ics.title"),
                        "association", association, "kind", meeting.getKind().name(),
                        "title", meeting.isMeeting() ? "" : meeting.getTitle()), texts.details(language, meeting)),
                messages.text(language, MeetingTexts.key(meeting, "meeting.ics.caption")));
    }

    private Meeting meeting(long id) {
        return meetings.meeting(id).orElseThrow();
    }

    private static long chat(Membership m) {
        Person person = m.getPerson();
        return person.getTelegramUserId();
    }
}
