package ru.mumo.telegram.internal.meetings;

import org.springframework.stereotype.Component;

import ru.mumo.meetings.MeetingException;
import ru.mumo.telegram.internal.Refusals;

/** The answers to the meeting rules' refusals: {@code refused.meeting.<reason>}. */
@Component
class MeetingRefusals extends Refusals<MeetingException> {

    MeetingRefusals() {
        super(MeetingException.class, MeetingException::reason, "refused.meeting.");
    }
}
