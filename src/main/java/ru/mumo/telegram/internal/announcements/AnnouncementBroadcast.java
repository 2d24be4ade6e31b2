package ru.mumo.telegram.internal.announcements;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Component;

import ru.mumo.membership.Membership;
import ru.mumo.membership.MembershipService;
import ru.mumo.shared.Language;
import ru.mumo.shared.Messages;
import ru.mumo.telegram.internal.meetings.FollowUpTexts;
import ru.mumo.telegram.internal.outbox.Outbox;

/**
 * Sends an officer's announcement to every member, and to the invited persons if chosen, the sender apart: the
 * text naming who sends it, then each file by its file_id, all through the outbox with its limits, in the
 * transaction that confirms it. Each recipient is kept for the delivery report.
 */
@Component
class AnnouncementBroadcast {

    /** A file to send on: Telegram's file_id and the name the sender's phone showed. */
    record File(String fileId, String name) {
    }

    private final Announcements announcements;
    private final AnnouncementRecipients recipients;
    private final AnnouncementDeliveries deliveries;
    private final MembershipService membership;
    private final FollowUpTexts names;
    private final Messages messages;
    private final Outbox outbox;
    private final Clock clock;

    AnnouncementBroadcast(Announcements announcements, AnnouncementRecipients recipients,
            AnnouncementDeliveries deliveries, MembershipService membership, FollowUpTexts names, Messages messages,
            Outbox outbox, Clock clock) {
        this.announcements = announcements;
        this.recipients = recipients;
        this.deliveries = deliveries;
        this.membership = membership;
        this.names = names;
        this.messages = messages;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Who would get it: the members, and the guests too when {@code withGuests}; never the sender. */
    List<Membership> audience(Membership sender, boolean withGuests) {
        return membership.members(sender.getAssociation().getId()).stream()
                .filter(m -> withGuests || m.getRole().countsAsMember())
                .filter(m -> !m.getId().equals(sender.getId()))
                .toList();
    }

    /** Sends it; returns how many it is for. */
    int send(Membership sender, long senderChat, String text, List<File> files, boolean withGuests) {
        List<Membership> audience = audience(sender, withGuests);
        Announcement announcement = announcements.save(new Announcement(sender.getAssociation().getId(),
                sender.getId(), senderChat, text, files.size(), withGuests, clock.instant()));
        for (Membership m : audience) {
            Long chat = m.getPerson().getTelegramUserId();
            recipients.save(new AnnouncementRecipient(announcement.getId(), m.getId(), m.getPerson().getFullName(),
                    chat));
            if (chat == null) {
                continue;
            }
            Language language = m.getPerson().getLanguage();
            outbox.send(chat, message(language, sender, text), null, announcement.recipientRef(m.getId()));
            for (File file : files) {
                outbox.storedDocument(chat, file.fileId(), null, null);
            }
        }
        recipients.flush();
        deliveries.start(announcement);
        return audience.size();
    }

    /** "📣 МУМО учителей математики: объявление. От: Иванова А. П. (ответственный секретарь)" and the text. */
    String message(Language language, Membership sender, String text) {
        return messages.text(language, "announce.message", "association", sender.getAssociation().getName(),
                "sender", names.asker(language, sender.getId()), "text", text);
    }
}
