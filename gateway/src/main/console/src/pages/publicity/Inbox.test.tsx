import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { renderAs, secretary } from '../../testing';
import { Inbox } from './Inbox';
import { consolePath, stageLabel } from './reminders';
import { UnreadBadge } from './UnreadBadge';
import i18n from '../../i18n';

const NOTICE = {
  id: '0b6f7a52-9f3c-4f7e-a1f1-6d2f4bb7c001',
  deadlineId: 'annual-report:1111:2026',
  kind: 'ANNUAL_REPORT',
  stage: 'P7D',
  title: '2026年度工作报告将于7日内截止',
  body: '请于2027-03-31前提交。',
  link: '/api/societies/11111111-1111-4111-8111-111111111111/inspections/2026/report',
  dueAt: '2027-03-31T15:59:59Z',
  createdAt: '2027-03-24T01:00:00Z',
};

/** A stand-in for the gateway that answers the inbox's calls and records what was asked. */
function inboxService(unread: number) {
  const calls: string[] = [];
  let read = false;
  const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
  const fetch = vi.fn(async (request: Request) => {
    const url = new URL(request.url);
    calls.push(`${request.method} ${url.pathname}${url.search}`);
    if (url.pathname === '/api/publicity/inbox/unread-count') return json({ unread: read ? unread - 1 : unread });
    if (url.pathname === '/api/publicity/inbox/preferences') return json({ email: true, dailyDigest: false, mutedKinds: [] });
    if (url.pathname === `/api/publicity/inbox/${NOTICE.id}/read` && request.method === 'POST') {
      read = true;
      return new Response(null, { status: 204 });
    }
    if (url.pathname === '/api/publicity/inbox')
      return json({ content: [{ ...NOTICE, readAt: read ? '2027-03-24T02:00:00Z' : undefined }], page: { size: 20, number: 0, totalElements: 1, totalPages: 1 } });
    return json({ title: 'Not Found', status: 404 }, 404);
  });
  return { fetch, calls };
}

describe('the reminders badge and inbox', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows the unread count in the header and leads to the inbox', async () => {
    vi.stubGlobal('fetch', inboxService(3).fetch);
    renderAs(secretary, <UnreadBadge />);
    const link = await screen.findByRole('link', { name: '我的提醒：3 条未读' });
    expect(link.getAttribute('href')).toBe('/inbox');
    expect(within(link).getByText('3')).toBeTruthy();
  });

  it('shows no number when nothing is unread', async () => {
    vi.stubGlobal('fetch', inboxService(0).fetch);
    renderAs(secretary, <UnreadBadge />);
    await screen.findByRole('link', { name: '我的提醒：0 条未读' });
    expect(screen.queryByText('0')).toBeNull();
  });

  it('marks a notice read and counts one fewer unread', async () => {
    const service = inboxService(2);
    vi.stubGlobal('fetch', service.fetch);
    renderAs(
      secretary,
      <>
        <UnreadBadge />
        <Inbox />
      </>,
      '/inbox',
    );
    await screen.findByRole('link', { name: '我的提醒：2 条未读' });
    expect(await screen.findByText(NOTICE.title)).toBeTruthy();
    expect(screen.getByText('7 天内截止')).toBeTruthy();
    await userEvent.setup({ delay: null }).click(screen.getByRole('button', { name: `标为已读: ${NOTICE.title}` }));
    await screen.findByRole('link', { name: '我的提醒：1 条未读' });
    await waitFor(() => expect(screen.queryByRole('button', { name: `标为已读: ${NOTICE.title}` })).toBeNull());
    expect(service.calls).toContain(`POST /api/publicity/inbox/${NOTICE.id}/read`);
  });

  it('asks the API for unread notices only when told to, with its page and sort', async () => {
    const service = inboxService(1);
    vi.stubGlobal('fetch', service.fetch);
    renderAs(secretary, <Inbox />, '/inbox?unread=true&sort=dueAt,asc');
    await screen.findByText(NOTICE.title);
    expect(service.calls).toContain('GET /api/publicity/inbox?unread=true&page=0&size=20&sort=dueAt%2Casc');
  });
});

describe('reminder wording', () => {
  it('names the stage and finds the console page of the thing due', () => {
    const t = i18n.getFixedT('en');
    expect(stageLabel(t, 'P30D')).toBe('due within 30 days');
    expect(stageLabel(t, 'MISSED')).toBe('Missed');
    expect(consolePath(NOTICE.link)).toBe('/societies/11111111-1111-4111-8111-111111111111?tab=inspections');
    expect(consolePath('/api/funding/applications/x/report')).toBe('/funding/applications');
    expect(consolePath('/elsewhere')).toBeUndefined();
  });
});
