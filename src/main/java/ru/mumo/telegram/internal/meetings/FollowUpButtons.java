package ru.mumo.telegram.internal.meetings;

import org.springframework.stereotype.Component;

import ru.mumo.meetings.FollowUpResult;
import ru.mumo.meetings.FollowUpService;
import ru.mumo.meetings.Meeting;
import ru.mumo.membership.Membership;
import ru.mumo.telegram.internal.Access;
import ru.mumo.telegram.internal.ButtonData;
import ru.mumo.telegram.internal.ButtonHandler;
import ru.mumo.telegram.internal.Request;

/**
 * An officer's follow-up by the roster: {@code fupm:a:<meeting>} under the forecast reminds the members who have
 * not answered the announcement, {@code fupm:c:<meeting>} under the attendance list reminds those who said
 * "I'll come" and are not marked present. Only they get it, naming who asked; one of a kind per ten minutes a
 * meeting. Acts in the meeting's association.
 */
@Component
class FollowUpButtons implements ButtonHandler {

    static final String PREFIX = "fupm";
    static final String ANSWER = "a";
    static final String CHECK_IN = "c";

    private final FollowUpService followUps;
    private final MeetingAccess access;
    private final FollowUpTexts texts;

    FollowUpButtons(FollowUpService followUps, MeetingAccess access, FollowUpTexts texts) {
        this.followUps = followUps;
        this.access = access;
        this.texts = texts;
    }

    @Override
    public String prefix() {
        return PREFIX;
    }

    @Override
    public Access access() {
        return Access.REGISTERED;
    }

    @Override
    public void press(Request request, ButtonData data) {
        Meeting meeting = access.meeting(data.id(1));
        Membership officer = access.membershipFor(request.caller(), meeting);
        switch (data.word(0)) {
            case ANSWER -> answer(request, followUps.remindUnanswered(officer, meeting.getId()),
                    "followup.answer.nobody", meeting);
            case CHECK_IN -> answer(request, followUps.remindPromised(officer, meeting.getId()),
                    "followup.checkin.nobody", meeting);
            default -> request.answer("button.inactive");
        }
    }

    private void answer(Request request, FollowUpResult result, String nobodyKey, Meeting meeting) {
        texts.answer(request, result, nobodyKey, meeting.getTimeZone());
    }
}
