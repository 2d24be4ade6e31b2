package ru.mumo.membership;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.mumo.membership.MembershipException.Reason;
import ru.mumo.membership.internal.DeputyProposals;
import ru.mumo.membership.internal.JoinRequests;

/**
 * What waits for a decision about the composition where the regulation says so: a teacher's request to join, which
 * the chair (or the deputy standing in) approves or declines (T 2.2), and the chair's proposal of a deputy, which
 * the department confirms (T 2.1). Each decision is taken once; a second press changes nothing.
 */
@Service
@Transactional
public class CompositionService {

    private final JoinRequests requests;
    private final DeputyProposals proposals;
    private final MembershipService membership;
    private final InviteService invites;
    private final RegulationCatalog catalog;
    private final Officials officials;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CompositionService(JoinRequests requests, DeputyProposals proposals, MembershipService membership,
            InviteService invites, RegulationCatalog catalog, Officials officials, ApplicationEventPublisher events,
            Clock clock) {
        this.requests = requests;
        this.proposals = proposals;
        this.membership = membership;
        this.invites = invites;
        this.catalog = catalog;
        this.officials = officials;
        this.events = events;
        this.clock = clock;
    }

    /** The requests to join that wait in the association, oldest first. */
    @Transactional(readOnly = true)
    public List<JoinRequest> pendingRequests(long associationId) {
        return requests.findPending(associationId);
    }

    /** Whether the person's request to join the association waits for the chair. */
    @Transactional(readOnly = true)
    public boolean isPending(long associationId, long personId) {
        return requests.findPending(associationId, personId).isPresent();
    }

    @Transactional(readOnly = true)
    public Optional<JoinRequest> request(long requestId) {
        return requests.findById(requestId);
    }

    /**
     * The chair (or the deputy standing in) approves or declines a request to join their association; approved, the
     * teacher becomes a member from now on. A request already decided is refused, so two presses give one member.
     */
    public Optional<Membership> decide(Membership chair, long requestId, boolean approve) {
        JoinRequest request = requests.findById(requestId)
                .filter(r -> chair != null && r.getAssociation().getId().equals(chair.getAssociation().getId()))
                .orElseThrow(() -> new MembershipException(Reason.NOT_ALLOWED));
        if (!membership.actsAsChair(chair)) {
            throw new MembershipException(Reason.NOT_ALLOWED);
        }
        if (!request.isPending()) {
            throw new MembershipException(Reason.ALREADY_DECIDED);
        }
        Instant now = clock.instant();
        Membership admitted = approve ? invites.admit(request.getInvite(), request.getPerson(), now) : null;
        request.decide(approve ? JoinRequest.Decision.APPROVED : JoinRequest.Decision.DECLINED,
                chair.getPerson().getId(), admitted == null ? null : admitted.getId(), now);
        requests.flush();
        events.publishEvent(new JoinDecided(request.getAssociation().getId(), requestId,
                request.getPerson().getId(), approve));
        return Optional.ofNullable(admitted);
    }

    /**
     * The chair proposes a member of their association as deputy where the department appoints the deputy (T 2.1).
     * A newer proposal replaces one still waiting.
     */
    public DeputyProposal proposeDeputy(Membership chair, long targetMembershipId) {
        if (chair == null || !chair.isLive() || chair.getRole() != Role.CHAIR) {
            throw new MembershipException(Reason.NOT_ALLOWED);
        }
        if (catalog.of(chair.getAssociation().getRegulation()).deputy() != Regulation.Deputy.DEPARTMENT) {
            throw new MembershipException(Reason.ROLE_NOT_ASSIGNABLE);
        }
        Membership target = membership.colleague(chair, targetMembershipId);
        if (target.getRole() == Role.CHAIR || target.getRole() == Role.GUEST || target.getRole() == Role.DEPUTY) {
            throw new MembershipException(Reason.ROLE_NOT_ASSIGNABLE);
        }
        Instant now = clock.instant();
        proposals.findPending(chair.getAssociation().getId()).ifPresent(older -> {
            older.decide(DeputyProposal.Decision.WITHDRAWN, null, now);
            proposals.flush();
        });
        DeputyProposal proposal = proposals.save(new DeputyProposal(target, chair.getPerson().getId(), now));
        events.publishEvent(new DeputyProposed(proposal.getAssociationId(), proposal.getId()));
        return proposal;
    }

    @Transactional(readOnly = true)
    public Optional<DeputyProposal> proposal(long proposalId) {
        return proposals.findById(proposalId);
    }

    /**
     * An official confirms (the member becomes deputy, the previous deputy a member) or declines the chair's
     * proposal. A proposal already decided, or whose member has left, is refused.
     */
    public DeputyProposal decideDeputy(long proposalId, long officialTelegramUserId, boolean confirm) {
        if (!officials.includes(officialTelegramUserId)) {
            throw new MembershipException(Reason.NOT_ALLOWED);
        }
        DeputyProposal proposal = proposals.findById(proposalId)
                .orElseThrow(() -> new MembershipException(Reason.NOT_ALLOWED));
        if (!proposal.isPending()) {
            throw new MembershipException(Reason.ALREADY_DECIDED);
        }
        Membership candidate = membership.membership(proposal.getMembership().getId())
                .filter(m -> m.getRole() != Role.CHAIR && m.getRole() != Role.GUEST)
                .orElse(null);
        Instant now = clock.instant();
        if (candidate == null) {
            proposal.decide(DeputyProposal.Decision.WITHDRAWN, officialTelegramUserId, now);
            throw new MembershipException(Reason.NOT_A_MEMBER);
        }
        proposal.decide(confirm ? DeputyProposal.Decision.CONFIRMED : DeputyProposal.Decision.DECLINED,
                officialTelegramUserId, now);
        proposals.flush();
        if (confirm) {
            membership.give(candidate, Role.DEPUTY, null);
        }
        events.publishEvent(new DeputyDecided(proposal.getAssociationId(), proposalId, confirm));
        return proposal;
    }
}
