package ru.mumo.telegram.internal.announcements;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import ru.mumo.telegram.internal.announcements.AnnouncementRecipient.Status;

/** How Telegram's refusals read in an announcement's report: what the secretary needs to reach the person otherwise. */
class AnnouncementRecipientTests {

    @Test
    void telegramsRefusalsBecomeReasons() {
        assertThat(Status.of("403 Forbidden: bot was blocked by the user")).isEqualTo(Status.BLOCKED);
        assertThat(Status.of("unreachable")).as("a chat known to have blocked the bot").isEqualTo(Status.BLOCKED);
        assertThat(Status.of("403 Forbidden: bot can't initiate conversation with a user"))
                .isEqualTo(Status.NOT_STARTED);
        assertThat(Status.of("400 Bad Request: chat not found")).isEqualTo(Status.NOT_STARTED);
        assertThat(Status.of("403 Forbidden: user is deactivated")).isEqualTo(Status.DEACTIVATED);
        assertThat(Status.of("502 Bad Gateway")).isEqualTo(Status.FAILED);
    }

    @Test
    void aRecipientWithoutTelegramNeverStartedTheBotAndTheFirstWordOnADeliveryCounts() {
        assertThat(new AnnouncementRecipient(1, 2, "Без Телеграма", null).getStatus()).isEqualTo(Status.NOT_STARTED);
        AnnouncementRecipient recipient = new AnnouncementRecipient(1, 3, "Иванова Анна Петровна", 42L);
        assertThat(recipient.getStatus()).isEqualTo(Status.PENDING);
        assertThat(recipient.finish(true, null)).isTrue();
        assertThat(recipient.finish(false, "403 Forbidden: bot was blocked by the user")).isFalse();
        assertThat(recipient.getStatus()).isEqualTo(Status.DELIVERED);
    }
}
