import { sql } from 'kysely';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { designateArea } from '../server/src/modules/passes/passes.test-support.ts';
import { launchChromium, STEP_TIMEOUT, signIn } from './browser.ts';
import { adminPassword, startPlatform } from './platform.ts';

const API = '**/api/**';

/** Waits for what the page shows to settle (the phone's database and the sync loop answer a moment later). */
const eventually = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 20_000 });

describe('a gatekeeper checks a pass offline and the exit reaches the server later', { timeout: 90_000 }, () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let url: string;
  let pass: { id: number; name: string };
  let token: string;

  const count = async (name: 'pending' | 'synced' | 'refused') =>
    Number(await page.getByTestId(`gate-${name}`).innerText());

  beforeAll(async () => {
    platform = await startPlatform();
    url = platform.server.url;
    const { db } = platform.database;
    const { rows } = await sql<{ id: number; resident: number }>`
      SELECT household_id AS id, min(id) AS resident FROM resident
       WHERE household_id IS NOT NULL GROUP BY household_id ORDER BY household_id LIMIT 1`.execute(db);
    const household = rows[0]!;
    await designateArea(db, 'high', [household.id]);

    browser = await launchChromium();
    context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 390, height: 844 }, hasTouch: true });
    page = await context.newPage();
    page.setDefaultTimeout(STEP_TIMEOUT);
    await signIn(page, url, 'admin', adminPassword);
    const issued = await page.request.post(`${url}/api/v1/passes`, { data: { residentId: household.resident } });
    expect(issued.status()).toBe(201);
    ({ pass, token } = await issued.json());
  });
  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });

  it('should cache the key and the revocations on opening', async () => {
    await page.goto(`${url}/gate`);
    await eventually(() => page.getByTestId('gate-keyring-age').innerText()).toContain('撤销名单更新于');
    await page.getByTestId('gate-name').fill('东门');
  });

  it('should check a pass with the network down, refuse an altered one, and log an exit and an emergency', async () => {
    await context.route(API, (route) => route.abort('internetdisconnected'));
    await context.setOffline(true);
    await eventually(() => page.getByTestId('gate-connection').innerText()).toContain('离线');

    // Ten hours out instead of two: the payload no longer matches its signature.
    const [head, body, signature] = token.split('.');
    const payload = JSON.parse(Buffer.from(body ?? '', 'base64url').toString()) as Record<string, unknown>;
    const altered = `${head}.${Buffer.from(JSON.stringify({ ...payload, mo: 600 })).toString('base64url')}.${signature}`;
    await page.getByTestId('gate-token').fill(altered);
    await page.getByTestId('gate-verify').click();
    expect(await page.getByTestId('gate-reason').innerText()).toBe('通行证伪造或被篡改');
    await page.getByTestId('gate-back').click();

    await page.getByTestId('gate-token').fill(token);
    await page.getByTestId('gate-verify').click();
    await page.getByTestId('gate-result-valid').waitFor();
    expect(await page.getByTestId('gate-holder').innerText()).toBe(pass.name);
    await page.screenshot({ path: '/tmp/fangkong-e2e-gate-valid.png', fullPage: true });
    await page.getByTestId('gate-exit').click();
    await eventually(() => count('pending')).toBe(1);

    // The same pass again: this phone already let its holder out.
    await page.getByTestId('gate-token').fill(token);
    await page.getByTestId('gate-verify').click();
    expect(await page.getByTestId('gate-reason').innerText()).toBe('持证人已出门，尚未返回');
    await page.getByTestId('gate-back').click();

    await page.getByTestId('gate-emergency').click();
    await page.getByTestId('emergency-reason').fill('老人突发胸痛送医');
    await page.getByTestId('emergency-submit').click();
    await eventually(() => count('pending')).toBe(2);
  });

  it('should send the log once the network is back', async () => {
    await context.unroute(API);
    await context.setOffline(false);
    await page.getByTestId('gate-sync').click();
    await eventually(() => count('synced')).toBe(2);
    expect(await count('pending')).toBe(0);
    const { db } = platform.database;
    const stored = await sql<{
      direction: string;
      gate: string;
      pass_id: number | null;
      emergency_reason: string | null;
    }>`
      SELECT direction, gate, pass_id, emergency_reason FROM gate_scan ORDER BY at`.execute(db);
    expect(stored.rows).toEqual([
      { direction: 'exit', gate: '东门', pass_id: pass.id, emergency_reason: null },
      { direction: 'exit', gate: '东门', pass_id: null, emergency_reason: '老人突发胸痛送医' },
    ]);
    const exited = await sql<{ exited_at: Date | null }>`SELECT exited_at FROM pass WHERE id = ${pass.id}`.execute(db);
    expect(exited.rows[0]?.exited_at).not.toBeNull();
    await page.screenshot({ path: '/tmp/fangkong-e2e-gate-synced.png', fullPage: true });
  });
});
