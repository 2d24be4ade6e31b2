package ru.mumo.telegram.internal.dialog;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DialogStates extends JpaRepository<DialogState, Long> {
}
