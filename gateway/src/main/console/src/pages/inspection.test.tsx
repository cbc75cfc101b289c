import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { saveDraft } from '../drafts';
import { renderAs, secretary } from '../testing';
import { AnnualReportForm } from './inspection';

const SOCIETY = secretary.societyId!;

function answer(status: number, body: unknown) {
  return vi.fn(async (request: Request) => {
    answer.last = request;
    return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': status < 300 ? 'application/json' : 'application/problem+json' } });
  });
}
answer.last = undefined as Request | undefined;

async function fillAndSend() {
  const user = userEvent.setup({ delay: null });
  await user.type(screen.getByLabelText('工作总结'), '举办学术年会');
  for (const label of ['举办活动（次）', '个人会员', '单位会员', '收入（元）', '支出（元）', '净资产（元）']) {
    await user.type(screen.getByLabelText(label), '3');
  }
  await user.click(screen.getByRole('button', { name: /提\s*交/ }));
}

describe('the annual report form', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('puts each field the service names on its input and lists the rest with the problem text', async () => {
    vi.stubGlobal(
      'fetch',
      answer(400, {
        title: 'Invalid request',
        status: 400,
        detail: 'The annual report has invalid fields.',
        errors: [
          { field: 'income', message: 'must be greater than or equal to 0' },
          { field: 'year', message: 'must be a finished year' },
        ],
      }),
    );
    renderAs(secretary, <AnnualReportForm societyId={SOCIETY} year={2025} onFiled={() => undefined} />);
    await fillAndSend();

    expect(await screen.findByText('must be greater than or equal to 0')).toBeTruthy();
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Invalid request: The annual report has invalid fields.');
    expect(alert.textContent).toContain('year');
    expect(alert.textContent).toContain('must be a finished year');
    expect(alert.textContent).not.toContain('must be greater than or equal to 0');
    expect(answer.last?.method).toBe('PUT');
    expect(new URL(answer.last!.url).pathname).toBe(`/api/societies/${SOCIETY}/inspections/2025/report`);
  });

  it('shows a refused transition (409) with its reason', async () => {
    vi.stubGlobal('fetch', answer(409, { title: 'Conflict', status: 409, detail: 'The report for 2025 was due by 2026-03-31; it can no longer be filed.' }));
    renderAs(secretary, <AnnualReportForm societyId={SOCIETY} year={2025} onFiled={() => undefined} />);
    await fillAndSend();
    expect((await screen.findByRole('alert')).textContent).toContain('it can no longer be filed');
  });

  it('comes back with its draft after a new sign-in, and forgets it once filed', async () => {
    saveDraft(`annual-report:${SOCIETY}:2025`, { summary: '半年的草稿', activitiesHeld: 2 });
    const filed = vi.fn();
    vi.stubGlobal('fetch', answer(200, { year: 2025, status: 'REPORT_FILED' }));
    renderAs(secretary, <AnnualReportForm societyId={SOCIETY} year={2025} onFiled={filed} />);
    expect((screen.getByLabelText('工作总结') as HTMLTextAreaElement).value).toBe('半年的草稿');
    expect((screen.getByLabelText('举办活动（次）') as HTMLInputElement).value).toBe('2');

    await fillAndSend();
    await waitFor(() => expect(filed).toHaveBeenCalled());
    expect(sessionStorage.getItem(`console.draft.annual-report:${SOCIETY}:2025`)).toBeNull();
    const sent = JSON.parse(await answer.last!.text());
    expect(sent.summary).toBe('半年的草稿举办学术年会');
  });
});
