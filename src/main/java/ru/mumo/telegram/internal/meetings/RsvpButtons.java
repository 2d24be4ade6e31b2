package ru.mumo.telegram.internal.meetings;

import org.springframework.stereotype.Component;

import ru.mumo.meetings.Meeting;
import ru.mumo.meetings.MeetingService;
import ru.mumo.meetings.RsvpAnswer;
import ru.mumo.membership.Membership;
import ru.mumo.telegram.internal.Access;
import ru.mumo.telegram.internal.ButtonData;
import ru.mumo.telegram.internal.ButtonHandler;
import ru.mumo.telegram.internal.Request;

/**
 * "I'll come" / "Can't come" under an announcement: {@code rsvp:<meeting>:c} or {@code rsvp:<meeting>:n}. The
 * buttons stay, so a member can change their mind until the meeting starts.
 */
@Component
class RsvpButtons implements ButtonHandler {

    static final String PREFIX = "rsvp";

    private final MeetingService meetings;
    private final MeetingAccess access;
    private final MeetingNotifications notifications;

    RsvpButtons(MeetingService meetings, MeetingAccess access, MeetingNotifications notifications) {
        this.meetings = meetings;
        this.access = access;
        this.notifications = notifications;
    }

    @Override
    public String prefix() {
        return PREFIX;
    }

    @Override
    public Access access() {
        return Access.MEMBER;
    }

    @Override
    public void press(Request request, ButtonData data) {
        if (data.size() != 2 || !(data.is(1, "c") || data.is(1, "n"))) {
            request.answer("button.inactive");
            return;
        }
        Meeting meeting = access.meeting(data.id(0));
        RsvpAnswer answer = data.is(1, "c") ? RsvpAnswer.COMING : RsvpAnswer.NOT_COMING;
        Membership member = access.membershipFor(request.caller(), meeting);
        meetings.answer(meeting.getId(), member, answer);
        request.editOrigin(notifications.announcement(request.language(), meeting, member.getAssociation().getName())
                + "\n\n"
                + request.text("meeting.rsvp.mark." + answer.name()), notifications.rsvpKeyboard(request.language(), meeting));
        request.answer("meeting.rsvp.saved." + answer.name());
    }
}
