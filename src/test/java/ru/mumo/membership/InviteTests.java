package ru.mumo.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

class InviteTests {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    private final Association association = new Association("МУМО", ZoneId.of("Europe/Moscow"), "TEREK", 1,
            NOW);

    @Test
    void aLinkIsValidUntilItExpires() {
        Invite invite = new Invite("code", association, Role.MEMBER, null, NOW, NOW.plusSeconds(60), 1);
        assertThat(invite.statusAt(NOW)).isEqualTo(InviteStatus.VALID);
        assertThat(invite.statusAt(NOW.plusSeconds(59))).isEqualTo(InviteStatus.VALID);
        assertThat(invite.statusAt(NOW.plusSeconds(60))).isEqualTo(InviteStatus.EXPIRED);
    }

    @Test
    void aOneTimeLinkIsUsedAfterOneUseEvenBeforeItExpires() {
        Invite invite = new Invite("code", association, Role.CHAIR, 1, NOW, NOW.plusSeconds(60), 1);
        assertThat(invite.isOneTime()).isTrue();
        ReflectionTestUtils.setField(invite, "usedCount", 1);
        assertThat(invite.statusAt(NOW)).isEqualTo(InviteStatus.USED);
    }

    @Test
    void aRevokedLinkNoLongerWorksWhateverItsUsesAndDate() {
        Invite invite = new Invite("code", association, Role.CHAIR, 1, NOW, NOW.plusSeconds(60), 1);
        invite.revoke(NOW.plusSeconds(1));
        assertThat(invite.statusAt(NOW.plusSeconds(2))).isEqualTo(InviteStatus.REVOKED);
        assertThat(MembershipException.of(InviteStatus.REVOKED).messageKey()).isEqualTo("refused.invite.revoked");
    }

    @Test
    void anOlderAssociationGetsTheRegulationItsDistrictNamesElseTheFirst() {
        RegulationCatalog catalog = TestRegulations.catalog();
        assertThat(catalog.defaultFor("МУМО психологов", "Спировский муниципальный округ").code()).isEqualTo("SPIROVO");
        assertThat(catalog.defaultFor("МунУМО учителей Терского района", null).code()).isEqualTo("TEREK");
        assertThat(catalog.defaultFor("МУМО учителей химии", null).code()).isEqualTo("TEREK");
        assertThat(catalog.of(null).code()).isEqualTo("TEREK");
    }

    @Test
    void guestsNeitherCountNorRunTheAssociation() {
        assertThat(Role.GUEST.countsAsMember()).isFalse();
        assertThat(Role.GUEST.isOfficer()).isFalse();
        assertThat(Role.MEMBER.countsAsMember()).isTrue();
        assertThat(Role.SECRETARY.isOfficer()).isTrue();
        assertThat(Role.DEPUTY.isOfficer()).isTrue();
        assertThat(Role.CHAIR.isOfficer()).isTrue();
        assertThat(Role.MEMBER.isOfficer()).isFalse();
    }
}
