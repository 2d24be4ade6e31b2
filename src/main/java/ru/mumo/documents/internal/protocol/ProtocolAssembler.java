package ru.mumo.documents.internal.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.springframework.stereotype.Component;

import ru.mumo.meetings.AttendanceService;
import ru.mumo.meetings.Meeting;
import ru.mumo.meetings.MeetingFormat;
import ru.mumo.meetings.MeetingService;
import ru.mumo.meetings.Quorum;
import ru.mumo.membership.Association;
import ru.mumo.membership.Membership;
import ru.mumo.membership.Role;
import ru.mumo.shared.Language;
import ru.mumo.shared.Messages;
import ru.mumo.voting.AgendaMinutes;
import ru.mumo.voting.MinutesService;
import ru.mumo.voting.Tally;
import ru.mumo.voting.Vote;
import ru.mumo.voting.VoteService;
import ru.mumo.voting.VoteStatus;

/** Gathers what a meeting's protocol says: attendance by role, the agenda, heard and decided with vote counts. */
@Component
public class ProtocolAssembler {

    private final MeetingService meetings;
    private final AttendanceService attendance;
    private final VoteService votes;
    private final MinutesService minutes;
    private final Messages messages;

    ProtocolAssembler(MeetingService meetings, AttendanceService attendance, VoteService votes, MinutesService minutes,
            Messages messages) {
        this.meetings = meetings;
        this.attendance = attendance;
        this.votes = votes;
        this.minutes = minutes;
        this.messages = messages;
    }

    public ProtocolContent content(Meeting meeting, Language language) {
        Map<Long, Membership> people = meetings.participants(meeting.getId());
        Set<Long> present = attendance.presentIds(meeting.getId());
        Quorum quorum = attendance.quorum(meeting.getId());
        Association association = people.values().iterator().next().getAssociation();
        List<Vote> closed = votes.votesOf(meeting.getId()).stream().filter(v -> v.getStatus() == VoteStatus.CLOSED)
                .toList();
        List<ProtocolContent.Item> items = new ArrayList<>();
        List<String> agenda = meeting.getAgenda();
        List<AgendaMinutes> written = minutes.minutesOf(meeting.getId());
        for (int i = 0; i < agenda.size(); i++) {
            int position = i;
            AgendaMinutes item = written.stream().filter(m -> m.getPosition() == position).findFirst().orElse(null);
            List<String> decided = new ArrayList<>();
            if (item != null && item.getDecided() != null) {
                decided.add(item.getDecided());
            }
            closed.stream().filter(v -> Integer.valueOf(position).equals(v.getAgendaPosition()))
                    .forEach(v -> decided.add(voteLine(language, v)));
            items.add(new ProtocolContent.Item(agenda.get(i), item == null ? null : item.getHeard(),
                    decided.isEmpty() ? null : String.join("\n", decided)));
        }
        List<String> others = closed.stream().filter(v -> v.getAgendaPosition() == null)
                .map(v -> messages.text(language, "protocol.other.vote", "question", v.getQuestion()) + " "
                        + voteLine(language, v))
                .toList();
        return new ProtocolContent(meeting.getNumber(), meeting.localDate(), association.getName(),
                association.getMunicipality(), place(language, meeting),
                messages.text(language, "protocol.attendance", "present", quorum.present(),
                        "members", quorum.members(), "quorate", quorum.quorate() ? "yes" : "no"),
                name(people, present, m -> m.getRole() == Role.CHAIR),
                name(people, present, m -> m.getRole() == Role.DEPUTY),
                name(people, present, m -> m.getRole() == Role.SECRETARY),
                names(people, present, Role.MEMBER), names(people, present, Role.GUEST), items, others,
                name(people, null, m -> m.getRole() == Role.CHAIR),
                name(people, null, m -> m.getRole() == Role.SECRETARY));
    }

    /** "Голосовали: за — 6, против — 2, воздержались — 1. Решение принято." */
    String voteLine(Language language, Vote vote) {
        Tally tally = vote.result();
        return messages.text(language, "protocol.vote.line", "for", tally.forVotes(), "against", tally.against(),
                "abstain", tally.abstain(), "secret", vote.isSecret() ? "yes" : "no",
                "outcome", tally.outcome().name(), "present", tally.present(), "members", tally.members());
    }

    private String place(Language language, Meeting meeting) {
        return meeting.getFormat() == MeetingFormat.ONLINE
                ? messages.text(language, "protocol.online")
                : messages.text(language, "protocol.place", "place", meeting.getLocation());
    }

    /** The name of the one person of a role, among those present unless {@code present} is null. */
    private static String name(Map<Long, Membership> people, Set<Long> present, Predicate<Membership> role) {
        return people.values().stream().filter(role)
                .filter(m -> present == null || present.contains(m.getId()))
                .map(m -> m.getPerson().getFullName()).findFirst().orElse(null);
    }

    private static List<String> names(Map<Long, Membership> people, Set<Long> present, Role role) {
        return people.values().stream().filter(m -> m.getRole() == role && present.contains(m.getId()))
                .map(m -> m.getPerson().getFullName()).sorted().toList();
    }
}
