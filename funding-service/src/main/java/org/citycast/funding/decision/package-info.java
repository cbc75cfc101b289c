/**
 * ADMIN's decision on a reviewed application: approval of an amount no more than was requested
 * and no more than is left in the category's allocation, committed in the same transaction, or
 * rejection with a reason. Concurrent approvals never over-commit (see {@code budget}).
 */
package org.citycast.funding.decision;
