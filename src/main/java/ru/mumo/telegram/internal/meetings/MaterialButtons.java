package ru.mumo.telegram.internal.meetings;

import org.springframework.stereotype.Component;

import ru.mumo.meetings.Meeting;
import ru.mumo.telegram.internal.Access;
import ru.mumo.telegram.internal.ButtonData;
import ru.mumo.telegram.internal.ButtonHandler;
import ru.mumo.telegram.internal.Request;

/**
 * "📎 Материалы" ({@code mat:<meeting>}) under an announcement or a reminder: sends the meeting's materials, as they
 * are now, to the member or guest who pressed it. Acts in the meeting's association.
 */
@Component
class MaterialButtons implements ButtonHandler {

    static final String PREFIX = "mat";

    private final MeetingAccess access;
    private final MaterialMessages materials;

    MaterialButtons(MeetingAccess access, MaterialMessages materials) {
        this.access = access;
        this.materials = materials;
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
        Meeting meeting = access.meeting(data.id(0));
        access.membershipFor(request.caller(), meeting);
        int sent = materials.send(request.chatId(), request.language(), meeting);
        if (sent == 0) {
            request.alert("material.none");
        } else {
            request.answer("material.sending", "count", sent);
        }
    }
}
