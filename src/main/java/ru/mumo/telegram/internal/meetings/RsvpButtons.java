package ru.mumo.telegram.internal.meetings;

import org.springframework.stereotype.Component;

import ru.mumo.meetings.Meeting;
import ru.mumo.meetings.MeetingService;
import ru.mumo.meetings.RsvpAnswer;
import ru.mumo.membership.Membership;
import ru.mumo.telegram.internal.Access;
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
    public void press(Request request, String data) {
        String[] parts = data.split(":");
        if (parts.length != 2 || !(parts[1].equals("c") || parts[1].equals("n"))) {
            request.answer("button.inactive");
            return;
        }
        Meeting meeting = access.meeting(parts[0]);
        RsvpAnswer answer = parts[1].equals("c") ? RsvpAnswer.COMING : RsvpAnswer.NOT_COMING;
        Membership member = access.membershipFor(request.caller(), meeting);
        meetings.answer(meeting.getId(), member, answer);
        request.editOrigin(notifications.announcement(request.language(), meeting, member.getAssociation().getName())
                + "\n\n"
                + request.text("meeting.rsvp.mark." + answer.name()), notifications.rsvpKeyboard(request.language(), meeting));
        request.answer("meeting.rsvp.saved." + answer.name());
    }
}
