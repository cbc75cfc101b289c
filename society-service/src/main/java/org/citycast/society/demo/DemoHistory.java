package org.citycast.society.demo;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.citycast.society.platform.AssociationTime;
import org.citycast.society.platform.CurrentUser;
import org.citycast.society.registration.HealthTier;
import org.citycast.society.registration.Leader;
import org.citycast.society.registration.RegistrationService;
import org.citycast.society.standing.StandingService;
import org.citycast.society.term.TermService;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo register's past: terms of office (some overdue, some ending soon without a plan, a
 * few renewed this year) through the term service, and the last two years of annual inspection,
 * imported as the association's old records are: straight into the table, since their deadlines
 * are long past. One dormant society that also missed both inspections is due for disqualification.
 */
@Component
@ConditionalOnBooleanProperty("platform.demo-data.enabled")
class DemoHistory {


    private final TermService terms;
    private final RegistrationService registration;
    private final StandingService standing;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemoHistory(TermService terms, RegistrationService registration, StandingService standing, JdbcClient jdbc,
            Clock clock) {
        this.terms = terms;
        this.registration = registration;
        this.standing = standing;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void load(List<UUID> societies) {
        LocalDate today = AssociationTime.today(clock);
        int thisYear = today.getYear();
        for (int i = 0; i < societies.size(); i++) {
            UUID society = societies.get(i);
            boolean dormant = registration.get(society).getHealthTier() == HealthTier.DORMANT;
            terms.recordCurrent(society, termStart(i, today), CurrentUser.SYSTEM);
            if (i % 9 == 3) {
                terms.recordResult(society, today.minusDays(10 + i % 50),
                        List.of(new Leader("理事长", "王建国", "济宁学院"), new Leader("秘书长", "李红", null)),
                        CurrentUser.SYSTEM);
            }
            for (int year = thisYear - 2; year < thisYear; year++) {
                inspection(society, year, dormant || (i % 11 == 5 && year == thisYear - 1) ? "MISSED" : null, i);
            }
        }
        standing.evaluate();
    }

    /** Most terms started two to four years ago; every seventh is overdue, every eighth ends within six months. */
    private static LocalDate termStart(int i, LocalDate today) {
        if (i % 7 == 2) {
            return today.minusYears(5).minusMonths(2 + i % 5);
        }
        if (i % 8 == 4) {
            return today.minusYears(5).plusMonths(2 + i % 3);
        }
        return today.minusYears(2 + i % 3).minusMonths(i % 12);
    }

    private void inspection(UUID society, int year, String missed, int i) {
        String status = missed != null ? missed : "COMPLETED";
        String outcome = missed != null ? null : i % 13 == 7 ? "UNQUALIFIED" : i % 5 == 1 ? "BASICALLY_QUALIFIED"
                : "QUALIFIED";
        Instant completed = LocalDate.of(year + 1, 6, 20).atStartOfDay(AssociationTime.ZONE).toInstant();
        jdbc.sql("""
                        INSERT INTO annual_inspection (id, society_id, year, status, outcome, summary, activities_held,
                            individual_members, unit_members, income, expenditure, net_assets, report_filed_at,
                            pre_reviewed_at, forwarded_at, completed_at, version)
                        VALUES (:id, :society, :year, :status, :outcome, :summary, :activities, :individuals, :units,
                            :income, :expenditure, :assets, :filed, :filed, :forwarded, :completed, 0)""")
                .param("id", UUID.randomUUID()).param("society", society).param("year", year)
                .param("status", status).param("outcome", outcome)
                .param("summary", missed != null ? null : year + "年度举办学术活动" + (3 + i % 6) + "次")
                .param("activities", missed != null ? null : 3 + i % 6)
                .param("individuals", missed != null ? null : 80 + i * 13)
                .param("units", missed != null ? null : i % 20)
                .param("income", missed != null ? null : new BigDecimal(20000 + i * 1500 + ".00"))
                .param("expenditure", missed != null ? null : new BigDecimal(18000 + i * 1400 + ".50"))
                .param("assets", missed != null ? null : new BigDecimal(50000 + i * 3000 + ".00"))
                .param("filed", missed != null ? null : Timestamp.from(
                        LocalDate.of(year + 1, 3, 15).atStartOfDay(AssociationTime.ZONE).toInstant()))
                .param("forwarded", missed != null ? null : Timestamp.from(
                        LocalDate.of(year + 1, 5, 20).atStartOfDay(AssociationTime.ZONE).toInstant()))
                .param("completed", Timestamp.from(completed))
                .update();
    }
}
