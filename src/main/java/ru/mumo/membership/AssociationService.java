package ru.mumo.membership;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.mumo.membership.MembershipException.Reason;
import ru.mumo.membership.internal.Associations;
import ru.mumo.shared.AppProperties;

/** The associations: created by an official with their first links, listed for the department, named on papers. */
@Service
@Transactional
public class AssociationService {

    private final Associations associations;
    private final InviteService invites;
    private final ApplicationEventPublisher events;
    private final AppProperties properties;
    private final Clock clock;

    AssociationService(Associations associations, InviteService invites, ApplicationEventPublisher events,
            AppProperties properties, Clock clock) {
        this.associations = associations;
        this.invites = invites;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    public AssociationCreated createAssociation(String name, long officialTelegramUserId) {
        Instant now = clock.instant();
        Association association = associations.save(
                new Association(name, properties.timezone(), officialTelegramUserId, now));
        Invite chair = invites.newInvite(association, Role.CHAIR, 1, officialTelegramUserId, now);
        Invite member = invites.newInvite(association, Role.MEMBER, null, officialTelegramUserId, now);
        AssociationCreated created = new AssociationCreated(association, chair, member);
        events.publishEvent(created);
        return created;
    }

    @Transactional(readOnly = true)
    public Optional<Association> association(long associationId) {
        return associations.findById(associationId);
    }

    /** Every association in the bot, by name: the education department's overview. */
    @Transactional(readOnly = true)
    public List<Association> all() {
        return associations.findAll(Sort.by("name", "id"));
    }

    /** The chair names the municipality that heads the association's documents. */
    public void changeMunicipality(Membership chair, String municipality) {
        if (chair.getRole() != Role.CHAIR) {
            throw new MembershipException(Reason.NOT_ALLOWED);
        }
        associations.findById(chair.getAssociation().getId()).orElseThrow().changeMunicipality(municipality);
    }
}
