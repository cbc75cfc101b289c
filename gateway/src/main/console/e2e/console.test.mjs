// One full path per role through the console, against the running platform (ConsoleIT runs this).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { CONSOLE, DESKTOP, PHONE, api, apiPost, check, launch, signIn } from './browser.mjs';

const SECRETARY1_SOCIETY = '11111111-1111-4111-8111-111111111111';
const YEAR = Number(new Date().toLocaleString('sv-SE', { timeZone: 'Asia/Shanghai' }).slice(0, 4));
let browser;

before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test('ADMIN sees the year in figures and charts, and the register pages, sorts and filters', async () => {
  const page = await signIn(browser, 'admin');
  await page.waitForURL(`${CONSOLE}/dashboard`);
  await page.getByRole('heading', { name: `${YEAR} 年度数据` }).waitFor();
  await page.locator('[role="img"] canvas').first().waitFor();
  assert.ok((await page.locator('[role="img"] canvas').count()) >= 4, 'four charts drawn');
  const societies = page.locator('.ant-card', { hasText: '学会总数' }).locator('.ant-statistic-content-value');
  await societies.filter({ hasText: /^[\d,]+$/ }).waitFor();
  await page.waitForLoadState('networkidle');
  assert.equal(await page.getByRole('alert').count(), 0, 'every service answered the dashboard');
  await check(page, 'admin-dashboard');

  await page.getByRole('link', { name: '学会名录' }).click();
  await page.getByRole('heading', { name: '学会名录' }).waitFor();
  await page.getByLabel('搜索').fill('医学');
  await page.getByLabel('搜索').press('Enter');
  await page.waitForURL(/q=%E5%8C%BB%E5%AD%A6/);
  await page.getByRole('link', { name: '济宁市医学会', exact: true }).waitFor();
  await page.getByRole('columnheader', { name: /登记日期/ }).click();
  await page.waitForURL(/sort=registeredOn%2Casc/);
  await check(page, 'admin-register');

  await page.getByRole('link', { name: '济宁市医学会', exact: true }).click();
  await page.getByRole('heading', { name: '济宁市医学会' }).waitFor();
  await page.getByRole('tab', { name: '操作记录' }).click();
  await page.locator('.ant-table-row').first().waitFor();
  await check(page, 'admin-society-audit');

  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('tab', { name: 'Audit trail' }).waitFor();
  await page.getByRole('button', { name: /中\s*文/ }).click();
  await page.context().close();
});

test('a secretary files the annual report on a phone, and ADMIN pre-reviews it', async () => {
  // a run stopped between filing and pre-review leaves the report filed: return it first, as ADMIN would
  const inspections = `/api/societies/${SECRETARY1_SOCIETY}/inspections`;
  if ((await api(inspections, 'admin')).find((i) => i.year === YEAR)?.status === 'REPORT_FILED') {
    await apiPost(`${inspections}/${YEAR}/pre-review`, 'admin', { passed: false, comments: '上次测试未完成，退回重填。' });
  }
  const secretary = await signIn(browser, 'secretary1', PHONE);
  await secretary.waitForURL(new RegExp(`/societies/${SECRETARY1_SOCIETY}\\?tab=inspections`));
  const form = secretary.locator(`form#annual-report-${YEAR}`);
  await form.waitFor();
  await form.getByLabel('工作总结').fill(`${YEAR}年度举办学术年会1次、专题讲座4次，发展会员12名。`);

  // the session ends half-way: the console signs in again (Keycloak's session cookie) and the draft is still there
  await secretary.evaluate(() => Object.keys(sessionStorage).filter((k) => k.startsWith('oidc.')).forEach((k) => sessionStorage.removeItem(k)));
  await secretary.reload();
  await form.waitFor();
  assert.match(await form.getByLabel('工作总结').inputValue(), /举办学术年会1次/);

  for (const [label, value] of [['举办活动（次）', '5'], ['个人会员', '92'], ['单位会员', '3'], ['收入（元）', '26000'], ['支出（元）', '21500.5'], ['净资产（元）', '52000']]) {
    await form.getByLabel(label).fill(value);
  }
  await check(secretary, 'secretary-annual-report');
  await form.getByRole('button', { name: /提\s*交/ }).click();
  await secretary.getByText('年度报告已提交').waitFor();
  await secretary.locator('.ant-table-row', { hasText: String(YEAR) }).getByText('已填报').waitFor();
  await check(secretary, 'secretary-report-filed');
  await secretary.getByRole('button', { name: '菜单' }).click();
  await secretary.getByRole('dialog').getByRole('link', { name: '经费申请' }).waitFor();
  await secretary.context().close();

  const admin = await signIn(browser, 'admin', DESKTOP, `/inspections?year=${YEAR}&status=REPORT_FILED`);
  const row = admin.locator('.ant-table-row', { hasText: '济宁市医学会' });
  await row.getByRole('button', { name: /初\s*审/ }).click();
  const dialog = admin.getByRole('dialog');
  await dialog.getByLabel('退回修改').check();
  await dialog.getByRole('button', { name: /提\s*交/ }).click();
  // returning needs comments: the service names the field and the console shows it on that field
  await dialog.locator('.ant-form-item-explain-error').first().waitFor();
  assert.match(await dialog.locator('.ant-form-item-explain-error').first().textContent(), /required/);
  await check(admin, 'admin-pre-review-field-error');
  await dialog.getByLabel('初审意见').fill('请补充财务收支明细后重新提交。');
  await dialog.getByRole('button', { name: /提\s*交/ }).click();
  await admin.getByText('初审已完成').waitFor();

  // back with the secretariat, pending again: the next run files it once more
  const returned = await api(inspections, 'admin');
  const inspection = returned.find((i) => i.year === YEAR);
  assert.equal(inspection.status, 'PENDING');
  assert.equal(inspection.preReviewComments, '请补充财务收支明细后重新提交。');
  assert.equal(inspection.report.activitiesHeld, 5);
  await admin.context().close();
});

test('a reviewer scores an application from its own queue', async () => {
  const page = await signIn(browser, 'reviewer1');
  await page.waitForURL(`${CONSOLE}/societies`);
  await page.getByRole('link', { name: '我的评审' }).click();
  const row = page.locator('.ant-table-row', { hasText: '评审中' }).first();
  await row.waitFor();
  await check(page, 'reviewer-queue');
  await row.getByRole('link').click();
  const form = page.locator('form#review');
  await form.waitFor();
  const scores = form.locator('input[role="spinbutton"]');
  const count = await scores.count();
  assert.ok(count >= 2, 'one input per criterion of the rubric');
  for (let i = 0; i < count; i++) await scores.nth(i).fill(String(70 + i * 5));
  await form.getByLabel('意见').fill('方案可行，预算基本合理。');
  await check(page, 'reviewer-scoring');
  await form.getByRole('button', { name: /提\s*交/ }).click();
  await page.getByText('评分已保存').waitFor();
  await page.getByTestId('review-total').waitFor();
  await page.context().close();
});

test('at the door an editor checks a ticket in by keyboard, and a second scan of it is refused', async () => {
  const [meeting] = (await api(`/api/events?year=${YEAR}&status=PUBLISHED`, 'admin')).sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  assert.ok(meeting, 'a published event this year');
  const tickets = (await api(`/api/events/${meeting.id}/registrations`, 'admin'))
    .filter((r) => r.status === 'ADMITTED' && r.ticketCode)
    .map((r) => r.ticketCode)
    .sort(() => Math.random() - 0.5);

  const page = await signIn(browser, 'editor1');
  await page.getByRole('link', { name: '现场签到' }).click();
  await page.getByLabel('选择活动').click();
  await page.keyboard.type(meeting.title.slice(0, 6));
  await page.locator('.ant-select-item-option-active', { hasText: meeting.title }).waitFor();
  await page.keyboard.press('Enter');
  const ticket = page.getByLabel('票号');
  let admitted;
  for (const code of tickets.slice(0, 15)) {
    await ticket.fill(code);
    const answered = page.waitForResponse((r) => r.url().endsWith(`/api/events/${meeting.id}/check-ins`));
    await ticket.press('Enter');
    if ((await answered).status() === 200) {
      admitted = code;
      break;
    }
    await page.getByRole('alert').filter({ hasText: 'already checked in' }).waitFor();
  }
  assert.ok(admitted, 'one of 15 admitted tickets was not checked in yet');
  await page.getByText(/签到成功/).first().waitFor();
  await check(page, 'editor-check-in');
  await ticket.fill(admitted);
  await ticket.press('Enter');
  await page.getByRole('alert').filter({ hasText: `Ticket ${admitted} was already checked in` }).waitFor();
  await check(page, 'editor-check-in-refused');
  await page.context().close();
});
