import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { type APIRequestContext, type Browser, type Page, request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, STEP_TIMEOUT, signIn } from './browser.ts';
import { adminPassword, startPlatform } from './platform.ts';

const TRACER = { username: 'tracer02', password: 'Tracer-e2e-pass-2' };
const CHAIN_LENGTH = 5;

/** A day (YYYY-MM-DD) or a minute (YYYY-MM-DD HH:mm) some time ago on Beijing's clock. */
const beijing = (msAgo: number, withTime = false) =>
  new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Asia/Shanghai',
    dateStyle: 'short',
    ...(withTime ? { timeStyle: 'short' } : {}),
  }).format(new Date(Date.now() - msAgo));
const DAY = 86_400_000;

describe('the tracing group reading clusters and importing evidence in the browser', { timeout: 90_000 }, () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let browser: Browser;
  let tracer: APIRequestContext;
  let page: Page;
  let url: string;
  let clusterId: number;
  let place: { code: string };
  let someone: { id_number: string; name: string };

  /** The tracer's call to the API; fails the test on a refusal. */
  async function post<T>(endpoint: string, data?: object): Promise<T> {
    const response = await tracer.post(`/api/v1${endpoint}`, { data });
    expect(response.ok(), `${endpoint}: ${await response.text()}`).toBe(true);
    return (await response.json()) as T;
  }

  beforeAll(async () => {
    platform = await startPlatform(); // an empty database gets the demo city 湘江市
    url = platform.server.url;
    const { db } = platform.database;
    const residents = (
      await sql<{ id_number: string; name: string }>`
        SELECT id_number, name FROM resident ORDER BY id LIMIT ${CHAIN_LENGTH + 1}`.execute(db)
    ).rows;
    const [found] = (await sql<{ code: string }>`SELECT code FROM place ORDER BY id LIMIT 1`.execute(db)).rows;
    const last = residents.pop();
    if (!found || !last || residents.length < CHAIN_LENGTH) throw new Error('the demo city is too small');
    [place, someone] = [found, last];

    const admin = await request.newContext({ baseURL: url });
    await admin.post('/api/v1/auth/login', { data: { username: 'admin', password: adminPassword } });
    const created = await admin.post('/api/v1/users', {
      data: { ...TRACER, displayName: '流调员', roles: ['tracing_staff'], regionIds: [], scopeAll: true },
    });
    expect(created.status()).toBe(201);
    await admin.dispose();
    await sql`UPDATE app_user SET must_change_password = false WHERE username = ${TRACER.username}`.execute(db);
    tracer = await request.newContext({ baseURL: url });
    expect((await tracer.post('/api/v1/auth/login', { data: TRACER })).ok()).toBe(true);

    // A chain of five: each next person is found as a close contact of the case before, then falls ill.
    let previous: { id: number } | undefined;
    for (const [i, person] of residents.entries()) {
      const contact = previous
        ? await post<{ id: number }>('/tracing/contacts', {
            sourceCaseId: previous.id,
            idNumber: person.id_number,
            name: person.name,
            kind: 'close',
          })
        : undefined;
      previous = await post<{ id: number }>('/tracing/cases', {
        idNumber: person.id_number,
        name: person.name,
        classification: i === 2 ? 'asymptomatic' : 'confirmed',
        foundVia: contact ? 'under_control' : 'fever_clinic',
        onsetDate: beijing((CHAIN_LENGTH - i) * DAY),
        fromContactId: contact?.id,
      });
    }
    expect(await post('/tracing/chains/recompute')).toMatchObject({ cases: CHAIN_LENGTH, clusters: 1 });
    const clusters = await tracer.get('/api/v1/tracing/clusters');
    clusterId = (await clusters.json()).items[0].id;

    browser = await launchChromium();
    page = await browser.newPage({ locale: 'zh-CN', viewport: { width: 1440, height: 900 } });
    page.setDefaultTimeout(STEP_TIMEOUT);
    await signIn(page, url, TRACER.username, TRACER.password);
  });
  afterAll(async () => {
    await tracer?.dispose();
    await browser?.close();
    await platform?.stop();
  });

  it('should list the cluster under its tab, drawn on the overview, and recompute on demand', async () => {
    await page.getByRole('link', { name: '流调溯源' }).click();
    await page.getByRole('tab', { name: '聚集性疫情' }).click();
    await page.waitForURL(`${url}/tracing/clusters`);
    const row = page.getByTestId(`cluster-row-${clusterId}`);
    await row.waitFor();
    expect(await row.locator('td').nth(1).innerText()).toBe(String(CHAIN_LENGTH));
    const overview = page.getByTestId('cluster-overview');
    await overview.locator('canvas').first().waitFor();
    expect(await overview.getAttribute('data-nodes')).toBe('1');

    await page.getByTestId('cluster-recompute').click();
    expect(await page.getByTestId('cluster-recompute-result').innerText()).toContain(`链上病例 ${CHAIN_LENGTH} 例`);
  });

  it('should rename the cluster', async () => {
    await page.getByTestId(`cluster-rename-${clusterId}`).click();
    await page.locator('#renameCluster_name').fill('湘江路聚集性疫情');
    await page.getByTestId('cluster-rename-submit').click();
    await page.getByTestId(`cluster-open-${clusterId}`).getByText('湘江路聚集性疫情').waitFor();
  });

  it('should open the cluster: its make-up, its graph and its timeline', async () => {
    await page.getByTestId(`cluster-open-${clusterId}`).click();
    await page.waitForURL(`${url}/tracing/clusters?cluster=${clusterId}`);
    await page.getByTestId('cluster-title').filter({ hasText: '湘江路聚集性疫情' }).waitFor();
    await expect.poll(() => page.getByTestId('cluster-confirmed').innerText()).toContain('4');
    expect(await page.getByTestId('cluster-asymptomatic').innerText()).toContain('1');
    const graph = page.getByTestId('cluster-graph');
    await graph.locator('canvas').first().waitFor();
    expect(await graph.getAttribute('data-nodes')).toBe(String(CHAIN_LENGTH));
    expect(await graph.getAttribute('data-links')).toBe(String(CHAIN_LENGTH - 1));
    await page.getByTestId('cluster-timeline').locator('canvas').first().waitFor();
    await page.getByTestId('cluster-graph-contacts').click();
    // With contacts: the four contact records that became the next cases hang off their source cases.
    await expect.poll(() => graph.getAttribute('data-nodes')).toBe(String(2 * CHAIN_LENGTH - 1));
    await page.screenshot({ path: '/tmp/fangkong-e2e-cluster.png', fullPage: true });
  });

  it('should import a venue-scan file and show what was stored and what was refused, by row', async () => {
    await page.getByRole('tab', { name: '数据导入' }).click();
    const file = path.join(await mkdtemp(path.join(tmpdir(), 'fangkong-e2e-')), '扫码记录.csv');
    const at = beijing(2 * 3_600_000, true);
    const rows = [
      '场所编码,扫码时间,身份证号,姓名',
      `${place.code},${at},${someone.id_number},${someone.name}`,
      `NO-SUCH-PLACE,${at},${someone.id_number},${someone.name}`,
      `${place.code},${at},12345,号码有误`,
    ];
    await writeFile(file, rows.join('\r\n'));
    await page.getByTestId('evidence-venueScans-upload').setInputFiles(file);
    const outcome = page.getByTestId('evidence-venueScans-outcome');
    await outcome.waitFor();
    expect(await page.getByTestId('evidence-venueScans-stored').innerText()).toContain('1');
    const rejected = page.getByTestId('evidence-venueScans-rejected').locator('tbody tr.ant-table-row');
    expect(await rejected.allInnerTexts()).toEqual([
      expect.stringMatching(/^3\s+场所编码\s+底数中没有该场所编码$/),
      expect.stringMatching(/^4\s+身份证号\s+不是有效的身份证号$/),
    ]);
    await page.screenshot({ path: '/tmp/fangkong-e2e-evidence.png', fullPage: true });

    // The same file again stores nothing twice.
    await page.getByTestId('evidence-venueScans-upload').setInputFiles(file);
    await expect.poll(() => page.getByTestId('evidence-venueScans-duplicate').innerText()).toContain('1');
    expect(await page.getByTestId('evidence-venueScans-stored').innerText()).toContain('0');
  });
});
