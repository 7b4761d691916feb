import { sql } from 'kysely';
import { type APIRequestContext, type Browser, type BrowserContext, type Page, request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, STEP_TIMEOUT, signIn } from './browser.ts';
import { adminPassword, startPlatform } from './platform.ts';

const SUPERVISOR = { username: 'duchazu01', password: 'Duchazu-e2e-pass-1' };

describe('a supervisor inspecting a factory on a phone', { timeout: 180_000 }, () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let browser: Browser;
  let context: BrowserContext;
  let admin: APIRequestContext;
  let page: Page;
  let url: string;
  let planId: number;
  let factory: { id: number; name: string };

  beforeAll(async () => {
    platform = await startPlatform(); // an empty database gets the demo city 湘江市
    url = platform.server.url;
    const db = platform.database.db;
    const [place] = (
      await sql<{ id: number; name: string }>`
        SELECT id::int AS id, name FROM place WHERE type = 'enterprise' ORDER BY id LIMIT 1`.execute(db)
    ).rows;
    if (!place) throw new Error('the demo city has no enterprise');
    factory = place;

    // The administrator gives the supervisor an account; the supervisor's unannounced plan targets the factory.
    admin = await request.newContext({ baseURL: url });
    expect(
      (await admin.post('/api/v1/auth/login', { data: { username: 'admin', password: adminPassword } })).ok(),
    ).toBe(true);
    const created = await admin.post('/api/v1/users', {
      data: { ...SUPERVISOR, displayName: '督导组长', roles: ['supervisor'], regionIds: [], scopeAll: true },
    });
    expect(created.status()).toBe(201);
    await sql`UPDATE app_user SET must_change_password = false WHERE username = ${SUPERVISOR.username}`.execute(db);
    const today = new Date().toISOString().slice(0, 10);
    const supervisorId = ((await created.json()) as { user: { id: number } }).user.id;
    const plan = await admin.post('/api/v1/supervision/plans', {
      data: {
        title: '企业闭环管理暗访',
        startsOn: today,
        endsOn: today,
        placeIds: [factory.id],
        memberIds: [supervisorId],
      },
    });
    expect(plan.status()).toBe(201);
    planId = ((await plan.json()) as { id: number }).id;

    browser = await launchChromium();
    context = await browser.newContext({
      locale: 'zh-CN',
      viewport: { width: 360, height: 740 },
      isMobile: true,
      hasTouch: true,
      permissions: ['geolocation'],
      geolocation: { longitude: 113.134, latitude: 27.827 },
    });
    page = await context.newPage();
    page.setDefaultTimeout(STEP_TIMEOUT);
    await signIn(page, url, SUPERVISOR.username, SUPERVISOR.password);
  });
  afterAll(async () => {
    await admin?.dispose();
    await context?.close();
    await browser?.close();
    await platform?.stop();
  });

  it('should check in at the plan target with the phone position', async () => {
    await page.goto(`${url}/supervision?plan=${planId}`);
    await page.getByText(factory.name).first().waitFor();
    await page.locator('[data-testid^="target-check-in-"]').click();
    await page.waitForURL(/\/supervision\/inspections\/\d+\/run$/);
    await page.getByTestId('item-closed_loop').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });

  it('should answer the items and submit, the failed item becoming a critical finding', async () => {
    const run = page.getByTestId('inspection-run');
    for (const key of ['liaison_on_site', 'masks', 'canteen', 'dormitory', 'supplies']) {
      await run.getByTestId(`item-${key}`).getByText('是', { exact: true }).click();
      await run.getByTestId(`item-${key}`).getByText('合格', { exact: true }).waitFor();
    }
    await run.getByTestId('item-closed_loop').getByText('否', { exact: true }).click();
    await run.getByTestId('item-closed_loop').getByText('不合格', { exact: true }).waitFor();
    await page.getByTestId('inspection-note').fill('员工宿舍区未落实人不出厂');
    await page.screenshot({ path: '/tmp/fangkong-e2e-supervision-answers.png', fullPage: true });
    await page.getByTestId('inspection-submit').click();
    await page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /确\s*定/ })
      .click();
    await page.getByTestId('inspection-submitted').waitFor();
    const finding = page.getByTestId('finding-closed_loop');
    await finding.waitFor();
    expect(await finding.innerText()).toContain('严重');
    await page.screenshot({ path: '/tmp/fangkong-e2e-supervision-submitted.png', fullPage: true });

    const { rows } = await sql<{ item_key: string; severity: string; lng: number; submitted: boolean }>`
      SELECT f.item_key, f.severity, i.lng, i.submitted_at IS NOT NULL AS submitted
        FROM finding f JOIN inspection i ON i.id = f.inspection_id
        JOIN plan_target t ON t.id = i.plan_target_id WHERE t.plan_id = ${planId}`.execute(platform.database.db);
    expect(rows).toEqual([{ item_key: 'closed_loop', severity: 'critical', lng: 113.134, submitted: true }]);
  });
});
