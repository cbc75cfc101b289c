/**
 * The year's funding figures for the work report: money allocated, committed and paid by category
 * and tag, funded activities by tag, and the partnerships with financial institutions.
 */
package org.citycast.funding.stats;
