package ru.mumo.telegram.internal.meetings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.stereotype.Component;

import ru.mumo.meetings.AttendanceService;
import ru.mumo.meetings.FollowUp;
import ru.mumo.meetings.FollowUpService;
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
 * The officers' live attendance list: one message per officer's chat with the quorum against the roll (an event's
 * list counts who is there), who said "I'll come" but is not marked yet with a button to remind exactly them, and
 * a toggle button per person; edited in place whenever someone is marked, and left without buttons once the
 * meeting is closed.
 */
@Component
class AttendanceBoards {

    private final LiveMessages live;
    private final AttendanceService attendance;
    private final MeetingService meetings;
    private final PersonService people;
    private final MeetingTexts texts;
    private final VoteService votes;
    private final FollowUpService followUps;
    private final FollowUpTexts followUpTexts;
    private final Messages messages;
    private final Outbox outbox;

    AttendanceBoards(LiveMessages live, AttendanceService attendance, MeetingService meetings,
            PersonService people, MeetingTexts texts, VoteService votes, FollowUpService followUps,
            FollowUpTexts followUpTexts, Messages messages, Outbox outbox) {
        this.votes = votes;
        this.followUps = followUps;
        this.followUpTexts = followUpTexts;
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

    /**
     * The quorum against the roll (for an event, how many are here), while a vote is open that marks made now do
     * not change it, and who said "I'll come" and is not marked yet.
     */
    private String text(Language language, Meeting meeting) {
        String quorum = presence(language, meeting);
        String label = texts.label(language, meeting);
        if (meeting.getStatus() == MeetingStatus.CLOSED) {
            return messages.text(language, MeetingTexts.key(meeting, "attendance.board.closed"), "meeting", label,
                    "quorum", quorum);
        }
        String vote = votes.votesOf(meeting.getId()).stream().filter(v -> v.getStatus() == VoteStatus.OPEN)
                .reduce((first, last) -> last)
                .map(v -> messages.text(language, "attendance.board.vote", "voters", v.getElectorate()))
                .orElse("");
        String text = messages.text(language, MeetingTexts.key(meeting, "attendance.board"), "meeting", label,
                "quorum", quorum, "vote", vote);
        List<Long> promised = attendance.promisedButAbsent(meeting.getId());
        if (!promised.isEmpty()) {
            Map<Long, Membership> people = meetings.participants(meeting.getId());
            text += "\n\n" + messages.text(language, "attendance.board.promised", "count", promised.size())
                    + FollowUpTexts.names(promised.stream().map(people::get).filter(Objects::nonNull).toList());
        }
        return text + followUpTexts.lastLine(language, followUps.last(FollowUp.Kind.CHECK_IN, meeting.getId()),
                meeting.getTimeZone());
    }

    private String presence(Language language, Meeting meeting) {
        if (meeting.isMeeting()) {
            return texts.quorum(language, attendance.quorum(meeting.getId()));
        }
        return texts.eventPresence(language, meeting.frozenQuorum() != null ? meeting.frozenQuorum().present()
                : attendance.presentIds(meeting.getId()).size());
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
        int promised = attendance.promisedButAbsent(meeting.getId()).size();
        if (promised > 0) {
            buttons.add(followUpTexts.button(language, "followup.checkin.button", promised, FollowUpButtons.PREFIX,
                    FollowUpButtons.CHECK_IN, meeting.getId()));
        }
        for (Membership m : people) {
            boolean invited = m.getRole() == Role.GUEST || !roll.contains(m.getId());
            String name = m.getPerson().getFullName()
                    + (invited ? " " + messages.text(language, MeetingTexts.key(meeting, "attendance.guest")) : "");
            buttons.add(Button.callback((present.contains(m.getId()) ? "✅ " : "▫️ ") + name,
                    ButtonHandler.data(AttendanceButtons.PREFIX, meeting.getId(), m.getId())));
        }
        return Keyboard.column(buttons);
    }
}
