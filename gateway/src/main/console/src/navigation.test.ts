import { describe, expect, it } from 'vitest';

import type { Role, Session } from './auth/session';
import { homeFor, navigationFor } from './navigation';

const as = (...roles: Role[]): Session => ({ username: 'u', name: 'u', roles });
const paths = (session: Session) => navigationFor(session).map((e) => e.path);

describe('role-based navigation', () => {
  it('gives ADMIN the dashboard, the register and the inspection round, but no review queue', () => {
    expect(paths(as('ADMIN'))).toEqual(expect.arrayContaining(['/dashboard', '/societies', '/inspections', '/funding/applications', '/articles/review']));
    expect(paths(as('ADMIN'))).not.toContain('/funding/reviews');
    expect(homeFor(as('ADMIN'))).toBe('/dashboard');
  });

  it('sends a secretary to its own society and hides ADMIN-only pages', () => {
    const secretary = paths(as('SOCIETY_SECRETARY'));
    expect(homeFor(as('SOCIETY_SECRETARY'))).toBe('/my-society');
    expect(secretary).toEqual(expect.arrayContaining(['/funding/applications', '/events/plans', '/articles']));
    expect(secretary).not.toContain('/dashboard');
    expect(secretary).not.toContain('/inspections');
    expect(secretary).not.toContain('/articles/review');
  });

  it('gives a reviewer its queue and an editor the door and the article review', () => {
    expect(paths(as('REVIEWER'))).toContain('/funding/reviews');
    expect(paths(as('EDITOR'))).toEqual(expect.arrayContaining(['/events/check-in', '/articles/review']));
    expect(paths(as('EDITOR'))).not.toContain('/funding/reviews');
    expect(paths(as('EXPERT'))).toEqual(['/my-profile', '/funding/calls', '/experts', '/experts/proposals', '/events', '/inbox']);
    expect(homeFor(as('EXPERT'))).toBe('/my-profile');
  });

  it('joins the menus of several roles without repeating a page', () => {
    const both = paths(as('REVIEWER', 'EXPERT'));
    expect(new Set(both).size).toBe(both.length);
  });
});
