package ru.mumo.telegram.internal.announcements;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AnnouncementRecipients extends JpaRepository<AnnouncementRecipient, Long> {

    @Query("select r from AnnouncementRecipient r where r.announcementId = ?1 order by r.fullName, r.id")
    List<AnnouncementRecipient> findByAnnouncement(long announcementId);

    @Query("select r from AnnouncementRecipient r where r.announcementId = ?1 and r.membershipId = ?2")
    Optional<AnnouncementRecipient> find(long announcementId, long membershipId);

    /** An erased person's name leaves the reports too (152-FZ). */
    @Modifying(flushAutomatically = true)
    @Query(value = "update announcement_recipient set full_name = ?2 "
            + "where membership_id in (select id from membership where person_id = ?1)", nativeQuery = true)
    int anonymise(long personId, String placeholder);

    /** A recipient withdrew consent: the row keeps the delivery's outcome, not the chat. */
    @Modifying(flushAutomatically = true)
    @Query(value = "update announcement_recipient set chat_id = null where chat_id = ?1", nativeQuery = true)
    int forgetChat(long chatId);
}
