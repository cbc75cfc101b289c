/**
 * The end of a grant: the final report (acquittal, 结项) with actual spending per budget line and
 * evidence files, ADMIN's acceptance, closing (which settles the grant and releases unspent money
 * to the allocation), and the daily check that marks reports past their deadline overdue, which
 * blocks the society's new applications until it files.
 */
package org.citycast.funding.acquittal;
