// Shared pieces of the browser suite: Debian's Chromium through playwright-core, sign-in through
// Keycloak's own login form, axe-core on every page visited, screenshots kept as artefacts.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

import AxeBuilder from '@axe-core/playwright';
import { chromium } from 'playwright-core';

export const GATEWAY = process.env.GATEWAY ?? 'http://localhost:8080';
export const KEYCLOAK = process.env.KEYCLOAK ?? 'http://localhost:8180';
export const CONSOLE = `${GATEWAY}/console`;
const SCREENSHOTS = process.env.SCREENSHOTS ?? new URL('../../../../../deploy/target/console-screenshots', import.meta.url).pathname;
mkdirSync(SCREENSHOTS, { recursive: true });

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
}

export const DESKTOP = { viewport: { width: 1366, height: 860 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' };
export const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' };

/** Opens the console as `username` (password `demo`), typing into Keycloak's login form. */
export async function signIn(browser, username, options = DESKTOP, path = '/') {
  const context = await browser.newContext(options);
  context.setDefaultTimeout(30_000);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${CONSOLE}${path}`);
  await page.waitForURL((url) => url.href.startsWith(KEYCLOAK));
  await page.locator('#username').fill(username);
  await page.locator('#password').fill('demo');
  await page.locator('#kc-login').click();
  await page.waitForURL((url) => url.href.startsWith(CONSOLE) && !url.searchParams.has('code'));
  await page.getByTestId('user').waitFor();
  page.errors = errors;
  return page;
}

/** No serious or critical accessibility violation on the page as it stands, then a screenshot. */
export async function check(page, name) {
  await page.waitForLoadState('networkidle');
  // a toast fading in or out reads as faint text to axe: let it go first
  await page.locator('.ant-message-notice').first().waitFor({ state: 'detached', timeout: 10_000 });
  // a select's dropdown still closing after a pick keeps its listbox, which has no name of its own
  // (axe: aria-input-field-name): let it close first
  await page.locator('.ant-select-dropdown:visible').first().waitFor({ state: 'detached', timeout: 10_000 });
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
  assert.deepEqual(
    serious.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`),
    [],
    `axe on ${name}`,
  );
  assert.deepEqual(page.errors, [], `script errors on ${name}`);
}

/** A token from the `scripts` client, for setting the scene through the API (never for the console itself). */
export async function apiToken(username) {
  const response = await fetch(`${KEYCLOAK}/realms/society/protocol/openid-connect/token`, {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'password', client_id: 'scripts', username, password: 'demo' }),
  });
  assert.equal(response.status, 200, `token for ${username}`);
  return (await response.json()).access_token;
}

export async function api(path, username) {
  const response = await fetch(`${GATEWAY}${path}`, { headers: { Authorization: `Bearer ${await apiToken(username)}` } });
  assert.equal(response.status, 200, `GET ${path} as ${username}`);
  return response.json();
}

export async function apiPost(path, username, body) {
  const response = await fetch(`${GATEWAY}${path}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${await apiToken(username)}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  assert.equal(response.status, 200, `POST ${path} as ${username}: ${await response.clone().text()}`);
  return response.json();
}
