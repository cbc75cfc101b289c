// Grants, expert pools and proposals through the console, one path per role (ConsoleIT runs this file with the rest).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { CONSOLE, DESKTOP, PHONE, api, check, launch, signIn } from './browser.mjs';

const SECRETARY1_SOCIETY = '11111111-1111-4111-8111-111111111111';
const REVIEWER1 = '33333333-3333-4333-8333-333333333333';
const shanghaiDay = (offset = 0) => new Date(Date.now() + offset * 86_400_000).toLocaleString('sv-SE', { timeZone: 'Asia/Shanghai' }).slice(0, 10);
const YEAR = Number(shanghaiDay().slice(0, 4));
// unique per run, so that the suite reruns against the same databases
const STAMP = new Date().toISOString().replace(/\D/g, '').slice(4, 14);
let browser;

before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** Picks the option of an antd Select whose text matches, after typing `search` into it if given. */
async function choose(page, select, text, search) {
  await select.click();
  if (search) await select.fill(search);
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: text }).first().click();
  // a multiple select stays open; either way the list must be gone before axe looks at the page
  if (await page.locator('.ant-select-dropdown:visible').count()) await page.keyboard.press('Escape');
  await page.locator('.ant-select-dropdown:visible').first().waitFor({ state: 'hidden' });
}

test('ADMIN opens a grant call, a secretary drafts and submits an application, ADMIN checks it and assigns a reviewer', async () => {
  const callTitle = `${YEAR}年度学会学术活动资助（测试${STAMP}）`;
  const admin = await signIn(browser, 'admin', DESKTOP, '/funding/calls/new');
  const callForm = admin.locator('form#call');
  await callForm.getByLabel('通知标题').waitFor();
  await callForm.getByLabel('通知标题').fill(callTitle);
  await callForm.getByLabel('说明').fill('资助学会举办学术年会、学术沙龙和科普活动。');
  await callForm.getByLabel('截止').fill(shanghaiDay(40));
  await callForm.getByLabel('单项上限（元）').fill('30,000');
  await callForm.getByLabel('单项上限（元）').blur();
  assert.equal(await callForm.getByLabel('单项上限（元）').inputValue(), '30000.00', 'the amount is kept exactly, tidied to two decimals');
  for (const category of ['学术和科技交流', '公共服务']) await callForm.getByLabel(category).check();
  await check(admin, 'admin-call-new');
  await callForm.getByRole('button', { name: /发\s*布/ }).click();
  // calls list newest opening day first; many runs on one day share it, so show them all
  await admin.waitForURL(/\/funding\/calls\?year=/);
  await admin.goto(`${CONSOLE}/funding/calls?year=${YEAR}&status=OPEN&size=100`);
  const callRow = admin.locator('.ant-table-row', { hasText: callTitle });
  await callRow.waitFor();
  await callRow.getByText('进行中').waitFor();
  await callRow.getByText('¥30,000.00').waitFor();
  await check(admin, 'admin-calls');

  const secretary = await signIn(browser, 'secretary1', PHONE, `/funding/calls?year=${YEAR}&status=OPEN&size=100`);
  const title = `青年医师学术沙龙（测试${STAMP}）`;
  await secretary.locator('.ant-table-row', { hasText: callTitle }).getByRole('link', { name: '申请' }).click();
  const form = secretary.locator('form#application');
  await form.getByLabel('项目名称').waitFor();
  await form.getByLabel('项目名称').fill(title);
  await choose(secretary, form.getByLabel('子项'), '学术年会');
  await form.getByLabel('计划开始').fill(shanghaiDay(10));
  await form.getByLabel('计划结束').fill(shanghaiDay(11));
  await form.getByLabel('地点').fill('济宁医学院报告厅');
  await form.getByLabel('支出项目 1').fill('场地费');
  await form.getByLabel('金额（元） 1').fill('8000.5');
  await form.getByRole('button', { name: '添加预算项' }).click();
  await form.getByLabel('支出项目 2').fill('专家劳务费');
  await form.getByLabel('金额（元） 2').fill('4000');
  await secretary.getByTestId('budget-total').getByText('¥12,000.50').waitFor();
  await form.getByRole('button', { name: '用合计作申请金额' }).click();
  assert.equal(await form.getByLabel('申请金额（元）').inputValue(), '12000.50');
  await check(secretary, 'secretary-application-form');
  await form.getByRole('button', { name: '保存草稿' }).click();
  await secretary.waitForURL(/\/funding\/applications\/[0-9a-f-]{36}$/);
  const applicationUrl = secretary.url();
  await secretary.getByRole('heading', { name: title }).getByText('草稿').waitFor();
  await secretary.getByText('¥12,000.50').first().waitFor();
  await secretary.getByRole('button', { name: '提交申请' }).click();
  await secretary.getByRole('button', { name: /^是$/ }).click();
  await secretary.getByRole('heading', { name: title }).getByText('已提交').waitFor();
  await check(secretary, 'secretary-application-submitted');
  await secretary.context().close();

  await admin.goto(applicationUrl);
  await admin.getByRole('heading', { name: title }).getByText('已提交').waitFor();
  await admin.getByRole('button', { name: '形式审查' }).click();
  const dialog = admin.getByRole('dialog');
  await dialog.getByLabel('通过，进入评审').check();
  await dialog.getByRole('button', { name: /提\s*交/ }).click();
  await admin.getByRole('heading', { name: title }).getByText('评审中').waitFor();

  // a member of the applying society is never offered as its reviewer
  const members = (await api(`/api/funding/reviewers?q=${encodeURIComponent('陈')}&size=50`, 'admin')).content
    .filter((r) => (r.societyIds ?? []).includes(SECRETARY1_SOCIETY));
  const assign = admin.locator('form#assign-reviewers');
  if (members.length > 0) {
    await assign.getByLabel('分配评审专家').click();
    await assign.getByLabel('分配评审专家').fill(members[0].name);
    const conflicted = admin.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: members[0].name }).first();
    await conflicted.waitFor();
    assert.match(await conflicted.getAttribute('class'), /ant-select-item-option-disabled/);
    assert.match(await conflicted.textContent(), /回避/);
    await admin.keyboard.press('Escape');
    await admin.locator('.ant-select-dropdown:visible').first().waitFor({ state: 'hidden' });
  }
  const reviewer = await api(`/api/funding/reviewers/${REVIEWER1}`, 'admin');
  await choose(admin, assign.getByLabel('分配评审专家'), reviewer.name, reviewer.name);
  await assign.getByRole('button', { name: /分\s*配/ }).click();
  await admin.locator('.ant-card', { hasText: '评审专家' }).locator('.ant-table-row', { hasText: reviewer.name }).first().waitFor();
  await check(admin, 'admin-application-in-review');
  await admin.context().close();
});

test('ADMIN keeps the budget: allocations per category and the ledger', async () => {
  const admin = await signIn(browser, 'admin', DESKTOP, `/funding/budget?year=${YEAR}`);
  await admin.getByRole('heading', { name: `${YEAR} 年度经费预算` }).waitFor();
  await admin.locator('.ant-table-row', { hasText: '学术和科技交流' }).first().waitFor();
  await admin.locator('.ant-card', { hasText: '预算台账' }).locator('.ant-table-row').first().waitFor();
  await check(admin, 'admin-budget');
  await admin.getByRole('link', { name: '资助类别' }).click();
  await admin.locator('.ant-table-row', { hasText: 'ACADEMIC_EXCHANGE' }).waitFor();
  await check(admin, 'admin-catalogue');
  await admin.context().close();
});

test('a secretary nominates an expert to a pool, a reviewer votes, ADMIN admits them', async () => {
  const name = `测试专家${STAMP.slice(-6)}`;
  const secretary = await signIn(browser, 'secretary1', DESKTOP, '/experts/nominations/new');
  const form = secretary.locator('form#pool-nomination');
  await form.getByLabel('专家库').waitFor();
  await choose(secretary, form.getByLabel('专家库'), '科技专家库');
  await form.getByLabel('姓名').fill(name);
  await form.getByLabel('工作单位').fill('济宁医学院附属医院');
  await form.getByLabel('职称', { exact: true }).fill('主任医师');
  await choose(secretary, form.getByLabel('职称级别'), '正高级');
  await choose(secretary, form.getByLabel('学科类别'), '医科');
  await form.getByLabel('推荐理由').fill('长期从事心血管临床与科研，主持省级课题三项。');
  await check(secretary, 'secretary-pool-nomination');
  await form.getByRole('button', { name: '推荐入库' }).click();
  await secretary.waitForURL(/\/experts\/nominations\/[0-9a-f-]{36}$/);
  const url = secretary.url();
  await secretary.getByRole('heading', { name: new RegExp(name) }).getByText('待表决').waitFor();
  await secretary.context().close();

  const reviewer = await signIn(browser, 'reviewer1', DESKTOP, '/experts/nominations?status=PENDING');
  await reviewer.getByRole('link', { name }).click();
  await reviewer.getByRole('button', { name: /表\s*决/ }).click();
  const vote = reviewer.getByRole('dialog');
  await vote.getByLabel('赞成').check();
  await vote.getByLabel('意见').fill('业绩突出，同意入库。');
  await vote.getByRole('button', { name: /提\s*交/ }).click();
  await reviewer.locator('.ant-card', { hasText: '表决（赞成 / 反对）' }).locator('.ant-table-row', { hasText: '业绩突出' }).waitFor();
  await check(reviewer, 'reviewer-pool-vote');
  await reviewer.context().close();

  const admin = await signIn(browser, 'admin', DESKTOP, new URL(url).pathname.replace('/console', ''));
  await admin.getByRole('button', { name: '入库决定' }).click();
  const decision = admin.getByRole('dialog');
  await decision.getByLabel('同意入库').check();
  await decision.getByRole('button', { name: /提\s*交/ }).click();
  await admin.getByRole('heading', { name: new RegExp(name) }).getByText('已入库').waitFor();
  await check(admin, 'admin-pool-decision');
  await admin.goto(`${CONSOLE}/experts?q=${encodeURIComponent(name)}`);
  await admin.getByRole('link', { name }).click();
  await admin.getByRole('heading', { name: new RegExp(name) }).waitFor();
  await admin.locator('.ant-card', { hasText: '所在专家库' }).locator('.ant-table-row', { hasText: '科技专家库' }).first().waitFor();
  await check(admin, 'admin-expert-page');
  await admin.context().close();
});

test('an expert keeps its profile up to date and files a proposal with an attachment', async () => {
  const page = await signIn(browser, 'expert1', PHONE);
  await page.waitForURL(/\/experts\/[0-9a-f-]{36}$/);
  const form = page.locator('form#expert-profile');
  await form.getByLabel('邮箱').waitFor();
  const email = `expert1.${STAMP}@example.cn`;
  await form.getByLabel('邮箱').fill(email);
  await check(page, 'expert-profile');
  await form.getByRole('button', { name: /保\s*存/ }).click();
  await page.locator('.ant-descriptions').getByText(email).waitFor();

  await page.goto(`${CONSOLE}/experts/proposals`);
  const proposal = page.locator('form#proposal');
  const title = `关于建设区域医学影像共享平台的建议（测试${STAMP}）`;
  await proposal.getByLabel('标题').fill(title);
  await proposal.getByLabel('主题').fill('卫生健康');
  await proposal.getByLabel('摘要').fill('建议由市卫健委牵头，整合各县区医院影像数据，减少重复检查。');
  await page.locator('input[type="file"]').setInputFiles({
    name: '建议附件.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'),
  });
  await proposal.getByText('建议附件.pdf').waitFor();
  await check(page, 'expert-proposal-form');
  await proposal.getByRole('button', { name: '提交建议' }).click();
  const row = page.locator('.ant-table-row', { hasText: title });
  await row.waitFor();
  await row.getByRole('button', { name: '展开行' }).click();
  await page.getByRole('button', { name: '建议附件.pdf' }).waitFor();
  await check(page, 'expert-proposals');
  await page.context().close();
});
