package ru.mumo.telegram.internal.meetings;

import java.util.Optional;

import org.springframework.stereotype.Component;

import ru.mumo.meetings.MeetingException;
import ru.mumo.telegram.internal.Refusals;

/** The answers to the meeting rules' refusals: {@code refused.meeting.<reason>}. */
@Component
class MeetingRefusals implements Refusals {

    @Override
    public Optional<String> key(RuntimeException refusal) {
        return refusal instanceof MeetingException e
                ? Optional.of("refused.meeting." + Refusals.words(e.reason())) : Optional.empty();
    }
}
