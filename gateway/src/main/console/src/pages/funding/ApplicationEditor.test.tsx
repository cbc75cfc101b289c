import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Form } from 'antd';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { renderAs, secretary } from '../../testing';
import { ApplicationEditor } from './ApplicationEditor';
import { MoneyInput, moneyRule } from './MoneyInput';

const CALL = '0b6f7d1e-8a59-4c0e-9c39-5d0f7f5e2a11';
const CATALOGUE = {
  categories: [{ code: 'ACADEMIC_EXCHANGE', name: '学术和科技交流', active: true, subItems: [{ code: 'ANNUAL_CONFERENCE', name: '学术年会', active: true }] }],
  tags: [{ code: 'KEY_ACTIVITY', label: '重点活动' }],
};
const CALLS = { content: [{ id: CALL, year: 2026, title: '2026年度学会学术活动资助', status: 'OPEN', maxPerGrant: 30000, categories: ['ACADEMIC_EXCHANGE'] }], page: { totalElements: 1 } };

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': status < 300 ? 'application/json' : 'application/problem+json' } });

describe('the application form', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    sessionStorage.clear();
  });

  it('sends amounts as exact decimal strings and puts the fields the service refuses on their inputs', async () => {
    const sent: unknown[] = [];
    vi.stubGlobal('fetch', vi.fn(async (request: Request) => {
      const path = new URL(request.url).pathname;
      if (path === '/api/funding/catalogue') return json(200, CATALOGUE);
      if (path === '/api/funding/calls') return json(200, CALLS);
      sent.push(JSON.parse(await request.text()));
      return json(400, {
        title: 'Invalid request',
        status: 400,
        detail: 'The application has invalid fields.',
        errors: [
          { field: 'budgetLines[1].amount', message: 'must be greater than or equal to 0' },
          { field: 'requestedAmount', message: 'is above the call\'s 30000.00 per grant' },
          { field: 'societyId', message: 'has a final report past its deadline' },
        ],
      });
    }));
    renderAs(secretary, <ApplicationEditor />, `/funding/applications/new?callId=${CALL}`);
    const user = userEvent.setup({ delay: null });
    await screen.findByText(/2026年度学会学术活动资助/);
    fireEvent.change(screen.getByLabelText('项目名称'), { target: { value: '青年医师学术沙龙' } });
    fireEvent.mouseDown(screen.getByLabelText('子项'));
    await user.click(await screen.findByTitle('学术和科技交流 · 学术年会'));
    fireEvent.change(screen.getByLabelText('计划开始'), { target: { value: '2026-10-01' } });
    fireEvent.change(screen.getByLabelText('计划结束'), { target: { value: '2026-10-02' } });
    fireEvent.change(screen.getByLabelText('支出项目 1'), { target: { value: '场地费' } });
    fireEvent.change(screen.getByLabelText('金额（元） 1'), { target: { value: '0.1' } });
    await user.click(screen.getByRole('button', { name: /添加预算项/ }));
    fireEvent.change(screen.getByLabelText('支出项目 2'), { target: { value: '资料费' } });
    fireEvent.change(screen.getByLabelText('金额（元） 2'), { target: { value: '0.2' } });
    await waitFor(() => expect(screen.getByTestId('budget-total').textContent).toContain('¥0.30'));
    await user.click(screen.getByRole('button', { name: /用合计作申请金额/ }));
    await user.click(screen.getByRole('button', { name: /保存草稿/ }));

    expect(await screen.findByText('must be greater than or equal to 0')).toBeTruthy();
    expect(screen.getByText('is above the call\'s 30000.00 per grant')).toBeTruthy();
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Invalid request: The application has invalid fields.');
    expect(alert.textContent).toContain('societyId');
    expect(alert.textContent).toContain('has a final report past its deadline');
    expect(alert.textContent).not.toContain('must be greater than or equal to 0');
    expect(sent[0]).toMatchObject({
      callId: CALL,
      subItem: 'ANNUAL_CONFERENCE',
      requestedAmount: '0.30',
      budgetLines: [{ item: '场地费', amount: '0.10' }, { item: '资料费', amount: '0.20' }],
    });
    // refused: the draft stays for the next try
    expect(sessionStorage.getItem('console.draft.application:new')).toContain('青年医师学术沙龙');
  }, 120_000);
});

describe('the money input', () => {
  function Harness({ onFinish }: { onFinish: (v: { amount: string }) => void }) {
    return (
      <Form onFinish={onFinish}>
        <Form.Item name="amount" label="金额" rules={[moneyRule(true)]}>
          <MoneyInput />
        </Form.Item>
        <button type="submit">send</button>
      </Form>
    );
  }

  it('tidies what was typed to two decimals and refuses what is not an amount', async () => {
    const finished = vi.fn();
    renderAs(secretary, <Harness onFinish={finished} />);
    const user = userEvent.setup({ delay: null });
    const input = screen.getByLabelText('金额') as HTMLInputElement;
    await user.type(input, '１２,３４５.6');
    await user.tab();
    expect(input.value).toBe('12345.60');
    await user.click(screen.getByRole('button', { name: 'send' }));
    await waitFor(() => expect(finished).toHaveBeenCalledWith({ amount: '12345.60' }));

    await user.clear(input);
    await user.type(input, '12.345');
    await user.click(screen.getByRole('button', { name: 'send' }));
    expect(await screen.findByText('金额为数字，最多两位小数，如 12000.50')).toBeTruthy();
    expect(finished).toHaveBeenCalledTimes(1);
  }, 60_000);
});
