package ru.mumo.telegram.internal.meetings;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import ru.mumo.telegram.internal.ChatForgotten;

/** A forgotten chat keeps no attendance list or check-in button to edit later: the rows naming it go. */
@Component
class ForgottenLiveMessages {

    private final LiveMessages live;

    ForgottenLiveMessages(LiveMessages live) {
        this.live = live;
    }

    @EventListener
    void on(ChatForgotten event) {
        live.deleteByChat(event.chatId());
    }
}
