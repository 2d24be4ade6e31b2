package ru.mumo.documents.internal.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import ru.mumo.meetings.AttendanceService;
import ru.mumo.meetings.Meeting;
import ru.mumo.meetings.MeetingFormat;
import ru.mumo.meetings.Participant;
import ru.mumo.meetings.Quorum;
import ru.mumo.membership.AssociationService;
import ru.mumo.membership.Regulation;
import ru.mumo.membership.Role;
import ru.mumo.shared.Language;
import ru.mumo.shared.Messages;
import ru.mumo.voting.AgendaMinutes;
import ru.mumo.voting.MinutesService;
import ru.mumo.voting.Protocol;
import ru.mumo.voting.ProtocolService;
import ru.mumo.voting.Tally;
import ru.mumo.voting.Vote;
import ru.mumo.voting.VoteService;
import ru.mumo.voting.VoteStatus;

/**
 * Gathers what a closed meeting's protocol says from what was stored when it closed: the roll with each
 * person's name, role and presence then, the invited persons, who presided and who kept the minutes, the agenda,
 * the minutes and the votes with their four counts. Nothing is read from today's memberships, so a protocol
 * reads the same whenever it is fetched. Always in Russian: it is an official paper.
 */
@Component
public class ProtocolAssembler {

    private static final Language RU = Language.RU;

    private final AttendanceService attendance;
    private final VoteService votes;
    private final MinutesService minutes;
    private final AssociationService associations;
    private final ProtocolService protocols;
    private final Messages messages;

    ProtocolAssembler(AttendanceService attendance, VoteService votes, MinutesService minutes,
            AssociationService associations, ProtocolService protocols, Messages messages) {
        this.protocols = protocols;
        this.attendance = attendance;
        this.associations = associations;
        this.votes = votes;
        this.minutes = minutes;
        this.messages = messages;
    }

    public ProtocolContent content(Meeting meeting, Protocol protocol) {
        Optional<Regulation> regulation = associations.regulation(protocol.getRegulation());
        // A protocol closed before its regulation was recorded keeps the words it had: председатель, МУМО, no clause.
        String abbreviation = regulation.map(Regulation::abbreviation).orElse("МУМО");
        Object[] words = {"title", regulation.map(Regulation::titleWord).orElse("chair"), "abbreviation", abbreviation};
        String basis = regulation.flatMap(r -> r.duty("MEETING_PROTOCOL").map(d -> text("protocol.basis",
                "clause", d.clause(), "form", r.form("protocol").orElse("none")))).orElse(null);
        List<Participant> record = attendance.record(meeting.getId());
        List<Participant> roll = record.stream().filter(Participant::isOnRoll).toList();
        Quorum quorum = meeting.frozenQuorum();
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
                    .forEach(v -> decided.add(voteLine(v)));
            items.add(new ProtocolContent.Item(agenda.get(i), item == null ? null : item.getHeard(),
                    decided.isEmpty() ? null : String.join("\n", decided)));
        }
        List<String> others = closed.stream().filter(v -> v.getAgendaPosition() == null)
                .map(v -> text("protocol.other.vote", "question", v.getQuestion()) + " " + voteLine(v))
                .toList();
        List<ProtocolContent.Line> present = new ArrayList<>();
        for (Role role : List.of(Role.CHAIR, Role.DEPUTY, Role.SECRETARY, Role.MEMBER)) {
            String names = names(roll, p -> p.isPresent() && p.getRole() == role);
            if (names != null) {
                present.add(new ProtocolContent.Line(text("protocol.role." + role.name(), words), names));
            }
        }
        return new ProtocolContent(abbreviation, text("protocol.subtitle", words), basis, meeting.getNumber(),
                meeting.localDate(), !protocol.isFinal(), protocol.getAssociationName(), protocol.getMunicipality(),
                place(meeting), quorum,
                text("protocol.attendance", "present", quorum.present(), "members", quorum.members(),
                        "quorate", quorum.quorate() ? "yes" : "no", "abbreviation", abbreviation),
                present, names(roll, p -> !p.isPresent()),
                names(record, p -> !p.isOnRoll() && p.isPresent()), items, others,
                meeting.isHeld() ? null : text("protocol.no.quorum"), presiding(roll, words), secretary(roll),
                materials(meeting));
    }

    /** "Презентация.pdf — к вопросу 2", as the protocol lists them (frozen when it was marked final). */
    private List<String> materials(Meeting meeting) {
        return protocols.materials(meeting.getId()).stream()
                .map(m -> text("protocol.material", "name", m.getFileName(),
                        "item", m.getAgendaPosition() == null ? 0 : m.getAgendaPosition() + 1))
                .toList();
    }

    /** "Голосовали: «за» — 4, «против» — 1, «воздержались» — 1, не голосовали — 1 (из 7). Решение принято." */
    String voteLine(Vote vote) {
        Tally tally = vote.result();
        return text("protocol.vote.line", "for", tally.forVotes(), "against", tally.against(),
                "abstain", tally.abstain(), "notVoted", tally.notVoted(), "electorate", tally.electorate(),
                "secret", vote.isSecret() ? "yes" : "no", "outcome", tally.outcome().name(),
                "roll", tally.roll());
    }

    /** The chair, or the deputy who stood in (T 2.5); a blank line to fill in if neither was there. */
    private ProtocolContent.Line presiding(List<Participant> roll, Object[] words) {
        return roll.stream().filter(Participant::isPresided).findFirst()
                .map(p -> new ProtocolContent.Line(text("protocol.presiding." + p.getRole().name(), words),
                        p.getFullName()))
                .orElse(new ProtocolContent.Line(text("protocol.presiding.OTHER", words), null));
    }

    private ProtocolContent.Line secretary(List<Participant> roll) {
        return new ProtocolContent.Line(text("protocol.role.SECRETARY"), roll.stream()
                .filter(Participant::isKeptMinutes).map(Participant::getFullName).findFirst().orElse(null));
    }

    private String place(Meeting meeting) {
        return meeting.getFormat() == MeetingFormat.ONLINE ? text("protocol.online")
                : text("protocol.place", "place", meeting.getLocation());
    }

    private static String names(List<Participant> people, Predicate<Participant> which) {
        String names = people.stream().filter(which).map(Participant::getFullName).sorted()
                .collect(Collectors.joining(", "));
        return names.isEmpty() ? null : names;
    }

    private String text(String key, Object... arguments) {
        return messages.text(RU, key, arguments);
    }
}
