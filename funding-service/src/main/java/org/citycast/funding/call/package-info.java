/**
 * Calls for applications (申报通知): a year's call with its open and close dates, the categories
 * it funds, the most one grant may receive, and the rubric reviewers score against.
 */
package org.citycast.funding.call;
