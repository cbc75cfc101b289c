/**
 * The door and what follows: check-in by ticket code (EDITOR or the organiser's secretariat), once
 * per ticket; attendance overall, per sub-forum and by city; outreach beneficiaries; recording the
 * event as held with its figures; attendance certificates as PDF in Chinese.
 */
package org.citycast.event.checkin;
