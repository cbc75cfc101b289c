/**
 * The year's budget: an allocation per category, committed by approvals, paid out by tranches and
 * released when a grant closes or is settled for less. Allocated = committed + available at every
 * moment: the database computes available and refuses any commitment beyond it, so concurrent
 * approvals can never over-commit. Every movement is a ledger entry with the balances it left.
 */
package org.citycast.funding.budget;
