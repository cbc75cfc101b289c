import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { renderAs } from '../testing';
import { Societies } from './Societies';

const admin = { username: 'admin', name: 'admin', roles: ['ADMIN' as const] };

describe('the register', () => {
  afterEach(() => vi.unstubAllGlobals());

  it("asks the API for the address's filters, page and sort, and exports the same list", async () => {
    const requests: string[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (input: Request | string) => {
        const url = typeof input === 'string' ? input : input.url;
        requests.push(url);
        if (url.includes('export.xlsx')) {
          return new Response(new Blob(['xlsx']), { headers: { 'Content-Disposition': "attachment; filename*=UTF-8''%E5%AD%A6%E4%BC%9A.xlsx" } });
        }
        return Response.json({
          content: [{ id: '11111111-1111-4111-8111-111111111111', name: '济宁市医学会', status: 'ACTIVE', disciplineCategory: 'MEDICINE' }],
          page: { size: 20, number: 1, totalElements: 21, totalPages: 2 },
        });
      }),
    );
    URL.createObjectURL = () => 'blob:x';
    URL.revokeObjectURL = () => undefined;

    renderAs(admin, <Societies />, '/societies?q=医学&status=ACTIVE&page=1&sort=registeredOn,desc');
    expect((await screen.findByText('济宁市医学会')).closest('a')?.getAttribute('href')).toBe('/societies/11111111-1111-4111-8111-111111111111');
    const list = new URL(requests[0]);
    expect(list.pathname).toBe('/api/societies');
    expect(Object.fromEntries(list.searchParams)).toEqual({ q: '医学', status: 'ACTIVE', page: '1', size: '20', sort: 'registeredOn,desc' });
    expect(screen.getByText('共 21 条')).toBeTruthy();

    await userEvent.setup({ delay: null }).click(screen.getByText('导出 Excel'));
    await waitFor(() => expect(requests.some((u) => u.includes('export.xlsx'))).toBe(true));
    const exported = new URL(requests.find((u) => u.includes('export.xlsx'))!, 'http://localhost');
    expect(Object.fromEntries(exported.searchParams)).toEqual({ q: '医学', status: 'ACTIVE', sort: 'registeredOn,desc' });
  });
});
