package ru.mumo.telegram.internal.dialog;

import java.time.Instant;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface DialogStates extends JpaRepository<DialogState, Long> {

    @Modifying
    @Query("delete from DialogState d where d.dialog = ?1 and d.updatedAt < ?2")
    int deleteStale(String dialog, Instant before);
}
