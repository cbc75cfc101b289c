import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router-dom';

import { FixedSession } from './auth/AuthProvider';
import type { Session } from './auth/session';
import { Localised } from './Localised';

/** Renders a piece of the console as `session` would see it at `path`, without Keycloak. */
export function renderAs(session: Session, ui: ReactNode, path = '/') {
  const queries = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <Localised>
      <QueryClientProvider client={queries}>
        <MemoryRouter initialEntries={[path]}>
          <FixedSession session={session}>{ui}</FixedSession>
        </MemoryRouter>
      </QueryClientProvider>
    </Localised>,
  );
}

export const secretary: Session = {
  username: 'secretary1',
  name: 'secretary1',
  roles: ['SOCIETY_SECRETARY'],
  societyId: '11111111-1111-4111-8111-111111111111',
};
