/**
 * Annual inspection (年检): each year's round, the society's annual work report (due 31 March of
 * the following year), the association's pre-review (初审) and forwarding to civil affairs (due
 * 31 May), civil affairs' outcome, and the daily check that records a missed deadline as missed.
 * A report returned for correction may be filed again for 15 days after the return, even past
 * 31 March. A missed year goes out as {@code AnnualInspectionCompleted} with status MISSED and no
 * outcome, so consumers follow one event for every way a year ends.
 */
package org.citycast.society.inspection;
