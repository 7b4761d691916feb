import { sql } from 'kysely';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, pickOption, signIn, STEP_TIMEOUT } from './browser.ts';
import { adminPassword, startPlatform } from './platform.ts';

const ROUND = '全员核酸（采样台 E2E）';
const TUBE = 'E2ES0001';
const SCANS = '**/api/v1/testing/scans';
const BOX = 'E2EBOX001';

/** Waits for what the page shows to settle (the sync loop and the phone's database answer a moment later). */
const eventually = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 20_000 });

describe('a sampler at a sampling table on a phone, through a network drop', { timeout: 120_000 }, () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let url: string;
  let campaignId: number;
  let point: { id: number; name: string };
  let idNumbers: string[];

  const count = async (name: 'pending' | 'synced' | 'rejected') =>
    Number(await page.getByTestId(`count-${name}`).innerText());
  const samplesStored = async () =>
    Number(
      (
        await platform.database.db
          .selectFrom('test_sample')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('campaign_id', '=', campaignId)
          .executeTakeFirstOrThrow()
      ).n,
    );

  beforeAll(async () => {
    platform = await startPlatform(); // an empty database gets the demo city 湘江市
    url = platform.server.url;
    const { db } = platform.database;
    const city = await db
      .selectFrom('region')
      .select('id')
      .where('parent_id', 'is', null)
      .orderBy('id')
      .executeTakeFirstOrThrow();
    point = await db
      .selectFrom('place')
      .select(['id', 'name'])
      .where('type', '=', 'sampling_point')
      .orderBy('id')
      .executeTakeFirstOrThrow();
    idNumbers = (await db.selectFrom('resident').select('id_number').orderBy('id').limit(2).execute()).map(
      (r) => r.id_number,
    );

    browser = await launchChromium();
    context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 390, height: 844 }, hasTouch: true });
    page = await context.newPage();
    page.setDefaultTimeout(STEP_TIMEOUT);
    await signIn(page, url, 'admin', adminPassword);

    const now = Date.now();
    const created = await page.request.post(`${url}/api/v1/testing/campaigns`, {
      data: {
        name: ROUND,
        regionIds: [city.id],
        poolSize: 5,
        startsAt: new Date(now - 3_600_000).toISOString(),
        endsAt: new Date(now + 12 * 3_600_000).toISOString(),
        points: [{ placeId: point.id, tables: 2, opensAt: '07:00', closesAt: '21:00' }],
      },
    });
    expect(created.status()).toBe(201);
    campaignId = (await created.json()).campaign.id;
  });
  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });

  it('should be installable: a manifest starting at /sample, icons and a service worker', async () => {
    const manifest = await page.request.get(`${url}/manifest.webmanifest`);
    expect(manifest.status()).toBe(200);
    expect(await manifest.json()).toMatchObject({ name: '防控采样', start_url: '/sample', display: 'standalone' });
    for (const size of [192, 512]) expect((await page.request.get(`${url}/icons/icon-${size}.png`)).status()).toBe(200);
    const worker = await page.request.get(`${url}/sw.js`);
    expect(worker.status()).toBe(200);
    expect(worker.headers()['content-type']).toContain('javascript');
  });

  it('should sign in to a table, and keep it over a reload', async () => {
    await page.goto(`${url}/sample`);
    await pickOption(page.getByTestId('table-round'), ROUND);
    await pickOption(page.getByTestId('table-point'), point.name);
    await pickOption(page.getByTestId('table-no'), '1 号台');
    await page.getByTestId('table-submit').click();
    await page.getByTestId('tube-input').waitFor();
    expect(await page.getByTestId('table-summary').innerText()).toContain(point.name);
    await page.reload();
    await page.getByTestId('tube-input').waitFor();
    expect(await page.getByTestId('table-summary').innerText()).toContain('1 号台');
    // The page registered its service worker (127.0.0.1 counts as a secure origin).
    await eventually(() =>
      page.evaluate(async () => (await navigator.serviceWorker.getRegistration()) !== undefined),
    ).toBe(true);
  });

  it('should keep every scan on the phone while offline, refusing the same person twice locally', async () => {
    await page.getByTestId('tube-input').fill(TUBE);
    await page.getByTestId('tube-submit').click();
    expect(await page.getByTestId('tube-current').innerText()).toBe(TUBE);

    await context.setOffline(true);
    await eventually(() => page.getByTestId('sync-connection').innerText()).toContain('离线');
    const [first = '', second = ''] = idNumbers;
    await page.getByTestId('person-input').fill(first);
    await page.getByTestId('person-submit').click();
    await eventually(() => page.getByTestId('tube-count').innerText()).toBe('1 / 5');
    // A misread ID number (wrong check character) is questioned, not recorded.
    const misread = first.slice(0, 17) + (first.endsWith('0') ? '1' : '0');
    await page.getByTestId('person-input').fill(misread);
    await page.getByTestId('person-submit').click();
    await page.getByTestId('person-doubtful').waitFor();
    await page.getByTestId('person-input').fill(first);
    await page.getByTestId('person-submit').click();
    await eventually(() => page.getByTestId('sampling-notice').innerText()).toContain('已在本管中');
    await page.getByTestId('person-input').fill(second);
    await page.getByTestId('person-submit').click();
    await eventually(() => page.getByTestId('tube-count').innerText()).toBe('2 / 5');

    await page.getByTestId('tube-close').click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /封\s*管/ })
      .click();
    await page.getByTestId('tube-input').waitFor();
    await eventually(() => count('pending')).toBe(3);
    expect(await count('synced')).toBe(0);
    await page.screenshot({ path: '/tmp/fangkong-e2e-sampling-offline.png', fullPage: true });
    expect(await samplesStored()).toBe(0);
  });

  it('should still have the scans after a reload while the server cannot be reached, then send them', async () => {
    await context.route(SCANS, (route) => route.abort('internetdisconnected'));
    await context.setOffline(false);
    await page.reload();
    await page.getByTestId('tube-input').waitFor();
    await eventually(() => count('pending')).toBe(3);
    await eventually(() => page.getByTestId('sync-connection').innerText()).toContain('上传受阻');
    expect(await samplesStored()).toBe(0);

    await context.unroute(SCANS);
    await page.getByTestId('sync-now').click();
    await eventually(() => count('synced')).toBe(3);
    expect(await count('pending')).toBe(0);
    expect(await count('rejected')).toBe(0);
    expect(await samplesStored()).toBe(2);
    const tube = await platform.database.db
      .selectFrom('test_tube')
      .select(['status', 'members', 'table_no', 'place_id'])
      .where('barcode', '=', TUBE)
      .executeTakeFirstOrThrow();
    expect(tube).toEqual({ status: 'sealed', members: 2, table_no: 1, place_id: point.id });
    await page.screenshot({ path: '/tmp/fangkong-e2e-sampling-synced.png', fullPage: true });
  });

  it('should open from nothing while offline, as the last signed-in user, and keep taking scans', async () => {
    await context.setOffline(true);
    await page.reload();
    await page.getByTestId('tube-input').waitFor();
    expect(await page.getByTestId('table-summary').innerText()).toContain(point.name);
    await eventually(() => page.getByTestId('sync-connection').innerText()).toContain('离线');
    await context.setOffline(false);
  });

  it('should say why the camera cannot be used, and leave typing open', async () => {
    // Headless Chromium has no camera; the ZXing reader (no BarcodeDetector on Linux) reports the failure.
    await page.getByTestId('tube-camera').click();
    await page.getByTestId('camera-failure').waitFor();
    await page.getByTestId('camera-close').click();
    await page.getByTestId('camera-failure').waitFor({ state: 'detached' });
    await page.getByTestId('tube-input').waitFor();
  });

  it('should list a refused scan with its reason, in a 360 px wide screen', async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.getByTestId('tube-input').fill(TUBE); // closed on this phone: refused at once
    await page.getByTestId('tube-submit').click();
    await eventually(() => page.getByTestId('sampling-notice').innerText()).toContain('已封管');
    await page.getByTestId('tube-input').fill('E2ES0002');
    await page.getByTestId('tube-submit').click();
    await page.getByTestId('person-input').fill('110105194912310038'); // valid, not in the registry
    await page.getByTestId('person-submit').click();
    await eventually(() => count('rejected')).toBe(1);
    expect(await page.getByTestId('sampling-problems').innerText()).toContain('底册中无此人');
    // Nothing overflows sideways on a small phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.screenshot({ path: '/tmp/fangkong-e2e-sampling-360.png', fullPage: true });
  });

  it('should keep scans through a lost session and send them once the sampler signs in again on the spot', async () => {
    await context.clearCookies(); // the session is gone (expired, or signed out elsewhere)
    const [first = ''] = idNumbers;
    await page.getByTestId('person-input').fill(first); // sampled before in this round, in the first tube
    await page.getByTestId('person-submit').click();
    await eventually(() => page.getByTestId('sampling-notice').innerText()).toContain(TUBE);
    await page.getByTestId('sign-in-again').waitFor();
    expect(await count('pending')).toBe(1);
    await page.getByTestId('sign-in-again').click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('#password').fill(adminPassword);
    await dialog.getByRole('button', { name: /登\s*录/ }).click();
    await eventually(() => count('synced')).toBe(4);
    expect(await count('pending')).toBe(0);
    expect(await page.getByTestId('sampling-problems').innerText()).toContain('本轮已采过');
    expect(await samplesStored()).toBe(3);
  });

  it('should pack the sealed tube into a box at the point, and hand the box to a courier', async () => {
    await page.getByTestId('mode-pack').click();
    // The tube closed and sent earlier is offered; the one still open at the table is not.
    const listed = page.getByTestId('box-tubes');
    await eventually(() => listed.innerText()).toContain(TUBE);
    expect(await listed.innerText()).not.toContain('E2ES0002');
    await page.getByTestId('box-code').fill(BOX);
    // Tubes scanned in by hand: one still open, one the server does not know.
    for (const extra of ['E2ES0002', 'E2ES9999']) {
      await page.getByTestId('box-tube-input').fill(extra);
      await page.getByTestId('box-tube-add').click();
    }
    await page.getByTestId('box-pack').click();
    const result = page.getByTestId('box-result');
    await result.waitFor();
    const text = await result.innerText();
    expect(Number(/已装 (\d+) 支/.exec(text)?.[1])).toBeGreaterThanOrEqual(1);
    expect(text).toContain('试管尚未封管');
    expect(text).toContain('服务器上没有此试管');

    await page.getByTestId('box-courier').fill('王师傅');
    await page.getByTestId('box-handover').click();
    await eventually(() => page.getByTestId('box-handed').innerText()).toContain('已交接');
    expect(await page.getByTestId('box-handed').innerText()).toContain('王师傅');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.screenshot({ path: '/tmp/fangkong-e2e-sampling-box.png', fullPage: true });

    const { db } = platform.database;
    const { rows } = await sql<{ id: string; status: string; courier: string | null; handed_at: Date | null }>`
      SELECT id, status, courier, handed_at FROM test_box WHERE code = ${BOX}`.execute(db);
    expect(rows).toHaveLength(1);
    const [box] = rows;
    expect(box).toMatchObject({ status: 'in_transit', courier: '王师傅' });
    expect(box?.handed_at).not.toBeNull();
    const tubes = await db
      .selectFrom('test_tube')
      .select(['barcode', 'box_id'])
      .where('barcode', 'in', [TUBE, 'E2ES0002'])
      .orderBy('barcode')
      .execute();
    expect(tubes.map((t) => [t.barcode, t.box_id === null ? null : String(t.box_id)])).toEqual([
      [TUBE, String(box?.id)],
      ['E2ES0002', null],
    ]);
  });
});
