package org.citycast.society.term;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;

import org.citycast.society.platform.DomainException;
import org.junit.jupiter.api.Test;

class TermRulesTest {

    @Test
    void aTermEndsTheDayBeforeItsAnniversaryUnderTheCharter() {
        assertThat(TermRules.endOf(LocalDate.of(2021, 6, 1), 5)).isEqualTo(LocalDate.of(2026, 5, 31));
        assertThat(TermRules.endOf(LocalDate.of(2024, 2, 29), 4)).isEqualTo(LocalDate.of(2028, 2, 28));
    }

    @Test
    void thePlanIsDueSixMonthsBeforeTheEnd() {
        assertThat(TermRules.planDue(LocalDate.of(2026, 5, 31))).isEqualTo(LocalDate.of(2025, 11, 30));
    }

    @Test
    void anApprovedPostponementMovesTheEndThatCountsForOverdue() {
        LocalDate end = LocalDate.of(2026, 5, 31);
        assertThat(TermRules.daysOverdue(TermRules.effectiveEnd(end, null), LocalDate.of(2026, 6, 10))).isEqualTo(10);
        assertThat(TermRules.daysOverdue(TermRules.effectiveEnd(end, LocalDate.of(2026, 12, 31)),
                LocalDate.of(2026, 6, 10))).isZero();
        assertThat(TermRules.daysOverdue(end, end)).isZero();
    }

    @Test
    void aPostponementMayNotExceedOneYear() {
        Term term = Term.begin(UUID.randomUUID(), 1, LocalDate.of(2021, 6, 1), 5);
        assertThatThrownBy(() -> term.requestPostponement(LocalDate.of(2027, 6, 1), "疫情"))
                .isInstanceOf(DomainException.class).hasMessageContaining("at most one year");
        assertThatThrownBy(() -> term.requestPostponement(LocalDate.of(2026, 5, 31), "x"))
                .hasMessageContaining("after the term's end");
        term.requestPostponement(LocalDate.of(2027, 5, 31), "换届筹备未完成");
        assertThatThrownBy(() -> term.requestPostponement(LocalDate.of(2027, 1, 1), "x"))
                .hasMessageContaining("already waiting");
        term.decidePostponement(true, "同意");
        assertThat(term.effectiveEnd()).isEqualTo(LocalDate.of(2027, 5, 31));
    }

    @Test
    void aRenewedTermTakesNoMoreSteps() {
        Term term = Term.begin(UUID.randomUUID(), 2, LocalDate.of(2021, 6, 1), 5);
        term.renew(LocalDate.of(2026, 5, 20));
        assertThat(term.getStatus()).isEqualTo(TermStatus.RENEWED);
        assertThatThrownBy(() -> term.submitPlan(LocalDate.of(2026, 6, 1), null, LocalDate.of(2026, 5, 21)))
                .hasMessageContaining("no longer current");
    }
}
