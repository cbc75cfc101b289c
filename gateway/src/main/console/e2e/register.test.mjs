// The register's pages (society-service) in a real browser: ADMIN's lifecycle steps and accounts, a
// grading round from ADMIN through a secretary's application to a reviewer's score, and ADMIN's
// civil-affairs link, inspection schedule and the other register pages. ConsoleIT runs this file.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { DESKTOP, GATEWAY, PHONE, api, apiPost, apiToken, check, launch, signIn } from './browser.mjs';

const SECRETARY1_SOCIETY = '11111111-1111-4111-8111-111111111111';
const REVIEWER1 = '33333333-3333-4333-8333-333333333333';
const MAIL = process.env.MAIL ?? 'http://localhost:8025';
const today = (days = 0) => new Date(Date.now() + days * 86_400_000).toLocaleString('sv-SE', { timeZone: 'Asia/Shanghai' }).slice(0, 10);
const YEAR = Number(today().slice(0, 4));
const TAG = Date.now().toString(36);
let browser;

before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** Picks an option of an antd Select by its text (the dropdown is rendered outside the form). */
async function choose(page, field, option) {
  await field.click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option }).first().click();
}

/** Types into an antd Select with search and picks the first option holding `text` (long lists render only what is in view). */
async function chooseTyped(page, field, text) {
  await field.fill(text);
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: text }).first().click();
}

/** Confirms the Popconfirm a step opened. */
async function confirm(page) {
  await page.locator('.ant-popconfirm:visible').getByRole('button', { name: /确\s*定/ }).click();
}

async function mailTo(address) {
  const response = await fetch(`${MAIL}/api/user/${encodeURIComponent(address)}/messages/INBOX`);
  return response.ok ? response.json() : [];
}

test('ADMIN takes a founding application through its steps and invites its secretariat, who gets the mail', async () => {
  const name = `济宁市控制台测试学会${TAG}`;
  const page = await signIn(browser, 'admin', DESKTOP, '/societies');
  await page.getByRole('button', { name: '申请成立' }).click();
  const form = page.locator('form#new-founding');
  await form.getByLabel('学会名称').fill(name);
  await choose(page, form.getByLabel('学科类别'), '医科');
  await chooseTyped(page, form.getByLabel('挂靠单位'), '卫生健康');
  await form.getByLabel('个人会员').fill('60');
  await form.getByLabel('单位会员').fill('0');
  await form.getByLabel('资产（元）').fill('50000.00');
  await form.getByLabel('法定代表人').fill('赵明');
  await form.getByLabel('地址').fill('济宁市任城区共青团路');
  await check(page, 'register-new-founding');
  await form.getByRole('button', { name: /提\s*交/ }).click();
  await page.getByRole('heading', { name }).waitFor();
  await page.locator('.ant-tag', { hasText: '草稿' }).first().waitFor();
  await check(page, 'register-society-draft');

  await page.getByRole('button', { name: '提交申请' }).click();
  await confirm(page);
  await page.locator('.ant-tag', { hasText: '已提交' }).first().waitFor();

  // no party organisation yet: the service refuses pre-approval, and the console shows why
  await page.getByRole('button', { name: '同意成立（业务主管单位）' }).click();
  await confirm(page);
  await page.getByRole('alert').filter({ hasText: 'party organisation is not set up' }).waitFor();
  await page.getByRole('button', { name: '党组织情况' }).click();
  const party = page.locator(`form#party-${page.url().split('/societies/')[1].split(/[?#]/)[0]}`);
  await choose(page, party.getByLabel('党组织', { exact: true }), '联合建立');
  await party.getByLabel('党组织成立日期').fill(today(-30));
  await party.getByLabel('党员人数').fill('5');
  await party.getByRole('button', { name: /提\s*交/ }).click();
  await party.waitFor({ state: 'detached' });
  await page.getByRole('button', { name: '同意成立（业务主管单位）' }).click();
  await confirm(page);
  await page.locator('.ant-tag', { hasText: '已预审' }).first().waitFor();
  assert.equal(await page.getByRole('button', { name: '提交申请' }).count(), 0, 'no submission once pre-approved');
  await check(page, 'register-society-pre-approved');

  // a secretariat account, with the set-password mail
  const email = `console-${TAG}@accounts.test`;
  await page.getByRole('tab', { name: '秘书处账号' }).click();
  await page.getByRole('button', { name: '开通秘书处账号' }).click();
  const societyId = page.url().split('/societies/')[1].split(/[?#]/)[0];
  const invite = page.locator(`form#invite-${societyId}`);
  await invite.getByLabel('姓名').fill('钱秘书');
  await invite.getByLabel('邮箱').fill(email);
  await invite.getByLabel('电话').fill('13800005678');
  await invite.getByRole('button', { name: /提\s*交/ }).click();
  const row = page.locator('.ant-table-row', { hasText: email });
  await row.waitFor();
  let mails = [];
  for (let i = 0; i < 60 && mails.length === 0; i++) {
    await new Promise((r) => setTimeout(r, 1000));
    mails = await mailTo(email);
  }
  assert.ok(mails.length > 0, `the set-password mail reached ${email}`);
  await row.getByText('是').first().waitFor({ timeout: 30_000 });
  await check(page, 'register-secretariat-accounts');
  await page.context().close();
});

test('a grading round: ADMIN opens it, the secretary applies, ADMIN assigns reviewer1 and starts scoring, reviewer1 scores', async () => {
  // an application left under way by an interrupted run would block this one: withdraw it first
  for (const a of await api(`/api/societies/${SECRETARY1_SOCIETY}/evaluation/applications`, 'secretary1')) {
    if (a.status === 'SUBMITTED' || a.status === 'PROPOSED') {
      await apiPost(`/api/societies/evaluation/applications/${a.id}/withdrawal`, 'secretary1', {});
    }
  }
  const reviewer = await api(`/api/experts/${REVIEWER1}`, 'admin');
  const round = `${YEAR}年度社会组织评估（控制台${TAG}）`;

  const admin = await signIn(browser, 'admin', DESKTOP, '/grading');
  await admin.getByRole('heading', { name: '等级评估' }).waitFor();
  await admin.getByRole('button', { name: '发起评估' }).click();
  const opening = admin.locator('form#grading-round');
  await opening.getByLabel('批次名称').fill(round);
  await opening.getByLabel('申报截止').fill(today(30));
  // by keyboard: the new row then appears where no pointer hovers it
  await opening.getByLabel('批次名称').press('Enter');
  await admin.getByRole('link', { name: round }).waitFor();
  await check(admin, 'register-grading-rounds');

  const secretary = await signIn(browser, 'secretary1', PHONE, `/societies/${SECRETARY1_SOCIETY}?tab=grading`);
  await secretary.getByText(/可以申报/).waitFor();
  await secretary.getByRole('button', { name: '申报评估' }).click();
  const apply = secretary.locator(`form#grading-apply-${SECRETARY1_SOCIETY}`);
  await choose(secretary, apply.getByLabel('评估批次'), round);
  await apply.getByLabel('申报说明').fill('本会组织健全，学术活动活跃，申请重新评估。');
  for (const [label, value] of [['基础条件', '55'], ['内部治理', '300'], ['工作绩效', '350'], ['社会评价', '130'], ['党的建设', '65']]) {
    await apply.getByLabel(label).fill(value);
  }
  await check(secretary, 'register-grading-apply');
  await apply.getByRole('button', { name: /提\s*交/ }).click();
  await apply.waitFor({ state: 'detached' });
  const filed = secretary.locator('.ant-table-row', { hasText: round });
  await filed.getByText('已提交').waitFor();
  await check(secretary, 'register-grading-society');

  await admin.getByRole('link', { name: round }).click();
  await admin.getByRole('heading', { name: round }).waitFor();
  const application = admin.locator('.ant-table-row', { hasText: '济宁市医学会' });
  await application.getByRole('button', { name: '指派评估专家' }).click();
  const assessor = admin.locator('form[id^="assessor-"]');
  await chooseTyped(admin, assessor.getByLabel('专家', { exact: true }), reviewer.name);
  assert.equal(await assessor.getByLabel('工作单位').inputValue(), reviewer.employer, 'the pool\'s employer filled in');
  await assessor.getByRole('button', { name: /提\s*交/ }).click();
  await assessor.waitFor({ state: 'detached' });
  await application.getByText(reviewer.name).waitFor();
  await admin.getByRole('button', { name: '截止申报，开始评分' }).click();
  await confirm(admin);
  await admin.locator('.ant-descriptions .ant-tag', { hasText: '评分中' }).waitFor();
  await check(admin, 'register-grading-round');

  const scorer = await signIn(browser, 'reviewer1', DESKTOP, '/grading/assessments');
  const mine = scorer.locator('.ant-table-row', { hasText: '济宁市医学会' }).filter({ has: scorer.getByRole('button', { name: /评\s*分/ }) });
  await mine.first().waitFor();
  await check(scorer, 'register-my-assessments');
  await mine.first().getByRole('button', { name: /评\s*分/ }).click();
  const score = scorer.locator('form[id^="score-"]');
  const applicationId = (await score.getAttribute('id')).slice('score-'.length);
  for (const [label, value] of [['基础条件', '56'], ['内部治理', '310'], ['工作绩效', '340'], ['社会评价', '128'], ['党的建设', '62']]) {
    await score.getByLabel(label).fill(value);
  }
  await score.getByLabel('意见').fill('组织健全，学术交流活跃。');
  await score.getByRole('button', { name: /提\s*交/ }).click();
  await score.waitFor({ state: 'detached' });
  await scorer.getByText('评分：已完成').waitFor();
  const scored = (await api('/api/societies/evaluation/assessments/mine', 'reviewer1')).find((a) => a.assessment.applicationId === applicationId);
  assert.equal(scored.assessment.status, 'SCORED');
  assert.equal(scored.assessment.total, 896);
  await scorer.context().close();

  // the secretary withdraws, so the society may apply again in the next run
  await secretary.reload();
  await filed.getByRole('button', { name: '撤回申报' }).click();
  await confirm(secretary);
  await filed.getByText('已撤回').waitFor();
  await secretary.context().close();
  await admin.context().close();
});

test('ADMIN sees the civil-affairs inbox and dispatches, the inspection schedule and the register\'s other pages', async () => {
  const page = await signIn(browser, 'admin', DESKTOP, '/civil-affairs');
  await page.getByRole('heading', { name: '民政对接' }).waitFor();
  await page.getByRole('tab', { name: '民政来件' }).waitFor();
  await page.locator('.ant-table').first().waitFor();
  const inbox = await (await fetch(`${GATEWAY}/api/civil-affairs/inbox?size=1`, { headers: { Authorization: `Bearer ${await apiToken('admin')}` } })).json();
  if ((inbox.page?.totalElements ?? 0) > 0) await page.locator('.ant-table-row').first().waitFor();
  await check(page, 'register-civil-affairs-inbox');
  await page.getByRole('tab', { name: '报送民政' }).click();
  await page.waitForURL(/tab=dispatches/);
  await check(page, 'register-civil-affairs-dispatches');

  await page.getByRole('link', { name: '年检', exact: true }).click();
  await page.getByRole('tab', { name: '年检安排' }).click();
  const schedule = page.locator('.ant-card', { hasText: `${YEAR} 年度年检安排` });
  await schedule.locator('.ant-descriptions-item-content').filter({ hasText: /^\d{4}-\d{2}-\d{2}$/ }).first().waitFor();
  await check(page, 'register-inspection-schedule');
  await page.getByRole('tab', { name: '能上能下' }).click();
  await page.locator('.ant-table').first().waitFor();
  await check(page, 'register-standing-cases');

  for (const [link, heading, shot] of [
    ['换届督办', '换届督办', 'register-terms-due'],
    ['评估等级', '评估等级', 'register-grades'],
    ['承接职能项目', '承接职能项目', 'register-function-transfers'],
    ['挂靠单位与导入', '挂靠单位与导入', 'register-host-units'],
    ['专家账号', '专家账号', 'register-expert-accounts'],
  ]) {
    await page.getByRole('link', { name: link, exact: true }).click();
    await page.getByRole('heading', { name: heading }).waitFor();
    await page.locator('.ant-table').first().waitFor();
    await check(page, shot);
  }
  await page.context().close();
});
