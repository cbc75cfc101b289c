/**
 * Events (活动): organiser and co-organisers, bilingual titles, times (stored in UTC, shown in
 * Asia/Shanghai), venue, capacity, speakers (pool experts by reference, or external), sub-forums
 * with their own schedule, speakers and capacity. Published events are readable without login.
 */
package org.citycast.event.event;
