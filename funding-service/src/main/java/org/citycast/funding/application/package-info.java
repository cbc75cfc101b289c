/**
 * Grant applications (资助申请) and the grants they become: the one aggregate whose status runs
 * from draft through formal check, review, decision, agreement and final report to closing. A
 * secretary applies for their own society only, and only while the society is active and has no
 * overdue final report. Neighbouring features (review, decision, agreement, acquittal) move a
 * grant through the steps this module offers; it knows none of them.
 */
package org.citycast.funding.application;
