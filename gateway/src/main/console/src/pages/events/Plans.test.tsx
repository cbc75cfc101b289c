import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { renderAs, secretary } from '../../testing';
import { PlanForm } from './Plans';
import { dueLabel, fromShanghai, toShanghai } from './shared';

function answer(status: number, body: unknown) {
  const requests: Request[] = [];
  const fetch = vi.fn(async (request: Request) => {
    requests.push(request);
    return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': status < 300 ? 'application/json' : 'application/problem+json' } });
  });
  return { fetch, requests };
}

// pasting rather than typing key by key: the form is the same, the test is quicker on a busy machine
async function fill() {
  const user = userEvent.setup({ delay: null });
  const enter = async (label: string, text: string) => {
    await user.click(screen.getByLabelText(label));
    await user.paste(text);
  };
  await enter('活动名称', '心血管病防治学术论坛');
  await user.click(screen.getByLabelText('类型'));
  await user.click(await screen.findByText('学术论坛'));
  await enter('计划月份', '6');
  await enter('预计人数', '300');
  await user.click(screen.getByRole('button', { name: /提\s*交/ }));
}

describe('a plan line form', () => {
  afterEach(() => vi.unstubAllGlobals());

  it("puts the service's field errors on their inputs and the rest with the problem's text", async () => {
    const service = answer(400, {
      title: 'Invalid request',
      status: 400,
      detail: 'The planned event has invalid fields.',
      errors: [
        { field: 'plannedMonth', message: 'must be less than or equal to 12' },
        { field: 'year', message: 'must be a year planning is open for' },
      ],
    });
    vi.stubGlobal('fetch', service.fetch);
    renderAs(secretary, <PlanForm year={2027} admin={false} onSaved={() => undefined} />);
    await fill();

    expect(await screen.findByText('must be less than or equal to 12')).toBeTruthy();
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Invalid request: The planned event has invalid fields.');
    expect(alert.textContent).toContain('must be a year planning is open for');
    expect(alert.textContent).not.toContain('less than or equal to 12');
    const sent = service.requests[0];
    expect(sent.method).toBe('POST');
    expect(new URL(sent.url).pathname).toBe('/api/events/plans/2027/events');
    expect(JSON.parse(await sent.text())).toMatchObject({ title: '心血管病防治学术论坛', kind: 'FORUM', plannedMonth: 6, expectedAttendance: 300 });
  });

  it('shows a closed plan (409) with its reason and keeps the draft', async () => {
    vi.stubGlobal('fetch', answer(409, { title: 'Conflict', status: 409, detail: "The deadline for 2027's plans was 2027-01-31; ask the association to add a late event." }).fetch);
    renderAs(secretary, <PlanForm year={2027} admin={false} onSaved={() => undefined} />);
    await fill();
    expect((await screen.findByRole('alert')).textContent).toContain('ask the association to add a late event');
    expect(JSON.parse(sessionStorage.getItem('console.draft.plan-line:new:2027') ?? '{}').title).toBe('心血管病防治学术论坛');
  });

  it('changes an existing line with PUT and forgets its draft once saved', async () => {
    const service = answer(200, { id: 'p1', title: '改后的论坛' });
    vi.stubGlobal('fetch', service.fetch);
    const saved = vi.fn();
    renderAs(
      secretary,
      <PlanForm year={2027} admin={false} onSaved={saved} plan={{ id: 'p1', title: '论坛', kind: 'FORUM', plannedMonth: 5, expectedAttendance: 80 }} />,
    );
    const user = userEvent.setup({ delay: null });
    await user.clear(screen.getByLabelText('活动名称'));
    await user.paste('改后的论坛');
    await user.click(screen.getByRole('button', { name: /提\s*交/ }));
    await waitFor(() => expect(saved).toHaveBeenCalled());
    expect(service.requests[0].method).toBe('PUT');
    expect(new URL(service.requests[0].url).pathname).toBe('/api/events/plans/events/p1');
    expect(sessionStorage.getItem('console.draft.plan-line:p1')).toBeNull();
  });
});

describe('times on the association clock', () => {
  it('reads a typed time as Beijing time and shows a stored instant the same way', () => {
    expect(fromShanghai('2027-03-15T09:00')).toBe('2027-03-15T01:00:00Z');
    expect(toShanghai('2027-12-31T16:30:00Z')).toBe('2028-01-01T00:30');
    expect(fromShanghai('')).toBeUndefined();
    expect(dueLabel('2027-03-31T16:00:00Z')).toBe('2027-03-31 24:00');
    expect(dueLabel('2027-03-31T07:30:00Z')).toBe('2027-03-31 15:30');
  });
});
