package ru.mumo.membership.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

import ru.mumo.membership.Person;

public interface Persons extends JpaRepository<Person, Long> {

    Optional<Person> findByTelegramUserId(long telegramUserId);
}
