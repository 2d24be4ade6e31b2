package ru.mumo.documents.internal.report;

import java.util.List;

import ru.mumo.meetings.Meeting;

/** What the report needs to know about the decisions of a meeting: a small query over the votes and minutes. */
public interface Decisions {

    List<Decision> of(Meeting meeting);
}
