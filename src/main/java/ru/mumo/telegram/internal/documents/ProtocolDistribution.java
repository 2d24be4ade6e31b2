package ru.mumo.telegram.internal.documents;

import java.util.EnumMap;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import ru.mumo.documents.ProtocolDocument;
import ru.mumo.documents.ProtocolFile;
import ru.mumo.meetings.Meeting;
import ru.mumo.meetings.MeetingService;
import ru.mumo.membership.Membership;
import ru.mumo.membership.MembershipService;
import ru.mumo.shared.Language;
import ru.mumo.shared.Messages;
import ru.mumo.telegram.internal.meetings.MeetingTexts;
import ru.mumo.telegram.internal.outbox.Outbox;
import ru.mumo.voting.ProtocolFinalised;
import ru.mumo.voting.ProtocolService;

/**
 * Once a protocol is marked final, every member of the association gets it (the results are open to the members,
 * T 1.3): the .docx, the same file for all, and the decisions in a message in their language. The officer who
 * approved it gets the file where they pressed the button. Guests are not members and get none. Written in the
 * transaction that finalised it, so it goes exactly once.
 */
@Component
class ProtocolDistribution {

    private final MeetingService meetings;
    private final MembershipService membership;
    private final ProtocolService protocols;
    private final ProtocolDocument documents;
    private final MeetingTexts meetingTexts;
    private final Messages messages;
    private final Outbox outbox;

    ProtocolDistribution(MeetingService meetings, MembershipService membership, ProtocolService protocols,
            ProtocolDocument documents, MeetingTexts meetingTexts, Messages messages, Outbox outbox) {
        this.meetings = meetings;
        this.membership = membership;
        this.protocols = protocols;
        this.documents = documents;
        this.meetingTexts = meetingTexts;
        this.messages = messages;
        this.outbox = outbox;
    }

    @EventListener
    void on(ProtocolFinalised event) {
        Meeting meeting = meetings.meeting(event.meetingId()).orElseThrow();
        Long approvedBy = protocols.protocol(meeting.getId()).orElseThrow().getFinalizedByMembershipId();
        ProtocolFile file = documents.protocol(meeting, Language.RU);
        Map<Language, String> decisions = new EnumMap<>(Language.class);
        for (Membership m : membership.members(meeting.getAssociationId())) {
            if (!m.getRole().countsAsMember() || m.getId().equals(approvedBy)) {
                continue;
            }
            Language language = m.getPerson().getLanguage();
            long chat = m.getPerson().getTelegramUserId();
            outbox.document(chat, file.fileName(), file.content(), messages.text(language, "protocol.members.caption",
                    "meeting", meetingTexts.label(language, meeting)));
            outbox.send(chat, decisions.computeIfAbsent(language, l -> documents.decisions(meeting, l)), null);
        }
    }
}
