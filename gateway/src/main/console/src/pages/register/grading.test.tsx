import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import type { Session } from '../../auth/session';
import { renderAs } from '../../testing';
import { MyAssessments } from './grading';

const reviewer: Session = { username: 'reviewer1', name: 'reviewer1', roles: ['REVIEWER'], expertId: '33333333-3333-4333-8333-333333333333' };
const APPLICATION = '99999999-9999-4999-8999-999999999999';
const assignment = {
  roundId: 'r1',
  societyName: '济宁市医学会',
  applicationStatus: 'SUBMITTED',
  statement: '组织健全',
  selfAssessment: { basicConditions: 50, internalGovernance: 300, workPerformance: 350, socialEvaluation: 130, partyBuilding: 60 },
  assessment: { id: 'a1', applicationId: APPLICATION, status: 'ASSIGNED' },
};

describe('a reviewer scoring an assessment', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('puts the service\'s field error on the indicator it names, and the refusal\'s text above', async () => {
    const sent: Request[] = [];
    vi.stubGlobal('fetch', vi.fn(async (request: Request) => {
      sent.push(request);
      if (request.method === 'GET') return Response.json([assignment]);
      return new Response(JSON.stringify({
        title: 'Invalid request', status: 400, detail: 'The score has invalid fields.',
        errors: [{ field: 'points.workPerformance', message: 'must be at most 390' }, { field: 'round', message: 'is not scoring' }],
      }), { status: 400, headers: { 'Content-Type': 'application/problem+json' } });
    }));
    renderAs(reviewer, <MyAssessments />);
    const user = userEvent.setup({ delay: null });
    await user.click(await screen.findByRole('button', { name: /评\s*分/ }));
    for (const [label, value] of [['基础条件', '55'], ['内部治理', '300'], ['工作绩效', '350'], ['社会评价', '130'], ['党的建设', '65']]) {
      fireEvent.change(screen.getByLabelText(new RegExp(`^${label}`)), { target: { value } });
    }
    await user.click(screen.getByRole('button', { name: /提\s*交/ }));

    const dialog = await screen.findByRole('dialog');
    expect(await screen.findByText('must be at most 390')).toBeTruthy();
    const input = screen.getByLabelText(/^工作绩效/);
    expect(input.closest('.ant-form-item')?.textContent).toContain('must be at most 390');
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Invalid request: The score has invalid fields.');
    expect(alert.textContent).toContain('is not scoring');
    expect(dialog).toBeTruthy();

    const put = sent.find((r) => r.method === 'PUT')!;
    expect(new URL(put.url).pathname).toBe(`/api/societies/evaluation/applications/${APPLICATION}/assessments/mine`);
    await waitFor(async () => expect((await put.clone().json()).points).toEqual(
      { basicConditions: 55, internalGovernance: 300, workPerformance: 350, socialEvaluation: 130, partyBuilding: 65 }));
  });
});
