package ru.mumo.databank.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import ru.mumo.databank.Profile;

public interface Profiles extends JpaRepository<Profile, Long> {
}
