package ru.mumo.documents.internal.report;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import ru.mumo.meetings.Meeting;
import ru.mumo.voting.AgendaMinutes;
import ru.mumo.voting.MinutesService;
import ru.mumo.voting.Vote;
import ru.mumo.voting.VoteService;
import ru.mumo.voting.VoteStatus;

/**
 * Each agenda question of a held meeting with the decision written down for it and the last closed vote on it,
 * then the votes taken on questions outside the agenda, as the protocol lists them.
 */
@Component
class VotedDecisions implements Decisions {

    private final VoteService votes;
    private final MinutesService minutes;

    VotedDecisions(VoteService votes, MinutesService minutes) {
        this.votes = votes;
        this.minutes = minutes;
    }

    @Override
    public List<Decision> of(Meeting meeting) {
        List<Vote> closed = votes.votesOf(meeting.getId()).stream()
                .filter(v -> v.getStatus() == VoteStatus.CLOSED).toList();
        List<AgendaMinutes> written = minutes.minutesOf(meeting.getId());
        List<Decision> decisions = new ArrayList<>();
        List<String> agenda = meeting.getAgenda();
        for (int i = 0; i < agenda.size(); i++) {
            Integer position = i;
            String decided = written.stream().filter(m -> m.getPosition() == position)
                    .map(AgendaMinutes::getDecided).filter(d -> d != null).findFirst().orElse(null);
            Vote vote = closed.stream().filter(v -> position.equals(v.getAgendaPosition()))
                    .reduce((first, second) -> second).orElse(null);
            decisions.add(new Decision(agenda.get(i), decided, vote == null ? null : vote.result()));
        }
        closed.stream().filter(v -> v.getAgendaPosition() == null)
                .forEach(v -> decisions.add(new Decision(v.getQuestion(), null, v.result())));
        return decisions;
    }
}
