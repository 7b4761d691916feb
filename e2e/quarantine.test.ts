import { sql } from 'kysely';
import { type APIRequestContext, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, pickOption, signIn, STEP_TIMEOUT } from './browser.ts';
import { createUsers, signInAdmin, startPlatform } from './platform.ts';

const STAFF = { username: 'isolation01', password: 'Isolation-e2e-pass-1' };

describe(
  'an isolation site on a phone: rooms, a resident put under quarantine, the board',
  { timeout: 120_000 },
  () => {
    let platform: Awaited<ReturnType<typeof startPlatform>>;
    let browser: Browser;
    let admin: APIRequestContext;
    let page: Page;
    let url: string;
    let site: { id: number; name: string };
    let resident: { id_number: string; name: string };

    beforeAll(async () => {
      platform = await startPlatform(); // an empty database gets the demo city 湘江市
      url = platform.server.url;
      const db = platform.database.db;
      const [place] = (
        await sql<{ id: number; name: string }>`
        SELECT id, name FROM place WHERE type = 'isolation_site' ORDER BY id LIMIT 1`.execute(db)
      ).rows;
      const [person] = (
        await sql<{
          id_number: string;
          name: string;
        }>`SELECT id_number, name FROM resident ORDER BY id LIMIT 1`.execute(db)
      ).rows;
      if (!place || !person) throw new Error('the demo city has no isolation site or no resident');
      [site, resident] = [{ id: Number(place.id), name: place.name }, person];

      admin = await signInAdmin(url);
      await createUsers(platform, admin, [{ ...STAFF, displayName: '隔离点专班', roles: ['isolation_staff'] }]);

      browser = await launchChromium();
      page = await browser.newPage({ locale: 'zh-CN', viewport: { width: 390, height: 844 }, isMobile: true });
      page.setDefaultTimeout(STEP_TIMEOUT);
      await signIn(page, url, STAFF.username, STAFF.password);
    });
    afterAll(async () => {
      await admin?.dispose();
      await browser?.close();
      await platform?.stop();
    });

    it('should create a floor of rooms from the site board', async () => {
      await page.goto(`${url}/quarantine/sites`);
      await page.getByTestId('reserve-gauge').waitFor();
      await page.getByTestId(`site-${site.id}`).click();
      expect(await page.getByTestId('board-title').innerText()).toBe(site.name);
      await page.getByTestId('bulk-rooms').click();
      await page.getByTestId('bulk-rooms-submit').click();
      await page.getByRole('dialog').waitFor({ state: 'hidden' });
      await page.getByTestId('room-210').waitFor();
      expect(await page.getByTestId('room-201').getAttribute('data-status')).toBe('free');
    });

    it('should put a resident under quarantine in a room, with the plan and its basis', async () => {
      await page.goto(`${url}/quarantine/persons`);
      await page.getByTestId('quarantine-create').click();
      await page.locator('#putUnderQuarantine_idNumber').fill(resident.id_number);
      await page.locator('#putUnderQuarantine_idNumber').press('Enter');
      await page.getByTestId('person-found').waitFor();
      await pickOption(page.locator('#putUnderQuarantine_siteId'), site.name);
      await pickOption(page.locator('#putUnderQuarantine_roomId'), '201');
      await page.getByTestId('quarantine-create-submit').click();
      const plan = page.getByTestId('plan');
      await plan.waitFor();
      expect(await plan.innerText()).toContain('第九版防控方案 v1 · quarantine.groups.close_contact.testDays');
      await page.screenshot({ path: '/tmp/fangkong-e2e-quarantine-plan.png', fullPage: true });
    });

    it('should show the room occupied on the board', async () => {
      await page.goto(`${url}/quarantine/sites/${site.id}`);
      const room = page.getByTestId('room-201');
      await room.waitFor();
      expect(await room.getAttribute('data-status')).toBe('occupied');
      expect(await room.innerText()).toContain('1/1');
      await page.screenshot({ path: '/tmp/fangkong-e2e-quarantine-board.png', fullPage: true });
    });
  },
);
