/**
 * The academic events as {@code event.events} describe them: each sub-site's upcoming and past events,
 * the announcements of branded academic-hall sessions (学术会堂), and the report's sessions, attendance
 * and outreach figures.
 */
package org.citycast.publicity.calendar;
