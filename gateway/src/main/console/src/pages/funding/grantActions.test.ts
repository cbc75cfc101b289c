import { describe, expect, it } from 'vitest';

import { grantActions } from './grantActions';

describe('the steps offered per status of a grant', () => {
  it('gives a secretary its own steps only: drafting, applying, withdrawing and the final report', () => {
    const secretary = ['SOCIETY_SECRETARY'] as const;
    expect(grantActions('DRAFT', secretary)).toEqual(['edit', 'submit', 'withdraw']);
    expect(grantActions('RETURNED', secretary)).toEqual(['edit', 'submit', 'withdraw']);
    expect(grantActions('SUBMITTED', secretary)).toEqual(['withdraw']);
    expect(grantActions('REVIEWED', secretary)).toEqual(['withdraw']);
    expect(grantActions('APPROVED', secretary)).toEqual([]);
    expect(grantActions('AGREED', secretary)).toEqual(['writeReport']);
    expect(grantActions('REPORTED', secretary)).toEqual([]);
    expect(grantActions('CLOSED', secretary)).toEqual([]);
  });

  it('gives ADMIN each step of the office in its order', () => {
    const admin = ['ADMIN'] as const;
    expect(grantActions('SUBMITTED', admin)).toEqual(['formalCheck', 'withdraw']);
    expect(grantActions('IN_REVIEW', admin)).toEqual(['assignReviewers', 'closeReview', 'withdraw']);
    expect(grantActions('REVIEWED', admin)).toEqual(['decide', 'withdraw']);
    expect(grantActions('APPROVED', admin)).toEqual(['signAgreement']);
    expect(grantActions('AGREED', admin)).toEqual(['disburse', 'writeReport']);
    expect(grantActions('REPORTED', admin)).toEqual(['disburse', 'reviewReport']);
    expect(grantActions('REPORT_ACCEPTED', admin)).toEqual(['disburse', 'close']);
    expect(grantActions('REJECTED', admin)).toEqual([]);
    expect(grantActions('WITHDRAWN', admin)).toEqual([]);
  });

  it('offers nothing to roles that take no step on a grant', () => {
    expect(grantActions('IN_REVIEW', ['REVIEWER'])).toEqual([]);
    expect(grantActions('DRAFT', ['EXPERT', 'EDITOR'])).toEqual([]);
    expect(grantActions(undefined, ['ADMIN'])).toEqual([]);
  });
});
