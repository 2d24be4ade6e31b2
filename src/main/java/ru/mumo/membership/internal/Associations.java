package ru.mumo.membership.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import ru.mumo.membership.Association;

public interface Associations extends JpaRepository<Association, Long> {
}
