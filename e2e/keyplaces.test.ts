import { sql } from 'kysely';
import { type APIRequestContext, type Browser, type Page, request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, STEP_TIMEOUT, signIn } from './browser.ts';
import { adminPassword, startPlatform } from './platform.ts';

const LIAISON = { username: 'liaison01', password: 'Liaison-e2e-pass-1' };

describe("an enterprise's liaison filing the daily report on a phone", { timeout: 120_000 }, () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let browser: Browser;
  let admin: APIRequestContext;
  let page: Page;
  let url: string;
  let enterprise: { id: number; name: string; grid_id: number };

  beforeAll(async () => {
    platform = await startPlatform(); // an empty database gets the demo city 湘江市
    url = platform.server.url;
    const db = platform.database.db;
    const [place] = (
      await sql<{ id: number; name: string; grid_id: number }>`
        SELECT id, name, grid_id FROM place WHERE type = 'enterprise' ORDER BY id LIMIT 1`.execute(db)
    ).rows;
    if (!place) throw new Error('the demo city has no enterprise');
    enterprise = { id: Number(place.id), name: place.name, grid_id: Number(place.grid_id) };

    // The administrator keeps the enterprise's ledger and gives its liaison an account (linked as place_member).
    admin = await request.newContext({ baseURL: url });
    expect(
      (await admin.post('/api/v1/auth/login', { data: { username: 'admin', password: adminPassword } })).ok(),
    ).toBe(true);
    const ledger = await admin.put(`/api/v1/enterprises/${enterprise.id}`, {
      data: {
        headcount: 200,
        workersBack: 150,
        onDuty: 120,
        closedLoop: 'closed_in_plant',
        dormitories: 5,
        dormitoryPersons: 60,
        canteenOpen: true,
        staggeredMeals: true,
        liaisonName: '联络员',
        liaisonPhone: '13800001234',
      },
    });
    expect(ledger.status()).toBe(200);
    const created = await admin.post('/api/v1/users', {
      data: {
        ...LIAISON,
        displayName: '企业联络员',
        roles: ['liaison'],
        regionIds: [enterprise.grid_id],
        scopeAll: false,
      },
    });
    expect(created.status()).toBe(201);
    await sql`UPDATE app_user SET must_change_password = false WHERE username = ${LIAISON.username}`.execute(db);
    await sql`
      INSERT INTO place_member (place_id, user_id, duty)
      SELECT ${enterprise.id}, id, 'liaison' FROM app_user WHERE username = ${LIAISON.username}`.execute(db);

    browser = await launchChromium();
    page = await browser.newPage({ locale: 'zh-CN', viewport: { width: 360, height: 780 }, isMobile: true });
    page.setDefaultTimeout(STEP_TIMEOUT);
    await signIn(page, url, LIAISON.username, LIAISON.password);
  });
  afterAll(async () => {
    await admin?.dispose();
    await browser?.close();
    await platform?.stop();
  });

  it("should file today's report from the phone form and show it in the ledger", async () => {
    await page.goto(`${url}/keyplaces`);
    const card = page.getByTestId(`my-enterprise-${enterprise.id}`);
    await card.waitFor();
    expect(await card.innerText()).toContain(enterprise.name);
    // The form fits the phone: no sideways scrolling.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const field = (key: string) => page.locator(`#myReport-${enterprise.id}_${key}`);
    await field('onDuty').fill('180');
    await field('workersBack').fill('190');
    await field('inClosedLoop').fill('170');
    await field('symptomatic').fill('2');
    await field('tested').fill('190');
    await field('note').fill('2人发热已送发热门诊');
    await page.getByTestId('my-report-submit').click();
    await card.getByText('已报', { exact: true }).waitFor();
    await page.getByTestId(`attendance-${enterprise.id}`).getByText('90.0%').waitFor();
    await page.screenshot({ path: '/tmp/fangkong-e2e-keyplaces-liaison.png', fullPage: true });

    const stored = await admin.get('/api/v1/enterprises/reports', { params: { regionId: enterprise.grid_id } });
    const day = await stored.json();
    const row = day.items.find((i: { id: number }) => i.id === enterprise.id);
    expect(row).toMatchObject({
      attendanceRate: 0.9,
      report: { onDuty: 180, workersBack: 190, symptomatic: 2, reportedBy: '企业联络员' },
    });
  });
});
