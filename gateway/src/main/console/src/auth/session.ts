import { jwtDecode } from 'jwt-decode';

export const ROLES = ['ADMIN', 'SOCIETY_SECRETARY', 'REVIEWER', 'EXPERT', 'EDITOR'] as const;
export type Role = (typeof ROLES)[number];

/** Who is signed in, as the access token says (the same claims every service reads). */
export interface Session {
  username: string;
  name: string;
  roles: Role[];
  societyId?: string;
  expertId?: string;
}

interface AccessClaims {
  preferred_username?: string;
  name?: string;
  realm_access?: { roles?: string[] };
  society_id?: string;
  expert_id?: string;
}

export function sessionOf(accessToken: string): Session {
  const claims = jwtDecode<AccessClaims>(accessToken);
  const roles = (claims.realm_access?.roles ?? []).filter((r): r is Role => (ROLES as readonly string[]).includes(r));
  return {
    username: claims.preferred_username ?? '',
    name: claims.name ?? claims.preferred_username ?? '',
    roles,
    societyId: claims.society_id,
    expertId: claims.expert_id,
  };
}

export function hasAny(session: Session, roles: readonly Role[]): boolean {
  return roles.some((role) => session.roles.includes(role));
}
