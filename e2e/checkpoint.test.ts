import { sql } from 'kysely';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser, testPassword } from '../server/test/app.ts';
import { launchChromium, pickOption, signIn, STEP_TIMEOUT } from './browser.ts';
import { startPlatform } from './platform.ts';

const API = '**/api/**';
const CHECKPOINT = 'E2E东环卡口';

/** Waits for what the page shows to settle (the phone's database and the sync loop answer a moment later). */
const eventually = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 20_000 });

describe('a gatekeeper records two vehicles on a phone, one offline, and both arrive', { timeout: 120_000 }, () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let url: string;
  let checkpointId: number;

  const count = async (name: 'pending' | 'synced' | 'refused') =>
    Number(await page.getByTestId(`checkpoint-${name}`).innerText());

  /** Fills the plate and persons, picks the direction and records. */
  const enter = async (plate: string, direction: '进' | '出', persons: number) => {
    await page.getByText(direction, { exact: true }).click();
    await page.getByTestId('checkpoint-plate').fill(plate);
    await page.getByTestId('checkpoint-persons').fill(String(persons));
    await page.getByTestId('checkpoint-submit').click();
  };

  beforeAll(async () => {
    platform = await startPlatform(); // an empty database gets the demo city
    url = platform.server.url;
    const { db } = platform.database;
    const { rows } = await sql<{ id: number }>`
      INSERT INTO place (code, type, name, grid_id, path)
      SELECT 'E2E-KK-1', 'checkpoint', ${CHECKPOINT}, r.grid_id, g.path
        FROM resident r JOIN region g ON g.id = r.grid_id ORDER BY r.id LIMIT 1
      RETURNING id`.execute(db);
    checkpointId = rows[0]!.id;
    const grid = await sql<{ grid_id: number }>`SELECT grid_id FROM place WHERE id = ${checkpointId}`.execute(db);
    const keeper = await buildUser(db, {
      username: 'keeper',
      roles: ['gatekeeper'],
      regionIds: [grid.rows[0]!.grid_id],
    });
    await sql`INSERT INTO place_member (place_id, user_id, duty) VALUES (${checkpointId}, ${keeper.id}, 'staff')`.execute(
      db,
    );

    browser = await launchChromium();
    context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 360, height: 740 }, hasTouch: true });
    page = await context.newPage();
    page.setDefaultTimeout(STEP_TIMEOUT);
    await signIn(page, url, 'keeper', testPassword);
  });
  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });

  it('should record a vehicle and send it at once while online', async () => {
    await page.goto(`${url}/checkpoint`);
    await pickOption(page.locator('#checkpointId'), CHECKPOINT);
    await expect.poll(() => page.getByTestId('checkpoint-place').innerText()).toContain(CHECKPOINT);
    await enter('粤b12345', '进', 2);
    await eventually(() => count('synced')).toBe(1);
    expect(await count('pending')).toBe(0);
    // The province and letter of the last plate are offered again.
    expect(await page.getByTestId('checkpoint-plate').inputValue()).toBe('粤B');
  });

  it('should keep a vehicle recorded offline on the phone and send it when the network is back', async () => {
    await context.route(API, (route) => route.abort('internetdisconnected'));
    await context.setOffline(true);
    await eventually(() => page.getByTestId('checkpoint-connection').innerText()).toContain('离线');
    await enter('粤BD54321', '出', 1);
    await eventually(() => count('pending')).toBe(1);
    expect(await count('synced')).toBe(1);
    await page.screenshot({ path: '/tmp/fangkong-e2e-checkpoint-offline.png', fullPage: true });

    await context.unroute(API);
    await context.setOffline(false);
    await page.getByTestId('checkpoint-sync').click();
    await eventually(() => count('synced')).toBe(2);
    expect(await count('pending')).toBe(0);
    const stored = await sql<{ plate: string; direction: string; persons: number; recorder: string }>`
      SELECT e.plate, e.direction, e.persons, u.username AS recorder
        FROM checkpoint_entry e JOIN app_user u ON u.id = e.recorded_by
       WHERE e.checkpoint_id = ${checkpointId} ORDER BY e.at`.execute(platform.database.db);
    expect(stored.rows).toEqual([
      { plate: '粤B12345', direction: 'in', persons: 2, recorder: 'keeper' },
      { plate: '粤BD54321', direction: 'out', persons: 1, recorder: 'keeper' },
    ]);
  });
});
