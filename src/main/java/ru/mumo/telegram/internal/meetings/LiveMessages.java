package ru.mumo.telegram.internal.meetings;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface LiveMessages extends JpaRepository<LiveMessage, String> {

    @Query("select m from LiveMessage m where m.meetingId = ?1 and m.kind = ?2")
    List<LiveMessage> find(long meetingId, LiveMessage.Kind kind);

    @Modifying
    @Query("delete from LiveMessage m where m.chatId = ?1")
    int deleteByChat(long chatId);

    /** Remembers that a message of this kind went to the chat; sending it again keeps one row. */
    default String remember(LiveMessage.Kind kind, long meetingId, long chatId) {
        String refKey = LiveMessage.refKey(kind, meetingId, chatId);
        if (!existsById(refKey)) {
            save(new LiveMessage(kind, meetingId, chatId));
        }
        return refKey;
    }
}
