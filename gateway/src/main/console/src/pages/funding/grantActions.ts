import type { Role } from '../../auth/session';

/** A step of a grant's life someone can take from the application's page. */
export type GrantAction =
  | 'edit' | 'submit' | 'withdraw' | 'formalCheck' | 'assignReviewers' | 'closeReview' | 'decide'
  | 'signAgreement' | 'disburse' | 'writeReport' | 'reviewReport' | 'close';

// before the decision a grant may still be withdrawn (README: WITHDRAWN from any step before the decision)
const WITHDRAWABLE = ['DRAFT', 'SUBMITTED', 'RETURNED', 'IN_REVIEW', 'REVIEWED'];

/**
 * Which steps the page offers for a grant in `status` to someone with `roles`, in the order of its
 * life (DRAFT → SUBMITTED → IN_REVIEW → REVIEWED → APPROVED → AGREED → REPORTED → REPORT_ACCEPTED →
 * CLOSED). The service decides in the end; this spares people buttons that could only be refused.
 */
export function grantActions(status: string | undefined, roles: readonly Role[]): GrantAction[] {
  const admin = roles.includes('ADMIN');
  const secretary = roles.includes('SOCIETY_SECRETARY');
  if (!status || (!admin && !secretary)) return [];
  const actions: GrantAction[] = [];
  if (status === 'DRAFT' || status === 'RETURNED') actions.push('edit', 'submit');
  if (admin) {
    if (status === 'SUBMITTED') actions.push('formalCheck');
    if (status === 'IN_REVIEW') actions.push('assignReviewers', 'closeReview');
    if (status === 'REVIEWED') actions.push('decide');
    if (status === 'APPROVED') actions.push('signAgreement');
    if (['AGREED', 'REPORTED', 'REPORT_ACCEPTED'].includes(status)) actions.push('disburse');
  }
  if (status === 'AGREED') actions.push('writeReport');
  if (admin && status === 'REPORTED') actions.push('reviewReport');
  if (admin && status === 'REPORT_ACCEPTED') actions.push('close');
  if (WITHDRAWABLE.includes(status)) actions.push('withdraw');
  return actions;
}
