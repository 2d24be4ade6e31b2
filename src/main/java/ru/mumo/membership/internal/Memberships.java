package ru.mumo.membership.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import ru.mumo.membership.Membership;
import ru.mumo.membership.Role;

public interface Memberships extends JpaRepository<Membership, Long> {

    @Query("select m from Membership m join fetch m.person join fetch m.association where m.person.id = ?1 and m.live = true order by m.joinedAt")
    List<Membership> findLiveByPerson(long personId);

    @Query("select m from Membership m join fetch m.person join fetch m.association where m.association.id = ?1 and m.live = true order by m.person.fullName")
    List<Membership> findLiveByAssociation(long associationId);

    @Query("select m from Membership m join fetch m.person join fetch m.association where m.association.id = ?1 and m.person.id = ?2 and m.live = true")
    Optional<Membership> findLive(long associationId, long personId);

    @Query("select m from Membership m join fetch m.person join fetch m.association where m.association.id = ?1 and m.role = ?2 and m.live = true")
    List<Membership> findLiveByRole(long associationId, Role role);

    /** Every membership the association ever had, ended ones included. */
    @Query("select m from Membership m where m.association.id = ?1 order by m.joinedAt, m.id")
    List<Membership> findEverByAssociation(long associationId);

    /** Every membership the person ever had, ended ones included: for /mydata. */
    @Query("select m from Membership m join fetch m.person join fetch m.association where m.person.id = ?1 order by m.joinedAt")
    List<Membership> findAllByPerson(long personId);
}
