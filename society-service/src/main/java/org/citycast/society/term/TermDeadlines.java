package org.citycast.society.term;

import java.time.Clock;

import org.citycast.society.deadline.DeadlineAudience;
import org.citycast.society.deadline.DeadlineCancelled;
import org.citycast.society.deadline.DeadlineMet;
import org.citycast.society.deadline.DeadlineScheduled;

/**
 * A term's two deadlines as announced to the reminders: the re-election plan ({@code TERM_PLAN}, due
 * six months before the end) and the election itself ({@code TERM_ELECTION}, due by the effective
 * end, a postponement included). Ids name the society and the term's number.
 */
final class TermDeadlines {

    static final String PLAN = "TERM_PLAN";
    static final String ELECTION = "TERM_ELECTION";

    private TermDeadlines() {
    }

    static String planId(Term term) {
        return "term-plan:" + term.getSocietyId() + ":" + term.getNumber();
    }

    static String electionId(Term term) {
        return "term-election:" + term.getSocietyId() + ":" + term.getNumber();
    }

    static DeadlineScheduled plan(Term term, String societyName, Clock clock) {
        return DeadlineScheduled.byEndOf(term.getPlanDueOn(), planId(term), PLAN,
                DeadlineAudience.society(term.getSocietyId()),
                societyName + " 第" + term.getNumber() + "届换届方案（任期届满前六个月报送）", link(term), clock);
    }

    static DeadlineScheduled election(Term term, String societyName, Clock clock) {
        return DeadlineScheduled.byEndOf(term.effectiveEnd(), electionId(term), ELECTION,
                DeadlineAudience.society(term.getSocietyId()),
                societyName + " 第" + term.getNumber() + "届任期届满换届", link(term), clock);
    }

    static DeadlineMet planMet(Term term, Clock clock) {
        return DeadlineMet.now(planId(term), PLAN, clock);
    }

    static DeadlineMet electionMet(Term term, Clock clock) {
        return DeadlineMet.now(electionId(term), ELECTION, clock);
    }

    static DeadlineCancelled planMoot(Term term, Clock clock) {
        return DeadlineCancelled.now(planId(term), PLAN, "已完成换届选举", clock);
    }

    private static String link(Term term) {
        return "/api/societies/" + term.getSocietyId() + "/terms";
    }
}
