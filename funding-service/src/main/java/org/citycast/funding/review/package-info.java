/**
 * Review of applications that passed the formal check: ADMIN assigns reviewers, each scores the
 * call's rubric (0–100 per criterion) with comments, and ADMIN closes the stage. Recusal (回避):
 * a reviewer is never assigned, shown or allowed to score an application from a society they
 * belong to, one whose co-organiser employs them, or one they declared a conflict with; and
 * reviewers see each other's scores only after the stage is closed.
 */
package org.citycast.funding.review;
