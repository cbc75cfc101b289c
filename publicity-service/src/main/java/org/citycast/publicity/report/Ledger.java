package org.citycast.publicity.report;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;

import org.citycast.publicity.inbound.AwardResultsReported;
import org.citycast.publicity.inbound.FinancingLinkReported;
import org.citycast.publicity.inbound.FunctionTransferReported;
import org.citycast.publicity.inbound.GradeReported;
import org.citycast.publicity.inbound.GrantReported;
import org.citycast.publicity.inbound.InspectionReported;
import org.citycast.publicity.inbound.ProposalAdoptedReported;
import org.citycast.publicity.inbound.PublicNoticeReported;
import org.citycast.publicity.inbound.SocietyReported;
import org.citycast.publicity.inbound.TermRenewalReported;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes down the facts the report counts, in the consumer's transaction. Histories are kept whole (a
 * society's state after each of its events), so that the register can be counted as it stood at any
 * instant; current states (grants, awards) keep only the newest.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class Ledger {

    private final JdbcClient jdbc;

    Ledger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(SocietyReported reported) {
        SocietyReported.Society s = reported.society();
        Timestamp at = Timestamp.from(reported.time());
        jdbc.sql("""
                        INSERT INTO report_society_state (event_id, society_id, at, status, health_tier, party_organisation)
                        VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(reported.eventId(), s.id(), at, s.status(), s.healthTier(), s.partyOrganisation()).update();
        String change = reported.founded() ? "FOUNDED" : switch (reported.type()) {
            case "SocietyJoined" -> "JOINED";
            case "SocietyDisqualified" -> "DISQUALIFIED";
            case "SocietyDeregistered" -> "DEREGISTERED";
            default -> null;
        };
        if (change != null) {
            jdbc.sql("INSERT INTO report_society_change (event_id, society_id, kind, at) VALUES (?, ?, ?, ?) "
                    + "ON CONFLICT DO NOTHING").params(reported.eventId(), s.id(), change, at).update();
        }
    }

    @EventListener
    void on(TermRenewalReported renewal) {
        jdbc.sql("INSERT INTO report_term_renewal (event_id, society_id, elected_on) VALUES (?, ?, ?) "
                + "ON CONFLICT DO NOTHING")
                .params(renewal.eventId(), renewal.societyId(), Date.valueOf(renewal.electedOn())).update();
    }

    @EventListener
    void on(InspectionReported inspection) {
        jdbc.sql("""
                        INSERT INTO report_inspection (society_id, year, result, at) VALUES (?, ?, ?, ?)
                        ON CONFLICT (society_id, year) DO UPDATE SET result = excluded.result, at = excluded.at
                        WHERE report_inspection.at <= excluded.at""")
                .params(inspection.societyId(), inspection.year(), inspection.result(),
                        Timestamp.from(inspection.time()))
                .update();
    }

    @EventListener
    void on(GradeReported grade) {
        jdbc.sql("""
                        INSERT INTO report_grade (grade_id, society_id, level, awarded_on, valid_until, at)
                        VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (grade_id) DO NOTHING""")
                .params(grade.gradeId(), grade.societyId(), grade.level(), Date.valueOf(grade.awardedOn()),
                        Date.valueOf(grade.validUntil()), Timestamp.from(grade.time()))
                .update();
    }

    @EventListener
    void on(FunctionTransferReported project) {
        jdbc.sql("""
                        INSERT INTO report_function_transfer (project_id, society_id, kind, contract_amount, awarded_on, at)
                        VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (project_id) DO NOTHING""")
                .params(project.projectId(), project.societyId(), project.kind(), project.contractAmount(),
                        Date.valueOf(project.awardedOn()), Timestamp.from(project.time()))
                .update();
    }

    @EventListener
    void on(GrantReported reported) {
        GrantReported.Grant g = reported.grant();
        String status = switch (reported.type()) {
            case "GrantApplied" -> "APPLIED";
            case "GrantApproved" -> "APPROVED";
            case "GrantRejected" -> "REJECTED";
            case "GrantDisbursed" -> "DISBURSED";
            case "GrantReportOverdue" -> "REPORT_OVERDUE";
            default -> "CLOSED";
        };
        jdbc.sql("""
                        INSERT INTO report_grant (id, society_id, category, tag, budget_year, status, approved_amount,
                            disbursed_amount, settled_amount, as_of)
                        VALUES (:id, :society, :category, :tag, :year, :status, :approved, :disbursed, :settled, :at)
                        ON CONFLICT (id) DO UPDATE SET category = excluded.category, tag = excluded.tag,
                            budget_year = excluded.budget_year, status = excluded.status,
                            approved_amount = coalesce(excluded.approved_amount, report_grant.approved_amount),
                            disbursed_amount = coalesce(excluded.disbursed_amount, report_grant.disbursed_amount),
                            settled_amount = coalesce(excluded.settled_amount, report_grant.settled_amount),
                            as_of = excluded.as_of
                        WHERE report_grant.as_of <= excluded.as_of""")
                .param("id", g.id()).param("society", g.societyId()).param("category", g.category())
                .param("tag", g.tag()).param("year", g.budgetYear()).param("status", status)
                .param("approved", g.approvedAmount()).param("disbursed", g.disbursedAmount())
                .param("settled", reported.settledAmount())
                .param("at", Timestamp.from(reported.time()))
                .update();
    }

    @EventListener
    void on(FinancingLinkReported link) {
        jdbc.sql("""
                        INSERT INTO report_financing_link (id, society_id, institution, instrument, amount, starts_on,
                            ends_on, recorded_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (id) DO UPDATE SET institution = excluded.institution,
                            instrument = excluded.instrument, amount = excluded.amount, starts_on = excluded.starts_on,
                            ends_on = excluded.ends_on""")
                .params(link.linkId(), link.societyId(), link.institution(), link.instrument(), link.amount(),
                        date(link.startsOn()), date(link.endsOn()), Timestamp.from(link.time()))
                .update();
    }

    /** A notice says how many the year's nominations were; its winners come with the results. */
    @EventListener
    void on(PublicNoticeReported notice) {
        jdbc.sql("""
                        INSERT INTO report_award (award_id, name, kind, year, nominations, at) VALUES (?, ?, ?, ?, ?, ?)
                        ON CONFLICT (award_id) DO UPDATE SET name = excluded.name, kind = excluded.kind,
                            year = excluded.year, nominations = coalesce(excluded.nominations, report_award.nominations),
                            at = excluded.at
                        WHERE report_award.at <= excluded.at""")
                .params(notice.awardId(), notice.awardName(), notice.awardKind(), notice.year(), notice.nominations(),
                        Timestamp.from(notice.time()))
                .update();
    }

    @EventListener
    void on(AwardResultsReported results) {
        int applied = jdbc.sql("""
                        INSERT INTO report_award (award_id, name, kind, year, nominations, at) VALUES (?, ?, ?, ?, ?, ?)
                        ON CONFLICT (award_id) DO UPDATE SET name = excluded.name, kind = excluded.kind,
                            year = excluded.year, nominations = coalesce(excluded.nominations, report_award.nominations),
                            at = excluded.at
                        WHERE report_award.at <= excluded.at""")
                .params(results.awardId(), results.awardName(), results.awardKind(), results.year(),
                        results.nominations(), Timestamp.from(results.time()))
                .update();
        if (applied == 0) {
            return;
        }
        jdbc.sql("DELETE FROM report_award_winner WHERE award_id = ?").param(results.awardId()).update();
        int position = 0;
        for (PublicNoticeReported.Nominee winner : results.winners()) {
            jdbc.sql("INSERT INTO report_award_winner (award_id, position, award_class, society_id) VALUES (?, ?, ?, ?)")
                    .params(results.awardId(), position++, winner.awardClass(), winner.societyId()).update();
        }
    }

    @EventListener
    void on(ProposalAdoptedReported adopted) {
        jdbc.sql("INSERT INTO report_proposal (proposal_id, year) VALUES (?, ?) ON CONFLICT (proposal_id) "
                + "DO UPDATE SET year = excluded.year")
                .params(adopted.proposalId(), adopted.year()).update();
    }

    private static Date date(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }
}
