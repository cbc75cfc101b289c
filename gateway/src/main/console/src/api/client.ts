import createClient, { type Middleware } from 'openapi-fetch';

import type { paths as EventPaths } from './schema/event';
import type { paths as ExpertPaths } from './schema/expert';
import type { paths as FundingPaths } from './schema/funding';
import type { paths as PublicityPaths } from './schema/publicity';
import type { paths as SocietyPaths } from './schema/society';
import { ProblemError, toProblem } from './problem';

type TokenSource = () => string | undefined;
let currentToken: TokenSource = () => undefined;
let unauthorized: () => void = () => undefined;

/** Where the clients take the bearer token from, and what to do when the gateway says 401. */
export function connectSession(token: TokenSource, onUnauthorized: () => void): void {
  currentToken = token;
  unauthorized = onUnauthorized;
}

/**
 * The services take filters and paging as plain query parameters (`status=ACTIVE&page=0&sort=name`),
 * while their documents describe them as objects (`filter`, `page`): spread those objects' fields.
 */
export function serializeQuery(query: Record<string, unknown>): string {
  const params = new URLSearchParams();
  const add = (key: string, value: unknown) => {
    if (value === undefined || value === null || value === '') return;
    if (Array.isArray(value)) value.forEach((item) => add(key, item));
    else if (typeof value === 'object') Object.entries(value).forEach(([k, v]) => add(k, v));
    else params.append(key, String(value));
  };
  Object.entries(query).forEach(([key, value]) => add(key, value));
  return params.toString();
}

const bearer: Middleware = {
  onRequest({ request }) {
    const token = currentToken();
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    return request;
  },
  onResponse({ response }) {
    if (response.status === 401) unauthorized();
    return response;
  },
};

function client<Paths extends {}>() {
  const c = createClient<Paths>({
    baseUrl: typeof window === 'undefined' ? 'http://localhost' : window.location.origin,
    querySerializer: serializeQuery,
    // looked up on each call, not when the module loads (tests replace fetch)
    fetch: (request: Request) => globalThis.fetch(request),
  });
  c.use(bearer);
  return c;
}

/** One typed client per service, generated from its OpenAPI document (api-docs/<service>.json). */
export const society = client<SocietyPaths>();
export const funding = client<FundingPaths>();
export const experts = client<ExpertPaths>();
export const events = client<EventPaths>();
export const publicity = client<PublicityPaths>();

/** The answer's data, or its problem thrown as a ProblemError. */
export async function call<T>(request: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  let result: { data?: T; error?: unknown; response: Response };
  try {
    result = await request;
  } catch (e) {
    throw new ProblemError(0, 'network', e instanceof Error ? e.message : String(e));
  }
  if (!result.response.ok) throw toProblem(result.response.status, result.response.statusText, result.error);
  return result.data as T;
}

/** Downloads a file the API makes (xlsx exports, PDF letters) with the session's token. */
export async function download(path: string, query: Record<string, unknown> = {}, filename?: string): Promise<void> {
  const qs = serializeQuery(query);
  const response = await fetch(`${path}${qs ? `?${qs}` : ''}`, {
    headers: { Authorization: `Bearer ${currentToken() ?? ''}` },
  });
  if (!response.ok) {
    const body = await response.json().catch(() => undefined);
    throw toProblem(response.status, response.statusText, body);
  }
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const named = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1] ?? /filename="?([^";]+)"?/i.exec(disposition)?.[1];
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = named ? decodeURIComponent(named) : (filename ?? path.split('/').pop() ?? 'download');
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
