package ru.mumo.documents.internal.report;

import java.util.List;

import org.springframework.stereotype.Component;

import ru.mumo.meetings.Meeting;

/** Each agenda question of a held meeting, with its decision and votes left for the secretary to fill in. */
@Component
class AgendaDecisions implements Decisions {

    @Override
    public List<Decision> of(Meeting meeting) {
        return meeting.getAgenda().stream().map(q -> new Decision(q, null, null, null, null)).toList();
    }
}
