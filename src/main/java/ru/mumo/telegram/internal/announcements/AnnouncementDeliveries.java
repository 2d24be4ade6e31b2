package ru.mumo.telegram.internal.announcements;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import ru.mumo.membership.Association;
import ru.mumo.membership.AssociationService;
import ru.mumo.membership.Person;
import ru.mumo.membership.PersonErased;
import ru.mumo.membership.PersonService;
import ru.mumo.shared.Language;
import ru.mumo.shared.Messages;
import ru.mumo.telegram.internal.ChatForgotten;
import ru.mumo.telegram.internal.announcements.AnnouncementRecipient.Status;
import ru.mumo.telegram.internal.outbox.DeliveryWatcher;
import ru.mumo.telegram.internal.outbox.Outbox;
import ru.mumo.telegram.internal.outbox.OutboxMessage;
import ru.mumo.telegram.internal.outbox.OutboxMessages;

/**
 * The sender's delivery report of an announcement, edited in place: "delivered 28 of 30", and who could not be
 * reached and why (blocked the bot, never opened it), so that the secretary can tell them another way. The outbox
 * reports each recipient's message as it is delivered or given up; every instance may, so the announcement row is
 * locked while the report is redrawn, and a report edit still waiting takes the newer text instead of queueing
 * behind it. A report cut short by a restart (a message delivered, its word lost) is put right from the outbox's
 * rows when the bot starts.
 */
@Component
class AnnouncementDeliveries implements DeliveryWatcher {

    static final String PREFIX = "ann:";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final Announcements announcements;
    private final AnnouncementRecipients recipients;
    private final OutboxMessages outboxRows;
    private final Outbox outbox;
    private final PersonService people;
    private final AssociationService associations;
    private final Messages messages;
    private final TransactionTemplate tx;
    private final Clock clock;

    AnnouncementDeliveries(Announcements announcements, AnnouncementRecipients recipients, OutboxMessages outboxRows,
            Outbox outbox, PersonService people, AssociationService associations, Messages messages,
            TransactionTemplate tx, Clock clock) {
        this.associations = associations;
        this.announcements = announcements;
        this.recipients = recipients;
        this.outboxRows = outboxRows;
        this.outbox = outbox;
        this.people = people;
        this.messages = messages;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public boolean watches(String refKey) {
        return refKey.startsWith(PREFIX);
    }

    @Override
    public void finished(String refKey, boolean delivered, String error) {
        String[] parts = refKey.substring(PREFIX.length()).split(":");
        long announcementId = Long.parseLong(parts[0]);
        long membershipId = Long.parseLong(parts[1]);
        tx.executeWithoutResult(status -> announcements.lock(announcementId).ifPresent(announcement -> {
            boolean changed = recipients.find(announcementId, membershipId)
                    .map(r -> r.finish(delivered, error)).orElse(false);
            if (changed) {
                refresh(announcement);
            }
        }));
    }

    /** After a restart: what the outbox did while nobody listened goes into the reports still open. */
    @EventListener(ApplicationReadyEvent.class)
    void reconcile() {
        for (Long id : tx.execute(status -> announcements.unfinished())) {
            tx.executeWithoutResult(status -> announcements.lock(id).ifPresent(announcement -> {
                for (AnnouncementRecipient r : recipients.findByAnnouncement(id)) {
                    if (r.getStatus() == Status.PENDING) {
                        outboxRows.findLatestByRef(announcement.recipientRef(r.getMembershipId()))
                                .filter(row -> row.getStatus() != OutboxMessage.Status.PENDING)
                                .ifPresent(row -> r.finish(row.getStatus() == OutboxMessage.Status.SENT,
                                        row.getLastError()));
                    }
                }
                refresh(announcement);
            }));
        }
    }

    /** Sends the first report; later ones edit it. */
    void start(Announcement announcement) {
        String report = report(announcement);
        announcement.show(report);
        if (announcement.getSenderChatId() == 0) {
            finishIfDone(announcement);
            return;
        }
        outbox.send(announcement.getSenderChatId(), report, null, announcement.reportRef());
        finishIfDone(announcement);
    }

    /** Redraws the report with the announcement row locked. */
    void refresh(Announcement announcement) {
        String report = report(announcement);
        finishIfDone(announcement);
        if (!announcement.show(report) || announcement.getSenderChatId() == 0) {
            return;
        }
        // An edit still waiting takes the newer report instead (Outbox.editByRef): one edit per chat interval.
        outbox.editByRef(announcement.getSenderChatId(), announcement.reportRef(), report, null);
    }

    @EventListener
    void on(PersonErased erased) {
        recipients.anonymise(erased.personId(), erased.placeholder());
    }

    /** What the announcements kept under the chat of someone who withdrew consent: the chat id, as sender or reader. */
    @EventListener
    void on(ChatForgotten forgotten) {
        recipients.forgetChat(forgotten.chatId());
        announcements.forgetSender(forgotten.chatId());
    }

    private void finishIfDone(Announcement announcement) {
        if (recipients.findByAnnouncement(announcement.getId()).stream()
                .noneMatch(r -> r.getStatus() == Status.PENDING)) {
            announcement.finish(clock.instant());
        }
    }

    /** "📣 Announcement of 12.03.2026 14:05: delivered 28 of 30" and the names of those it did not reach, with why. */
    private String report(Announcement announcement) {
        Language language = people.findPerson(announcement.getSenderChatId()).map(Person::getLanguage)
                .orElse(Language.RU);
        List<AnnouncementRecipient> all = recipients.findByAnnouncement(announcement.getId());
        long delivered = all.stream().filter(r -> r.getStatus() == Status.DELIVERED).count();
        long pending = all.stream().filter(r -> r.getStatus() == Status.PENDING).count();
        List<AnnouncementRecipient> missed = all.stream()
                .filter(r -> r.getStatus() != Status.DELIVERED && r.getStatus() != Status.PENDING).toList();
        StringBuilder text = new StringBuilder(messages.text(language, "announce.report",
                "when", WHEN.format(announcement.getCreatedAt().atZone(zone(announcement))),
                "delivered", delivered, "total", all.size(), "pending", pending,
                "files", announcement.getFiles()));
        if (!missed.isEmpty()) {
            text.append("\n\n").append(messages.text(language, "announce.report.missed", "count", missed.size()));
            for (AnnouncementRecipient r : missed) {
                text.append("\n• ").append(r.getFullName()).append(" — ")
                        .append(messages.text(language, "announce.report.reason." + r.getStatus().name()));
            }
            if (pending == 0) {
                text.append("\n\n").append(messages.text(language, "announce.report.tell.them"));
            }
        }
        return text.toString();
    }

    private ZoneId zone(Announcement announcement) {
        return associations.association(announcement.getAssociationId()).map(Association::getTimeZone)
                .orElse(ZoneOffset.UTC);
    }
}
