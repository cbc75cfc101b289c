/**
 * The audit trail: who changed what about a society, when, with the state before and after.
 * Written in the same transaction as the change it records; readable by ADMIN only.
 */
package org.citycast.society.audit;
