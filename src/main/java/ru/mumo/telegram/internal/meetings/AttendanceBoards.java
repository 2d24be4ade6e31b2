package ru.mumo.telegram.internal.meetings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import ru.mumo.meetings.AttendanceService;
import ru.mumo.meetings.Meeting;
import ru.mumo.meetings.MeetingService;
import ru.mumo.meetings.MeetingStatus;
import ru.mumo.membership.Membership;
import ru.mumo.membership.Person;
import ru.mumo.membership.PersonService;
import ru.mumo.membership.Role;
import ru.mumo.shared.Language;
import ru.mumo.shared.Messages;
import ru.mumo.telegram.internal.ButtonHandler;
import ru.mumo.telegram.internal.outbox.Button;
import ru.mumo.telegram.internal.outbox.Keyboard;
import ru.mumo.telegram.internal.outbox.Outbox;
import ru.mumo.voting.VoteService;
import ru.mumo.voting.VoteStatus;

/**
 * The officers' live attendance list: one message per officer's chat with the quorum against the roll and a
 * toggle button per person, edited in place whenever someone is marked, and left without buttons once the meeting
 * is closed.
 */
@Component
class AttendanceBoards {

    private final LiveMessages live;
    private final AttendanceService attendance;
    private final MeetingService meetings;
    private final PersonService people;
    private final MeetingTexts texts;
    private final VoteService votes;
    private final Messages messages;
    private final Outbox outbox;

    AttendanceBoards(LiveMessages live, AttendanceService attendance, MeetingService meetings,
            PersonService people, MeetingTexts texts, VoteService votes, Messages messages, Outbox outbox) {
        this.votes = votes;
        this.live = live;
        this.attendance = attendance;
        this.meetings = meetings;
        this.people = people;
        this.texts = texts;
        this.messages = messages;
        this.outbox = outbox;
    }

    /** Sends a fresh list to the chat; later edits go to this newest one. */
    void show(long chatId, Language language, Meeting meeting) {
        outbox.send(chatId, text(language, meeting), keyboard(language, meeting),
                live.remember(LiveMessage.Kind.BOARD, meeting.getId(), chatId));
    }

    /** Edits every live list of the meeting to what is known now. */
    void refresh(long meetingId) {
        Meeting meeting = meetings.meeting(meetingId).orElseThrow();
        for (LiveMessage board : live.find(meetingId, LiveMessage.Kind.BOARD)) {
            Language language = people.findPerson(board.chatId()).map(Person::getLanguage).orElse(Language.RU);
            outbox.editByRef(board.chatId(), board.refKey(), text(language, meeting),
                    meeting.getStatus() == MeetingStatus.CLOSED ? null : keyboard(language, meeting));
        }
    }

    /** The quorum against the roll, and while a vote is open, that marks made now do not change it. */
    private String text(Language language, Meeting meeting) {
        String quorum = texts.quorum(language, attendance.quorum(meeting.getId()));
        String label = texts.label(language, meeting);
        if (meeting.getStatus() == MeetingStatus.CLOSED) {
            return messages.text(language, "attendance.board.closed", "meeting", label, "quorum", quorum);
        }
        String vote = votes.votesOf(meeting.getId()).stream().filter(v -> v.getStatus() == VoteStatus.OPEN)
                .reduce((first, last) -> last)
                .map(v -> messages.text(language, "attendance.board.vote", "voters", v.getElectorate()))
                .orElse("");
        return messages.text(language, "attendance.board", "meeting", label, "quorum", quorum, "vote", vote);
    }

    /**
     * A toggle per member and guest of the association now. Members of the roll come first; guests and members
     * who joined after the roll was fixed are invited persons, marked so.
     */
    private Keyboard keyboard(Language language, Meeting meeting) {
        Set<Long> present = attendance.presentIds(meeting.getId());
        Set<Long> roll = new HashSet<>(attendance.roll(meeting.getId()));
        List<Membership> people = meetings.participants(meeting.getId()).values().stream()
                .sorted(Comparator.comparing(m -> !roll.contains(m.getId()))).toList();
        List<Button> buttons = new ArrayList<>();
        for (Membership m : people) {
            boolean invited = m.getRole() == Role.GUEST || !roll.contains(m.getId());
            String name = m.getPerson().getFullName()
                    + (invited ? " " + messages.text(language, "attendance.guest") : "");
            buttons.add(Button.callback((present.contains(m.getId()) ? "✅ " : "▫️ ") + name,
                    ButtonHandler.data(AttendanceButtons.PREFIX, meeting.getId(), m.getId())));
        }
        return Keyboard.column(buttons);
    }
}
