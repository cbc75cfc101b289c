/**
 * Social-organisation evaluation grades (社会组织评估等级): a year's round opened by ADMIN with its
 * closing date ({@code EvaluationRoundOpened}); eligibility and exclusions computed from the
 * register's own history (registration date, inspection years, an open standing case, the health
 * tier, earlier grades), read through the owners' published APIs; applications with the society's
 * self-assessment; assessors (REVIEWERs) assigned by ADMIN under the recusal rules and scoring by
 * indicator group; the proposed grades on public notice for a configurable window; ADMIN's
 * confirmation, which awards the grades with their validity and certificate ({@code SocietyGraded});
 * lowering and revocation with a reason ({@code GradeLowered}, {@code GradeLapsed}); and the lapse at
 * the end of the validity or when the society is disqualified or deregistered. Other modules read
 * a society's grade and exclusions through {@link org.citycast.society.evaluation.SocietyGrades}.
 */
@ApplicationModule(allowedDependencies = {"registration::register", "registration::events", "inspection", "standing",
        "pool", "audit", "jobs", "platform"})
package org.citycast.society.evaluation;

import org.springframework.modulith.ApplicationModule;
