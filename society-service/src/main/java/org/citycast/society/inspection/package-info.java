/**
 * Annual inspection (年检): each year's round, the society's annual work report (due 31 March of
 * the following year), the association's pre-review (初审) and forwarding to civil affairs (due
 * 31 May), civil affairs' outcome, and the daily check that records a missed deadline as missed.
 */
package org.citycast.society.inspection;
