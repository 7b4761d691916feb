import { sql } from 'kysely';
import { type APIRequestContext, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertQuarantines } from '../server/src/modules/quarantine/checks/checks.test-support.ts';
import { launchChromium, pickOption, signIn, STEP_TIMEOUT } from './browser.ts';
import { createUsers, signInAdmin, startPlatform } from './platform.ts';

const STAFF = { username: 'checks01', password: 'Checks-e2e-pass-1' };

describe('health checks on a phone: a room round, and a person checking themselves', { timeout: 120_000 }, () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let browser: Browser;
  let admin: APIRequestContext;
  let page: Page;
  let url: string;
  let site: { id: number; name: string };
  let quarantineIds: number[];

  beforeAll(async () => {
    platform = await startPlatform(); // an empty database gets the demo city 湘江市
    url = platform.server.url;
    const db = platform.database.db;
    const [place] = (
      await sql<{ id: number; name: string }>`
        SELECT id, name FROM place WHERE type = 'isolation_site' ORDER BY id LIMIT 1`.execute(db)
    ).rows;
    const residents = (await sql<{ id: number }>`SELECT id FROM resident ORDER BY id LIMIT 2`.execute(db)).rows;
    if (!place || residents.length < 2) throw new Error('the demo city has no isolation site or too few residents');
    site = { id: Number(place.id), name: place.name };
    quarantineIds = await insertQuarantines(db, {
      residentIds: residents.map((r) => Number(r.id)),
      siteId: site.id,
      startsAt: new Date(Date.now() - 86_400_000),
      timeZone: 'Asia/Shanghai',
    });

    admin = await signInAdmin(url);
    await createUsers(platform, admin, [{ ...STAFF, displayName: '健康监测', roles: ['isolation_site_staff'] }]);

    browser = await launchChromium();
    page = await browser.newPage({ locale: 'zh-CN', viewport: { width: 390, height: 844 }, isMobile: true });
    page.setDefaultTimeout(STEP_TIMEOUT);
  });

  afterAll(async () => {
    await browser?.close();
    await admin?.dispose();
    await platform?.stop();
  });

  it('should enter a room’s temperatures for the present check and move to the next room', async () => {
    await signIn(page, url, STAFF.username, STAFF.password);
    await page.goto(`${url}/quarantine/checks`);
    await pickOption(page.getByTestId('checks-site'), site.name);
    await page.getByTestId('room-card').waitFor();
    const first = quarantineIds[0]!;
    await page.getByTestId(`temperature-${first}`).fill('36.6');
    await page.getByTestId(`person-${first}`).getByTestId('symptom-dry_cough').click();
    await page.getByTestId('save-next').click();
    await expect.poll(() => page.locator('.ant-message').getByText('已保存 1 条').count()).toBe(1);
    const { rows } = await sql<{ symptoms: string[]; via: string }>`
      SELECT symptoms, via FROM health_check WHERE quarantine_id = ${first}`.execute(platform.database.db);
    expect(rows).toEqual([{ symptoms: ['dry_cough'], via: 'staff' }]);
  });

  it('should let the person record a fever through the link, which the staff then see as an alert', async () => {
    const link = await admin.get(`/api/v1/quarantines/${quarantineIds[1]}/check-link`);
    const { path } = (await link.json()) as { path: string };
    const self = await browser.newPage({ locale: 'zh-CN', viewport: { width: 390, height: 844 }, isMobile: true });
    await self.goto(`${url}${path}`);
    await self.getByTestId('self-temperature').fill('38.2');
    await self.getByTestId('self-submit').click();
    await self.getByTestId('self-recorded').waitFor();
    expect(await self.getByTestId('self-recorded').textContent()).toContain('38.2');
    await self.close();

    await page.getByTestId('checks-view').getByText('预警').click();
    await page.getByTestId('alerts-table').getByText('发热').first().waitFor();
  });
});
