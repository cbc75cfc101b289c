import type { Role, Session } from './auth/session';

/**
 * Every page of the console and who finds it in the menu. A new page is one more entry here (and
 * its route in App.tsx); the services still check every call, the menu only spares people pages
 * they could not use.
 */
export interface NavEntry {
  path: string;
  label: string;
  group: 'overview' | 'register' | 'funding' | 'experts' | 'events' | 'publicity' | 'ops';
  roles: readonly Role[];
}

const STAFF: readonly Role[] = ['ADMIN', 'SOCIETY_SECRETARY', 'REVIEWER', 'EXPERT', 'EDITOR'];

export const NAVIGATION: readonly NavEntry[] = [
  { path: '/dashboard', label: 'nav.dashboard', group: 'overview', roles: ['ADMIN'] },
  { path: '/my-society', label: 'nav.mySociety', group: 'overview', roles: ['SOCIETY_SECRETARY'] },
  { path: '/my-profile', label: 'nav.myProfile', group: 'overview', roles: ['EXPERT'] },
  { path: '/societies', label: 'nav.register', group: 'register', roles: ['ADMIN', 'SOCIETY_SECRETARY', 'REVIEWER', 'EDITOR'] },
  { path: '/inspections', label: 'nav.inspections', group: 'register', roles: ['ADMIN'] },
  { path: '/terms', label: 'register.nav.terms', group: 'register', roles: ['ADMIN'] },
  { path: '/grading', label: 'register.nav.grading', group: 'register', roles: ['ADMIN'] },
  { path: '/grading/assessments', label: 'register.nav.assessments', group: 'register', roles: ['REVIEWER'] },
  { path: '/grades', label: 'register.nav.grades', group: 'register', roles: ['ADMIN', 'SOCIETY_SECRETARY', 'REVIEWER', 'EDITOR'] },
  { path: '/function-transfers', label: 'register.nav.transfers', group: 'register', roles: ['ADMIN'] },
  { path: '/civil-affairs', label: 'register.nav.civilAffairs', group: 'register', roles: ['ADMIN'] },
  { path: '/host-units', label: 'register.nav.hostUnits', group: 'register', roles: ['ADMIN'] },
  { path: '/expert-accounts', label: 'register.nav.expertAccounts', group: 'register', roles: ['ADMIN'] },
  { path: '/funding/calls', label: 'nav.calls', group: 'funding', roles: STAFF },
  { path: '/funding/applications', label: 'nav.applications', group: 'funding', roles: ['ADMIN', 'SOCIETY_SECRETARY'] },
  { path: '/funding/reviews', label: 'nav.reviews', group: 'funding', roles: ['REVIEWER'] },
  { path: '/funding/budget', label: 'nav.budget', group: 'funding', roles: ['ADMIN'] },
  { path: '/funding/catalogue', label: 'nav.catalogue', group: 'funding', roles: ['ADMIN'] },
  { path: '/funding/financing-links', label: 'nav.financingLinks', group: 'funding', roles: ['ADMIN', 'SOCIETY_SECRETARY'] },
  { path: '/experts', label: 'nav.experts', group: 'experts', roles: ['ADMIN', 'SOCIETY_SECRETARY', 'REVIEWER', 'EXPERT', 'EDITOR'] },
  { path: '/experts/nominations', label: 'nav.poolNominations', group: 'experts', roles: ['ADMIN', 'SOCIETY_SECRETARY', 'REVIEWER'] },
  { path: '/experts/proposals', label: 'nav.proposals', group: 'experts', roles: ['ADMIN', 'EXPERT', 'REVIEWER'] },
  { path: '/awards', label: 'nav.awards', group: 'experts', roles: ['ADMIN', 'SOCIETY_SECRETARY', 'REVIEWER'] },
  { path: '/events/plans', label: 'nav.plans', group: 'events', roles: ['ADMIN', 'SOCIETY_SECRETARY', 'REVIEWER'] },
  { path: '/events', label: 'nav.events', group: 'events', roles: STAFF },
  { path: '/events/check-in', label: 'nav.checkIn', group: 'events', roles: ['ADMIN', 'SOCIETY_SECRETARY', 'EDITOR'] },
  { path: '/articles', label: 'nav.articles', group: 'publicity', roles: ['ADMIN', 'SOCIETY_SECRETARY', 'EDITOR'] },
  { path: '/articles/review', label: 'nav.articleReview', group: 'publicity', roles: ['ADMIN', 'EDITOR'] },
  { path: '/my-site', label: 'events.nav.mySite', group: 'publicity', roles: ['SOCIETY_SECRETARY'] },
  { path: '/publicity/sites', label: 'events.nav.sites', group: 'publicity', roles: ['ADMIN'] },
  { path: '/publicity/columns', label: 'events.nav.columns', group: 'publicity', roles: ['ADMIN', 'EDITOR'] },
  { path: '/publicity/report-template', label: 'events.nav.reportTemplate', group: 'publicity', roles: ['ADMIN'] },
  { path: '/ops/deadlines', label: 'events.nav.deadlines', group: 'ops', roles: ['ADMIN'] },
  { path: '/ops/mail', label: 'events.nav.mail', group: 'ops', roles: ['ADMIN'] },
  { path: '/ops/dead-letters', label: 'events.nav.deadLetters', group: 'ops', roles: ['ADMIN'] },
  { path: '/ops/jobs', label: 'events.nav.jobs', group: 'ops', roles: ['ADMIN'] },
  // last, so that no role lands on it after signing in
  { path: '/inbox', label: 'events.nav.inbox', group: 'overview', roles: STAFF },
];

export function navigationFor(session: Session): NavEntry[] {
  return NAVIGATION.filter((entry) => entry.roles.some((role) => session.roles.includes(role)));
}

/** Where a person lands after signing in: the first page of their menu. */
export function homeFor(session: Session): string {
  return navigationFor(session)[0]?.path ?? '/events';
}
