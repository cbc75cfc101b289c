/**
 * Awards (优秀科技工作者, 自然科学学术创新奖): a programme per year with classes and quotas, a
 * rubric and a stage plan; nominations by societies; the stages initial check, re-check, material
 * compilation, expert review, inspection, public notice and commendation, forward only; expert
 * review with recusal (a reviewer of the nominating society, of the candidate's employer, the
 * candidate themself, or one who declared a conflict is never assigned and never shown the
 * nomination), blind scores until the review closes, ranking with a stated tie-break, and quotas
 * enforced at commendation. The public notice itself is the {@code notice} feature's.
 */
package org.citycast.expert.award;
