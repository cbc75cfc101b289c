package org.citycast.society.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.citycast.society.platform.DomainException;
import org.junit.jupiter.api.Test;

class LifecycleRulesTest {

    static final Instant NOW = Instant.parse("2026-11-29T02:00:00Z");
    static final FoundingThresholds THRESHOLDS = new FoundingThresholds(50, 30, new BigDecimal("30000.00"));

    @Test
    void onlyTheListedMovesAreAllowed() {
        assertThat(SocietyStatus.DRAFT.mayMoveTo(SocietyStatus.SUBMITTED)).isTrue();
        assertThat(SocietyStatus.DRAFT.mayMoveTo(SocietyStatus.ACTIVE)).isFalse();
        assertThat(SocietyStatus.ACTIVE.mayMoveTo(SocietyStatus.DISQUALIFIED)).isTrue();
        assertThat(SocietyStatus.DISQUALIFIED.mayMoveTo(SocietyStatus.ACTIVE)).isFalse();
        assertThat(SocietyStatus.DEREGISTERED.mayMoveTo(SocietyStatus.ACTIVE)).isFalse();
    }

    @Test
    void foundingThresholdsAcceptEitherEnoughIndividualsOrEnoughUnits() {
        assertThat(THRESHOLDS.unmetBy(50, 0, new BigDecimal("30000"))).isEmpty();
        assertThat(THRESHOLDS.unmetBy(0, 30, new BigDecimal("30000.00"))).isEmpty();
        assertThat(THRESHOLDS.unmetBy(49, 29, new BigDecimal("30000"))).singleElement().asString()
                .contains("at least 50 individual or 30 unit members");
        assertThat(THRESHOLDS.unmetBy(60, 0, new BigDecimal("29999.99"))).singleElement().asString()
                .contains("30000.00 yuan");
    }

    @Test
    void preApprovalIsRefusedWithTheUnmetChecks() {
        Society society = submitted(10, 5, "1000.00");
        assertThatThrownBy(() -> society.preApprove(THRESHOLDS, NOW))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("individual or 30 unit members")
                .hasMessageContaining("yuan of assets");
        assertThat(society.getStatus()).isEqualTo(SocietyStatus.SUBMITTED);
    }

    @Test
    void aFoundedSocietyBecomesActiveWhenCivilAffairsRegistersIt() {
        Society society = submitted(80, 0, "50000.00");
        society.changeParty(new PartyOrganisation(PartyOrganisationForm.INSTRUCTOR_ASSIGNED, null, 0), NOW);
        society.preApprove(THRESHOLDS, NOW);
        society.registered("51370800MJ5260185M", LocalDate.of(2026, 11, 20), NOW);
        assertThat(society.getStatus()).isEqualTo(SocietyStatus.ACTIVE);
        assertThat(society.getJoinedOn()).isEqualTo(LocalDate.of(2026, 11, 20));
    }

    @Test
    void aFoundingIsPreApprovedOnlyWithItsPartyOrganisationAndNeverJoins() {
        Society society = submitted(80, 0, "50000.00");
        assertThatThrownBy(() -> society.preApprove(THRESHOLDS, NOW)).hasMessageContaining("party organisation");
        society.changeParty(new PartyOrganisation(PartyOrganisationForm.JOINT, null, 3), NOW);
        society.preApprove(THRESHOLDS, NOW);

        assertThatThrownBy(() -> society.join(LocalDate.of(2026, 11, 29), NOW)).hasMessageContaining("civil affairs");
        assertThat(society.getStatus()).isEqualTo(SocietyStatus.PRE_APPROVED);
    }

    @Test
    void onlyAPreApprovedFoundingIsRegisteredByCivilAffairs() {
        Society transferring = Society.transferring(UUID.randomUUID(), profile(), "51370800MJ5260185M", null,
                PartyOrganisation.NONE, NOW);
        assertThatThrownBy(() -> transferring.registered("51370800MJ5260185M", LocalDate.of(2026, 1, 1), NOW))
                .hasMessageContaining("only a pre-approved founding");
        assertThat(transferring.getStatus()).isEqualTo(SocietyStatus.JOINING);
    }

    @Test
    void aClosedRecordTakesOnlyACorrection() {
        Society society = Society.imported(UUID.randomUUID(), profile(), ImportedFacts.of("录入现有学会名录", null, null),
                LocalDate.of(2020, 1, 1), NOW);
        society.disqualify("处于停滞状态，名存实亡", NOW);
        assertThatThrownBy(() -> society.editSecretariat(new SecretariatDetails("新地址", null, null, null), NOW))
                .hasMessageContaining("closed");
        assertThatThrownBy(() -> society.changeParty(PartyOrganisation.NONE, NOW)).hasMessageContaining("closed");
        society.correct(new SocietyProfile("济宁市更正学会", null, DisciplineCategory.SCIENCE, "市科学技术协会", null, null,
                null, null, "更正后的地址", null, null, null, null, null), NOW);
        assertThat(society.getAddress()).isEqualTo("更正后的地址");
        assertThat(society.getOrigin()).isEqualTo(SocietyOrigin.IMPORTED);
    }

    @Test
    void joiningNeedsAPartyOrganisation() {
        Society society = Society.transferring(UUID.randomUUID(), profile(), "51370800MJ5260185M", null,
                PartyOrganisation.NONE, NOW);
        assertThatThrownBy(() -> society.join(LocalDate.of(2026, 11, 29), NOW))
                .hasMessageContaining("no party organisation");

        society.changeParty(new PartyOrganisation(PartyOrganisationForm.JOINT, LocalDate.of(2026, 6, 1), 4), NOW);
        society.join(LocalDate.of(2026, 11, 29), NOW);
        assertThat(society.getStatus()).isEqualTo(SocietyStatus.ACTIVE);
    }

    @Test
    void deregistrationRunsItsStagesInOrder() {
        Society society = Society.imported(UUID.randomUUID(), profile(), ImportedFacts.of("录入现有学会名录", null, null),
                LocalDate.of(2020, 1, 1), NOW);
        society.resolveToDissolve("会员代表大会决议解散", NOW);
        assertThatThrownBy(() -> society.consentToDeregistration(NOW)).hasMessageContaining("must be LIQUIDATED");
        assertThatThrownBy(() -> society.deregistered(NOW)).hasMessageContaining("before the association has consented");
        society.liquidated(NOW);
        society.consentToDeregistration(NOW);
        society.deregistered(NOW);
        assertThat(society.getStatus()).isEqualTo(SocietyStatus.DEREGISTERED);
        assertThatThrownBy(() -> society.rateHealth(HealthTier.DORMANT, NOW)).hasMessageContaining("closed");
    }

    private static Society submitted(int individuals, int units, String assets) {
        Society society = Society.draft(UUID.randomUUID(), new SocietyProfile("济宁市新学会", null,
                DisciplineCategory.SCIENCE, "市科学技术协会", null, individuals, units, new BigDecimal(assets),
                "济宁市任城区", "张三", null, null, null, null), NOW);
        society.submit(NOW);
        return society;
    }

    private static SocietyProfile profile() {
        return SocietyProfile.of("济宁市转入学会", null, DisciplineCategory.ENGINEERING, "市工业和信息化局");
    }
}
