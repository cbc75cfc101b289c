/**
 * The audit trail: who did what to a grant, a budget, the catalogue or a financing link, when,
 * with the state before and after. Written in the same transaction as the change; ADMIN reads it.
 */
package org.citycast.funding.audit;
