/**
 * The yearly event plan (年度活动计划): ADMIN sets the year's deadline, each society files its
 * planned events before it, and reviewers rate them by importance, never their own society's.
 */
package org.citycast.event.plan;
