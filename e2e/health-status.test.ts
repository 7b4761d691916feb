import { type APIRequestContext, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recomputeHealthStatus } from '../server/src/modules/healthstatus/recompute.ts';
import {
  type FixtureResident,
  residentsOfHouseholds,
  writeQuarantine,
} from '../server/src/modules/healthstatus/healthstatus.test-support.ts';
import { launchChromium, STEP_TIMEOUT, signIn } from './browser.ts';
import { adminPassword, createUsers, signInAdmin, startPlatform } from './platform.ts';

const PROPOSER = { username: 'command02', password: 'Command-e2e-pass-2' };
const APPROVER = { username: 'command03', password: 'Command-e2e-pass-3' };

describe('health status: read with its basis, overridden only by a second person', { timeout: 120_000 }, () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let browser: Browser;
  let admin: APIRequestContext;
  let url: string;
  let quarantined: FixtureResident;
  let subject: FixtureResident & { id_number: string };

  async function pageFor(user: { username: string; password: string }): Promise<Page> {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    page.setDefaultTimeout(STEP_TIMEOUT);
    await signIn(page, url, user.username, user.password);
    await page.goto(`${url}/control/status`);
    return page;
  }

  async function openResident(page: Page, idNumber: string) {
    await page.getByTestId('status-lookup').locator('input').fill(idNumber);
    await page.getByTestId('status-lookup').locator('input').press('Enter');
    await page.locator('.ant-drawer').getByTestId('status-colour').waitFor();
  }

  beforeAll(async () => {
    platform = await startPlatform(); // an empty database gets the demo city 湘江市
    url = platform.server.url;
    const db = platform.database.db;
    [quarantined, subject] = (await residentsOfHouseholds(db, 2)) as [FixtureResident, FixtureResident];
    await writeQuarantine(db, quarantined);
    await recomputeHealthStatus(db, { residentIds: [quarantined.id] });
    admin = await signInAdmin(url);
    await createUsers(
      platform,
      admin,
      [PROPOSER, APPROVER].map((user) => ({ ...user, displayName: user.username, roles: ['commander'] })),
    );
    browser = await launchChromium();
  });
  afterAll(async () => {
    await admin?.dispose();
    await browser?.close();
    await platform?.stop();
  });

  it('should show a quarantined resident as yellow, with the rule of the protocol behind it', async () => {
    const page = await pageFor(PROPOSER);
    await expect.poll(() => page.getByTestId('summary-yellow').innerText()).toContain('1');
    await openResident(page, quarantined.id_number);
    const drawer = page.locator('.ant-drawer');
    expect(await drawer.getByTestId('status-colour').innerText()).toBe('黄码');
    expect(await drawer.innerText()).toContain('healthStatus.yellow');
    await page.context().close();
  });

  it('should let one commander propose a colour with a reason, and not approve it themselves', async () => {
    const page = await pageFor(PROPOSER);
    await openResident(page, subject.id_number);
    await page.getByTestId('propose-override').click();
    const dialog = page.locator('.ant-modal');
    await dialog.getByText('红码').click();
    await dialog.locator('#reason').fill('核查发现其为外地通报的阳性人员');
    await page.getByTestId('override-submit').click();
    await dialog.waitFor({ state: 'hidden' });
    const drawer = page.locator('.ant-drawer');
    await drawer.getByTestId('override-list').getByText('待审批').waitFor();
    expect(await drawer.getByTestId('status-colour').innerText()).toBe('绿码');
    await drawer.locator('.ant-drawer-close').click();
    const pending = page.getByTestId('pending-overrides');
    await pending.getByText('本人提出的申请须由他人审批').waitFor();
    expect(await pending.locator('[data-testid^=approve-]').count()).toBe(0);
    await page.context().close();
  });

  it('should let a second commander approve it, the colour changing with its history', async () => {
    const page = await pageFor(APPROVER);
    const pending = page.getByTestId('pending-overrides');
    await pending.locator('[data-testid^=approve-]').click();
    await page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /确\s?定|OK/ })
      .click();
    await page.locator('.ant-message').getByText('已批准，健康码已变更').waitFor();
    await openResident(page, subject.id_number);
    const drawer = page.locator('.ant-drawer');
    expect(await drawer.getByTestId('status-colour').innerText()).toBe('红码');
    expect(await drawer.innerText()).toContain('人工变更（已审批）');
    await page.screenshot({ path: '/tmp/fangkong-e2e-health-status.png', fullPage: true });
    await page.context().close();
  });

  it('should show the protocols with the one in force, and the server’s reasons for a bad revision', async () => {
    const page = await pageFor({ username: 'admin', password: adminPassword });
    await page.goto(`${url}/control/protocols`);
    const versions = page.getByTestId('protocol-versions');
    await versions.getByText('第九版防控方案（v9）').waitFor();
    expect(await page.getByTestId('protocol-health-status').innerText()).toContain('病例');
    await page.screenshot({ path: '/tmp/fangkong-e2e-protocols.png', fullPage: true });
    await page.getByTestId('protocol-revise').click();
    const editor = page.getByTestId('revise-json');
    const document = JSON.parse(await editor.inputValue()) as { healthStatus: { feverWithinHours: number } };
    document.healthStatus.feverWithinHours = 0;
    await editor.fill(JSON.stringify(document));
    await page.locator('.ant-modal').getByRole('button', { name: '保存为新版本' }).click();
    await page.getByTestId('revise-problem').waitFor();
    expect(await page.getByTestId('revise-problem').innerText()).toContain('feverWithinHours');
    await page.screenshot({ path: '/tmp/fangkong-e2e-protocol-revise.png' });
    await page.context().close();
  });
});
