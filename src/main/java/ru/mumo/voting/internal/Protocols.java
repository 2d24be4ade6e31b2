package ru.mumo.voting.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import ru.mumo.voting.Protocol;

public interface Protocols extends JpaRepository<Protocol, Long> {
}
