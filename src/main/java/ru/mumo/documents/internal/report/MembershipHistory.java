package ru.mumo.documents.internal.report;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import ru.mumo.membership.Membership;

/**
 * Every membership an association ever had, ended ones included: the membership module lists only the live ones,
 * but the report counts the members at the start of the period and who left during it. Read-only.
 */
public interface MembershipHistory extends Repository<Membership, Long> {

    @Query("select m from Membership m where m.association.id = ?1 order by m.person.fullName")
    List<Membership> findEver(long associationId);
}
