/**
 * Demo data for a local run ({@code platform.demo-data.enabled=true}), loaded through the
 * features' services so the usual events flow: a pool with the demo REVIEWER's and EXPERT's
 * records and a committee, a nomination awaiting the committee, this year's academic innovation
 * award in public notice, last year's outstanding workers commended, and proposals. It waits
 * until society-service has told this service of the demo secretaries' societies.
 */
package org.citycast.expert.demo;
