package org.citycast.society.activity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The health rule's numbers: the window in months and how many held events make a society sound
 * and active. ({@code platform.activity.assessment-cron}, 03:00 by default, is when the daily
 * re-assessment runs, as events age out of the window.)
 */
@ConfigurationProperties("platform.activity")
record ActivitySettings(@DefaultValue("12") int windowMonths, @DefaultValue("3") int soundActiveFrom) {
}
