import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Route, Routes } from 'react-router-dom';

import type { Session } from '../auth/session';
import { renderAs, secretary } from '../testing';
import { Shell } from './Shell';

function menuOf(session: Session) {
  renderAs(
    session,
    <Routes>
      <Route element={<Shell />}>
        <Route path="*" element={<p>page</p>} />
      </Route>
    </Routes>,
  );
  return within(screen.getAllByRole('navigation')[0]).getAllByRole('link').map((link) => link.textContent);
}

describe('the shell', () => {
  it('shows ADMIN its pages in Chinese', () => {
    const links = menuOf({ username: 'admin', name: 'admin', roles: ['ADMIN'] });
    expect(links).toEqual(expect.arrayContaining(['年度数据', '学会名录', '年检', '经费申请', '稿件审核']));
    expect(links).not.toContain('我的评审');
  });

  it("shows a secretary its own society's pages and nothing of ADMIN's", () => {
    const links = menuOf(secretary);
    expect(links).toEqual(expect.arrayContaining(['本学会', '经费申请', '年度活动计划', '稿件']));
    expect(links).not.toContain('年度数据');
    expect(links).not.toContain('年检');
  });

  it('offers a way past the menu for keyboard users', () => {
    menuOf({ username: 'editor1', name: 'editor1', roles: ['EDITOR'] });
    expect(screen.getByText('跳到主要内容').getAttribute('href')).toBe('#main');
  });
});
