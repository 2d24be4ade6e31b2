package ru.mumo.telegram.internal.meetings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import ru.mumo.meetings.AttendanceService;
import ru.mumo.meetings.FollowUp;
import ru.mumo.meetings.FollowUpService;
import ru.mumo.meetings.Meeting;
import ru.mumo.meetings.MeetingService;
import ru.mumo.meetings.MeetingStatus;
import ru.mumo.meetings.Quorum;
import ru.mumo.membership.Membership;
import ru.mumo.membership.Person;
import ru.mumo.membership.PersonService;
import ru.mumo.membership.Role;
import ru.mumo.shared.Language;
import ru.mumo.shared.Messages;
import ru.mumo.telegram.internal.ButtonHandler;
import ru.mumo.telegram.internal.Pages;
import ru.mumo.telegram.internal.Request;
import ru.mumo.telegram.internal.outbox.Button;
import ru.mumo.telegram.internal.outbox.Keyboard;
import ru.mumo.telegram.internal.outbox.Outbox;
import ru.mumo.voting.VoteService;
import ru.mumo.voting.VoteStatus;

/**
 * The officers' live attendance list: one message per officer's chat with the quorum against the roll (an event's
 * list counts who is there), who said "I'll come" but is not marked yet with a button to remind exactly them, and
 * a toggle button per person, a page of them at a time; edited in place whenever someone is marked (each officer's
 * list on the page they turned to), and left without buttons once the meeting is closed. The figures are read once
 * per change, however many officers hold a list.
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

    /** Sends a fresh list, on its first page, to the chat; later edits go to this newest one. */
    void show(long chatId, Language language, Meeting meeting) {
        Board board = board(meeting);
        outbox.send(chatId, board.text(language, 0), board.keyboard(language, 0),
                live.remember(LiveMessage.Kind.BOARD, meeting.getId(), chatId));
    }

    /** Turns the pressed list to another page, which the chat's list keeps when it is edited for new marks. */
    void turn(Request request, Meeting meeting, int page) {
        Board board = board(meeting);
        int shown = Pages.clamp(page, board.people.size());
        live.findById(LiveMessage.refKey(LiveMessage.Kind.BOARD, meeting.getId(), request.chatId()))
                .ifPresent(m -> m.turnTo(shown));
        request.editOrigin(board.text(request.language(), shown),
                board.closed() ? null : board.keyboard(request.language(), shown));
    }

    /** Edits every live list of the meeting to what is known now. */
    void refresh(long meetingId) {
        List<LiveMessage> lists = live.find(meetingId, LiveMessage.Kind.BOARD);
        if (lists.isEmpty()) {
            return;
        }
        Board board = board(meetings.meeting(meetingId).orElseThrow());
        for (LiveMessage list : lists) {
            Language language = people.findPerson(list.chatId()).map(Person::getLanguage).orElse(Language.RU);
            outbox.editByRef(list.chatId(), list.refKey(), board.text(language, list.page()),
                    board.closed() ? null : board.keyboard(language, list.page()));
        }
    }

    private Board board(Meeting meeting) {
        Quorum quorum = meeting.isMeeting() ? attendance.quorum(meeting.getId()) : null;
        if (meeting.getStatus() == MeetingStatus.CLOSED) {
            int eventPresent = meeting.frozenQuorum() != null ? meeting.frozenQuorum().present()
                    : attendance.presentIds(meeting.getId()).size();
            return new Board(meeting, quorum, eventPresent, Set.of(), Set.of(), List.of(), List.of(), null,
                    Optional.empty());
        }
        Set<Long> present = attendance.presentIds(meeting.getId());
        Set<Long> roll = new HashSet<>(attendance.roll(meeting.getId()));
        Map<Long, Membership> participants = meetings.participants(meeting.getId());
        List<Membership> everyone = participants.values().stream()
                .sorted(Comparator.comparing(m -> !roll.contains(m.getId()))).toList();
        List<Membership> promised = attendance.promisedButAbsent(meeting.getId(), present, participants.values())
                .stream().map(participants::get).filter(Objects::nonNull).toList();
        Integer voters = votes.votesOf(meeting.getId()).stream().filter(v -> v.getStatus() == VoteStatus.OPEN)
                .reduce((first, last) -> last).map(v -> v.getElectorate()).orElse(null);
        return new Board(meeting, quorum, present.size(), present, roll, everyone, promised, voters,
                followUps.last(FollowUp.Kind.CHECK_IN, meeting.getId()));
    }

    /** What the lists show, read once for all of them. */
    private final class Board {

        private final Meeting meeting;
        private final Quorum quorum;
        private final int eventPresent;
        private final Set<Long> present;
        private final Set<Long> roll;
        private final List<Membership> people;
        private final List<Membership> promised;
        private final Integer voters;
        private final Optional<FollowUp> lastFollowUp;

        Board(Meeting meeting, Quorum quorum, int eventPresent, Set<Long> present, Set<Long> roll,
                List<Membership> people, List<Membership> promised, Integer voters, Optional<FollowUp> lastFollowUp) {
            this.meeting = meeting;
            this.quorum = quorum;
            this.eventPresent = eventPresent;
            this.present = present;
            this.roll = roll;
            this.people = people;
            this.promised = promised;
            this.voters = voters;
            this.lastFollowUp = lastFollowUp;
        }

        boolean closed() {
            return meeting.getStatus() == MeetingStatus.CLOSED;
        }

        /**
         * The quorum against the roll (for an event, how many are here), while a vote is open that marks made now
         * do not change it, and who said "I'll come" and is not marked yet.
         */
        String text(Language language, int page) {
            String presence = quorum != null ? texts.quorum(language, quorum)
                    : texts.eventPresence(language, eventPresent);
            String label = texts.label(language, meeting);
            if (closed()) {
                return messages.text(language, MeetingTexts.key(meeting, "attendance.board.closed"), "meeting", label,
                        "quorum", presence);
            }
            String vote = voters == null ? "" : messages.text(language, "attendance.board.vote", "voters", voters);
            String text = messages.text(language, MeetingTexts.key(meeting, "attendance.board"), "meeting", label,
                    "quorum", presence, "vote", vote);
            if (!promised.isEmpty()) {
                text += "\n\n" + messages.text(language, "attendance.board.promised", "count", promised.size())
                        + FollowUpTexts.names(promised);
            }
            return text + followUpTexts.lastLine(language, lastFollowUp, meeting.getTimeZone())
                    + Pages.label(messages, language, page, people.size());
        }

        /**
         * A toggle per member and guest of the association now, a page of them. Members of the roll come first;
         * guests and members who joined after the roll was fixed are invited persons, marked so.
         */
        Keyboard keyboard(Language language, int page) {
            List<Button> buttons = new ArrayList<>();
            if (!promised.isEmpty()) {
                buttons.add(followUpTexts.button(language, "followup.checkin.button", promised.size(),
                        FollowUpButtons.PREFIX, FollowUpButtons.CHECK_IN, meeting.getId()));
            }
            for (Membership m : Pages.slice(people, page)) {
                boolean invited = m.getRole() == Role.GUEST || !roll.contains(m.getId());
                String name = m.getPerson().getFullName() + (invited
                        ? " " + messages.text(language, MeetingTexts.key(meeting, "attendance.guest")) : "");
                buttons.add(Button.callback((present.contains(m.getId()) ? "✅ " : "▫️ ") + name,
                        ButtonHandler.data(AttendanceButtons.PREFIX, meeting.getId(), m.getId())));
            }
            Keyboard keyboard = Keyboard.column(buttons);
            List<Button> navigation = Pages.navigation(messages, language, page, people.size(),
                    p -> ButtonHandler.data(AttendanceButtons.PREFIX, meeting.getId(), "page", p));
            return navigation.isEmpty() ? keyboard : keyboard.withRow(navigation);
        }
    }
}
