package org.citycast.society.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.UUID;

import org.citycast.society.platform.DomainException;
import org.junit.jupiter.api.Test;

class InspectionDeadlinesTest {

    private final InspectionDeadlines deadlines = new InspectionDeadlines(MonthDay.of(3, 31), MonthDay.of(5, 31), 15, 6,
            MonthDay.of(1, 1));

    @Test
    void aSocietyRegisteredLessThanSixMonthsBeforeTheYearsEndIsExempt() {
        assertThat(deadlines.exempt(2025, LocalDate.of(2025, 6, 30))).isFalse();
        assertThat(deadlines.exempt(2025, LocalDate.of(2025, 7, 1))).isTrue();
        assertThat(deadlines.exempt(2025, LocalDate.of(2025, 12, 31))).isTrue();
        assertThat(deadlines.exempt(2025, LocalDate.of(2019, 8, 1))).isFalse();
        assertThat(deadlines.exempt(2025, null)).isFalse();
    }

    @Test
    void theReportIsDueOnTheLastDayOfMarchOfTheNextYear() {
        assertThat(deadlines.reportDueFor(2025, null)).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(deadlines.forwardDueFor(2025)).isEqualTo(LocalDate.of(2026, 5, 31));
    }

    @Test
    void aReturnedReportMayBeFiledAgainForFifteenDaysButNeverLessThanTheUsualDeadline() {
        assertThat(deadlines.reportDueFor(2025, LocalDate.of(2026, 2, 1))).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(deadlines.reportDueFor(2025, LocalDate.of(2026, 3, 20))).isEqualTo(LocalDate.of(2026, 4, 4));
        assertThat(deadlines.reportDueFor(2025, LocalDate.of(2026, 4, 10))).isEqualTo(LocalDate.of(2026, 4, 25));
    }

    @Test
    void aReportIsMissedOnlyWhenNoneIsFiledByTheDeadline() {
        AnnualInspection inspection = AnnualInspection.open(UUID.randomUUID(), 2025, false);
        LocalDate due = deadlines.reportDueFor(inspection);
        assertThat(inspection.missedBy(due, due)).isFalse();
        assertThat(inspection.missedBy(due.plusDays(1), due)).isTrue();

        inspection.file(report(), due, due, Instant.parse("2026-03-31T08:00:00Z"));
        assertThat(inspection.missedBy(due.plusDays(1), due)).isFalse();
        assertThatThrownBy(() -> inspection.markMissed(Instant.now())).isInstanceOf(DomainException.class);
    }

    @Test
    void returningAReportNeedsCommentsAndMovesItsDeadline() {
        AnnualInspection inspection = AnnualInspection.open(UUID.randomUUID(), 2025, false);
        inspection.file(report(), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31),
                Instant.parse("2026-03-01T02:00:00Z"));
        assertThatThrownBy(() -> inspection.preReview(false, " ", Instant.now()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.problems().get(0).field()).isEqualTo("comments"));

        // returned on 10 April in Shanghai (02:00 UTC is 10:00 there)
        inspection.preReview(false, "请补充财务收支明细", Instant.parse("2026-04-10T02:00:00Z"));
        assertThat(inspection.getStatus()).isEqualTo(InspectionStatus.PENDING);
        assertThat(inspection.returnedOn()).isEqualTo(LocalDate.of(2026, 4, 10));
        assertThat(deadlines.reportDueFor(inspection)).isEqualTo(LocalDate.of(2026, 4, 25));

        inspection.file(report(), LocalDate.of(2026, 4, 25), deadlines.reportDueFor(inspection), Instant.now());
        assertThat(inspection.returnedOn()).isNull();
        assertThat(deadlines.reportDueFor(inspection)).isEqualTo(LocalDate.of(2026, 3, 31));
    }

    @Test
    void lastYearsRoundIsDueFromTheConfiguredDay() {
        assertThat(deadlines.roundDueBy(LocalDate.of(2026, 1, 1))).hasValue(2025);
        assertThat(deadlines.roundDueBy(LocalDate.of(2026, 12, 31))).hasValue(2025);
        var laterOpening = new InspectionDeadlines(MonthDay.of(3, 31), MonthDay.of(5, 31), 15, 6, MonthDay.of(1, 15));
        assertThat(laterOpening.roundDueBy(LocalDate.of(2026, 1, 14))).isEmpty();
        assertThat(laterOpening.roundDueBy(LocalDate.of(2026, 1, 15))).hasValue(2025);
    }

    @Test
    void aReportHeldPastTheForwardingDeadlineIsLateOnce() {
        AnnualInspection inspection = AnnualInspection.open(UUID.randomUUID(), 2025, false);
        inspection.file(report(), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), Instant.now());
        inspection.preReview(true, null, Instant.now());
        assertThat(inspection.forwardingLateBy(LocalDate.of(2026, 5, 31), deadlines.forwardDueFor(2025))).isFalse();
        assertThat(inspection.forwardingLateBy(LocalDate.of(2026, 6, 1), deadlines.forwardDueFor(2025))).isTrue();
        inspection.markForwardingLate(LocalDate.of(2026, 6, 1));
        assertThat(inspection.forwardingLateBy(LocalDate.of(2026, 6, 2), deadlines.forwardDueFor(2025))).isFalse();
    }

    @Test
    void anExemptYearTakesNoReport() {
        AnnualInspection inspection = AnnualInspection.open(UUID.randomUUID(), 2025, true);
        assertThat(inspection.getStatus()).isEqualTo(InspectionStatus.EXEMPT);
        assertThatThrownBy(() -> inspection.file(report(), LocalDate.of(2026, 1, 5), LocalDate.of(2026, 3, 31),
                Instant.now())).hasMessageContaining("is EXEMPT, not PENDING");
        assertThat(inspection.missedBy(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 3, 31))).isFalse();
    }

    private static AnnualReport report() {
        return new AnnualReport("全年举办学术活动5次", 5, 210, 8, new BigDecimal("52000.00"), new BigDecimal("48000.00"),
                new BigDecimal("91000.00"));
    }
}
