package ru.mumo.documents.internal.report;

import java.util.List;

import ru.mumo.meetings.Meeting;

/**
 * The seam to the votes: what the report needs to know about the decisions of a meeting. Until the voting module
 * publishes its decisions, {@link AgendaDecisions} answers from the agenda alone; replacing that bean with one
 * backed by the votes fills the report's vote columns without touching the report.
 */
public interface Decisions {

    List<Decision> of(Meeting meeting);
}
