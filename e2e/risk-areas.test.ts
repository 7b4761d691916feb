import { sql } from 'kysely';
import { type APIRequestContext, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, pickOption, signIn, STEP_TIMEOUT } from './browser.ts';
import { createUsers, signInAdmin, startPlatform } from './platform.ts';

const PROPOSER = { username: 'tracer02', password: 'Tracer-e2e-pass-2', roles: ['tracing_staff'] };
const APPROVER = { username: 'command01', password: 'Command-e2e-pass-1', roles: ['commander'] };

describe('a risk area proposed by one person, approved by another, and published', { timeout: 120_000 }, () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let browser: Browser;
  let admin: APIRequestContext;
  let url: string;
  let building: { address: string };
  let areaUrl: string;
  let code: string;

  /** A page of its own (cookies and all) for one person, signed in when a user is given. */
  async function pageFor(user?: { username: string; password: string }): Promise<Page> {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    page.setDefaultTimeout(STEP_TIMEOUT);
    if (user) await signIn(page, url, user.username, user.password);
    return page;
  }

  beforeAll(async () => {
    platform = await startPlatform(); // an empty database gets the demo city 湘江市
    url = platform.server.url;
    const { rows } = await sql<{ address: string }>`
      SELECT b.address FROM building b WHERE EXISTS (SELECT 1 FROM household h WHERE h.building_id = b.id)
       ORDER BY b.id LIMIT 1`.execute(platform.database.db);
    building = rows[0]!;
    admin = await signInAdmin(url);
    await createUsers(
      platform,
      admin,
      [PROPOSER, APPROVER].map((user) => ({ ...user, displayName: user.username })),
    );
    browser = await launchChromium();
  });
  afterAll(async () => {
    await admin?.dispose();
    await browser?.close();
    await platform?.stop();
  });

  it('should let the tracing group propose a building as a high-risk area', async () => {
    const page = await pageFor(PROPOSER);
    await page.goto(`${url}/control/areas`);
    await page.getByTestId('area-designate').click();
    const drawer = page.locator('.ant-drawer');
    await pickOption(page.locator('#designate_level'), '高风险区');
    await drawer.getByText('楼栋', { exact: true }).click();
    const q = building.address.slice(0, 12);
    await pickOption(page.locator('#designate_buildingId'), building.address, q);
    await page.locator('#designate_reason').fill('该楼栋发现确诊病例');
    await page.getByTestId('designate-submit').click();
    await page.waitForURL(/\/control\/areas\/\d+$/);
    areaUrl = page.url();
    expect(await page.getByTestId('area-status').innerText()).toBe('待审批');
    code = (await page.getByTestId('area-title').innerText()).split(' ')[0]!;
    expect(code).toMatch(/^FX-\d{6}$/);
    await page.context().close();
  });

  it('should let a commander approve it, which puts it in force', async () => {
    const page = await pageFor(APPROVER);
    await page.goto(`${url}/control`);
    await page.getByTestId('pending-changes').getByText(code).waitFor();
    await page.goto(areaUrl);
    await page.getByTestId('change-approve').click();
    await page.getByTestId('decision-submit').click();
    await expect.poll(() => page.getByTestId('area-status').innerText()).toBe('生效中');
    expect(Number(await page.getByTestId('area-households').innerText())).toBeGreaterThan(0);
    await page.screenshot({ path: '/tmp/fangkong-e2e-risk-area.png', fullPage: true });
    await page.context().close();
  });

  it('should publish it on the public page, without signing in', async () => {
    const page = await pageFor();
    await page.goto(`${url}/areas`);
    const item = page.getByTestId(`public-area-${code}`);
    await item.waitFor();
    expect(await item.innerText()).toContain('高风险区');
    await page.context().close();
  });
});
