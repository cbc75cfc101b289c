/**
 * The public notice (公示) of an award year's remaining nominations: a window of a configured
 * period (7 days unless a programme sets its own, never shorter than the configured minimum) in
 * which anyone may file an objection through a public endpoint, without logging in, validated and
 * rate-limited per client address, and gets a receipt number back. ADMIN answers each objection
 * in writing; an open objection, or a window still running, blocks commendation. Publishes
 * {@code AwardPublicNoticeOpened}, which publicity-service turns into its public page.
 */
package org.citycast.expert.notice;
