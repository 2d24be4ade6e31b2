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
    private final MembershipService membership;
    private final RegulationCatalog catalog;
    private final Officials officials;
    private final Clock clock;

    AssociationService(Associations associations, InviteService invites, MembershipService membership,
            ApplicationEventPublisher events, AppProperties properties, RegulationCatalog catalog, Officials officials,
            Clock clock) {
        this.associations = associations;
        this.invites = invites;
        this.membership = membership;
        this.events = events;
        this.properties = properties;
        this.catalog = catalog;
        this.officials = officials;
        this.clock = clock;
    }

    /** An official creates an association under the regulation they picked, with its first chair and member links. */
    public AssociationCreated createAssociation(String name, String regulation, long officialTelegramUserId) {
        Instant now = clock.instant();
        String code = catalog.find(regulation).orElseThrow(() -> new MembershipException(Reason.NOT_ALLOWED)).code();
        Association association = associations.save(
                new Association(name, properties.timezone(), code, officialTelegramUserId, now));
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

    /** The regulation the association follows. */
    @Transactional(readOnly = true)
    public Regulation regulationOf(long associationId) {
        return catalog.of(associations.findById(associationId).map(Association::getRegulation).orElse(null));
    }

    public Regulation regulationOf(Association association) {
        return catalog.of(association.getRegulation());
    }

    /** The regulation of that code, as papers that recorded it at the time cite it. */
    public Optional<Regulation> regulation(String code) {
        return catalog.find(code);
    }

    /** Every regulation the bot knows, in the order the official is offered them. */
    public List<Regulation> regulations() {
        return catalog.regulations();
    }

    /**
     * An official sets the regulation the association follows (or confirms the default it was given); the calendar,
     * titles and rules follow from then on. Choosing the one it has only confirms it.
     */
    public Association changeRegulation(long associationId, String code, long officialTelegramUserId) {
        if (!officials.includes(officialTelegramUserId)) {
            throw new MembershipException(Reason.NOT_ALLOWED);
        }
        Regulation regulation = catalog.find(code).orElseThrow(() -> new MembershipException(Reason.NOT_ALLOWED));
        Association association = associations.findById(associationId)
                .orElseThrow(() -> new MembershipException(Reason.NOT_ALLOWED));
        String previous = association.follow(regulation.code(), clock.instant());
        if (!regulation.code().equals(previous)) {
            events.publishEvent(new RegulationChanged(associationId, previous, regulation.code(), false));
        }
        return association;
    }

    /**
     * Gives every association created before regulations were chosen a sensible default (the regulation whose
     * district its municipality or name names, else the first) and asks its official, once, to confirm it.
     */
    public int assumeDefaultRegulations() {
        List<Association> without = associations.findAll().stream().filter(a -> a.getRegulation() == null).toList();
        for (Association association : without) {
            Regulation regulation = catalog.defaultFor(association.getName(), association.getMunicipality());
            association.assumeDefault(regulation.code(), clock.instant());
            events.publishEvent(new RegulationChanged(association.getId(), null, regulation.code(), true));
        }
        return without.size();
    }

    /** Every association in the bot, by name: the education department's overview. */
    @Transactional(readOnly = true)
    public List<Association> all() {
        return associations.findAll(Sort.by("name", "id"));
    }

    /** The chair (or the deputy standing in) names the municipality that heads the association's documents. */
    public void changeMunicipality(Membership chair, String municipality) {
        if (!membership.actsAsChair(chair)) {
            throw new MembershipException(Reason.NOT_ALLOWED);
        }
        associations.findById(chair.getAssociation().getId()).orElseThrow().changeMunicipality(municipality);
    }
}
