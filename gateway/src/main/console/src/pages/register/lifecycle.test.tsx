import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import type { Session } from '../../auth/session';
import { renderAs, secretary } from '../../testing';
import { LifecycleActions, lifecycleActions, type LifecycleAction } from './lifecycle';

const OWN = secretary.societyId!;
const admin: Session = { username: 'admin', name: 'admin', roles: ['ADMIN'] };
const other: Session = { ...secretary, societyId: '22222222-2222-4222-8222-222222222222' };

const steps = (status: string, session: Session, stage?: string): LifecycleAction[] =>
  lifecycleActions({ id: OWN, status: status as 'ACTIVE', deregistrationStage: stage as 'RESOLVED' | undefined }, session);

describe('the lifecycle steps a society shows', () => {
  it('gives a draft founding application to its applicant and ADMIN, and its review to ADMIN alone', () => {
    expect(steps('DRAFT', secretary)).toEqual(['foundingApplication', 'submission', 'secretariat', 'partyOrganisation']);
    expect(steps('DRAFT', admin)).toEqual(expect.arrayContaining(['submission', 'correction', 'healthTier']));
    expect(steps('SUBMITTED', admin)).toEqual(expect.arrayContaining(['return', 'preApproval']));
    expect(steps('SUBMITTED', secretary)).not.toContain('preApproval');
    expect(steps('SUBMITTED', secretary)).not.toContain('submission');
  });

  it('lets only ADMIN approve a transferring society joining, and never a pre-approved founding', () => {
    expect(steps('JOINING', admin)).toContain('joining');
    expect(steps('JOINING', secretary)).not.toContain('joining');
    expect(steps('PRE_APPROVED', admin)).not.toContain('joining');
  });

  it('walks deregistration stage by stage: resolution, liquidation, consent', () => {
    expect(steps('ACTIVE', secretary)).toContain('resolution');
    expect(steps('DEREGISTERING', admin, 'RESOLVED')).toEqual(expect.arrayContaining(['liquidation']));
    expect(steps('DEREGISTERING', admin, 'RESOLVED')).not.toContain('consent');
    expect(steps('DEREGISTERING', admin, 'LIQUIDATED')).toContain('consent');
    expect(steps('DEREGISTERING', admin, 'CONSENTED')).not.toContain('consent');
    expect(steps('DEREGISTERING', secretary, 'RESOLVED')).not.toContain('liquidation');
  });

  it('leaves a closed record to ADMIN\'s correction alone', () => {
    expect(steps('DEREGISTERED', admin)).toEqual(['correction']);
    expect(steps('DISQUALIFIED', admin)).toEqual(['resolution', 'correction']);
    expect(steps('DEREGISTERED', secretary)).toEqual([]);
  });

  it('shows another society\'s secretary nothing, and the reviewer nothing', () => {
    expect(steps('ACTIVE', other)).toEqual([]);
    expect(steps('DRAFT', { username: 'r', name: 'r', roles: ['REVIEWER'] })).toEqual([]);
  });

  it('renders the buttons of the steps allowed, and no others', () => {
    renderAs(admin, <LifecycleActions details={{ id: OWN, name: '济宁市测试学会', status: 'SUBMITTED' }} />);
    expect(screen.getByRole('button', { name: '同意成立（业务主管单位）' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '退回申请' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '更正登记信息' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: '提交申请' })).toBeNull();
    expect(screen.queryByRole('button', { name: '批准加入' })).toBeNull();
  });
});
