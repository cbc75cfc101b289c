import { Result, Spin } from 'antd';
import { UserManager, WebStorageStateStore, type User } from 'oidc-client-ts';
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { connectSession } from '../api/client';
import { sessionOf, type Session } from './session';

interface ConsoleConfig {
  authority: string;
  clientId: string;
}

interface Auth {
  session: Session;
  signOut: () => void;
}

const AuthContext = createContext<Auth | undefined>(undefined);
const BASE = import.meta.env.BASE_URL;

/** The page to come back to after a round trip through Keycloak (path, query, hash). */
function here(): string {
  return window.location.pathname + window.location.search + window.location.hash;
}

/**
 * Sign-in through Keycloak's authorisation-code flow with PKCE (the public client `web`): the
 * console never sees a password. Tokens are renewed with the refresh token before they expire; if
 * that fails (the SSO session ended), the console signs in again and comes back to the same page,
 * where forms restore their drafts.
 */
export function AuthProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [auth, setAuth] = useState<Auth>();
  const [failure, setFailure] = useState<string>();

  useEffect(() => {
    let manager: UserManager;
    const signIn = () => void manager.signinRedirect({ state: { returnTo: here() } });
    const adopt = (user: User) =>
      setAuth({ session: sessionOf(user.access_token), signOut: () => void manager.signoutRedirect() });

    (async () => {
      const config = (await (await fetch(`${BASE}config.json`)).json()) as ConsoleConfig;
      manager = new UserManager({
        authority: config.authority,
        client_id: config.clientId,
        redirect_uri: `${window.location.origin}${BASE}`,
        post_logout_redirect_uri: `${window.location.origin}${BASE}`,
        response_type: 'code',
        scope: 'openid profile',
        automaticSilentRenew: true,
        userStore: new WebStorageStateStore({ store: window.sessionStorage }),
      });
      let current: User | null = null;
      connectSession(() => current?.access_token, signIn);
      manager.events.addUserLoaded((user) => {
        current = user;
        adopt(user);
      });
      manager.events.addSilentRenewError(signIn);
      manager.events.addAccessTokenExpired(signIn);

      const params = new URLSearchParams(window.location.search);
      if (params.has('code') && params.has('state')) {
        const user = await manager.signinRedirectCallback();
        const returnTo = (user.state as { returnTo?: string } | undefined)?.returnTo;
        window.history.replaceState(null, '', returnTo && returnTo.startsWith(BASE) ? returnTo : BASE);
      }
      current = await manager.getUser();
      if (current && current.expired) {
        current = await manager.signinSilent().catch(() => null);
      }
      if (!current) {
        signIn();
        return;
      }
      adopt(current);
    })().catch((e: unknown) => setFailure(e instanceof Error ? e.message : String(e)));
  }, []);

  if (failure) return <Result status="error" title={t('auth.failed')} subTitle={failure} />;
  if (!auth) {
    return (
      <div style={{ display: 'grid', placeItems: 'center', minHeight: '100vh' }}>
        <Spin size="large" tip={t('auth.signingIn')}>
          <div style={{ padding: 48 }} />
        </Spin>
      </div>
    );
  }
  return <AuthContext.Provider value={auth}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth outside AuthProvider');
  return auth;
}

/** For tests and previews: a fixed session, no Keycloak. */
export function FixedSession({ session, children }: { session: Session; children: ReactNode }) {
  return <AuthContext.Provider value={{ session, signOut: () => undefined }}>{children}</AuthContext.Provider>;
}
