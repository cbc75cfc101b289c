/** The year's figures for the work report: planned, branded and held events, outreach, attendance. */
package org.citycast.event.stats;
