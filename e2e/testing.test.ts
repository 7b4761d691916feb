import { randomUUID } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, pickOption, signIn, STEP_TIMEOUT } from './browser.ts';
import { adminPassword, startPlatform } from './platform.ts';

const ROUND = '第一轮全员核酸（E2E）';
const TUBE = 'E2E0001';
const GROUP = '冷链从业人员（E2E）';

/** The whole number a statistic or total shows (digit grouping and words dropped). */
const numberIn = (text: string) => Number(text.replace(/[^\d]/g, ''));
/** Waits for what the page shows to settle (the lists load after each click). */
const eventually = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 15_000 });

describe('the command office running a testing round in the browser', { timeout: 120_000 }, () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let browser: Browser;
  let page: Page;
  let url: string;
  /** The regions from the city down to a grid of three residents or more, and two of them. */
  let chain: { id: number; name: string }[];
  let persons: { id: number; id_number: string }[];
  let campaignId: number;
  let placeId: number;

  beforeAll(async () => {
    platform = await startPlatform(); // an empty database gets the demo city 湘江市
    url = platform.server.url;
    const { db } = platform.database;
    const grid = await db
      .selectFrom('resident')
      .select('grid_id')
      .groupBy('grid_id')
      .having((eb) => eb.fn.countAll(), '>=', 3)
      .orderBy('grid_id')
      .executeTakeFirstOrThrow();
    chain = [];
    for (let id: number | null = grid.grid_id; id !== null;) {
      const region = await db
        .selectFrom('region')
        .select(['id', 'name', 'parent_id'])
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      chain.unshift({ id: region.id, name: region.name });
      id = region.parent_id;
    }
    persons = await db
      .selectFrom('resident')
      .select(['id', 'id_number'])
      .where('grid_id', '=', grid.grid_id)
      .orderBy('id')
      .limit(2)
      .execute();
    browser = await launchChromium();
    page = await browser.newPage({ locale: 'zh-CN', viewport: { width: 1440, height: 900 } });
    page.setDefaultTimeout(STEP_TIMEOUT);
    await signIn(page, url, 'admin', adminPassword);
  });
  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });

  /** Opens the round and drills down from the city to the grid; answers the grid's missing count. */
  async function openGrid(): Promise<number> {
    await page.goto(`${url}/testing/campaigns/${campaignId}`);
    await page.getByTestId('coverage-table').waitFor();
    for (const region of chain) await page.getByTestId(`coverage-node-${region.id}`).click();
    await page.getByTestId('missing-table').waitFor();
    const last = chain.at(-1)?.name ?? '';
    await page.locator('.ant-breadcrumb').getByText(last, { exact: true }).waitFor();
    // The figures above are the grid's once the missing list shows as many (both load after the click).
    const missing = page.getByTestId('coverage-total-missing');
    const total = page.locator('.ant-pagination-total-text'); // the missing list's (the only paged one)
    await eventually(
      async () =>
        (await total.isVisible()) && numberIn(await missing.innerText()) === numberIn(await total.innerText()),
    ).toBe(true);
    return numberIn(await missing.innerText());
  }

  it('should plan a round over the first top region with one sampling point', async () => {
    const city = chain[0];
    await page.goto(`${url}/testing`);
    await page.getByTestId('campaign-create').click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('#createCampaign_name').fill(ROUND);
    await pickOption(dialog.locator('#createCampaign_regionIds'), new RegExp(`^${city?.name}`));
    await pickOption(dialog.locator('#createCampaign_points'), /./);
    // The chosen point is in the plan (its tables input) before the form is sent.
    await dialog.locator('[data-testid^="point-tables-"]').first().waitFor();
    // The planner sums the chosen area's residents from the registry.
    await eventually(async () => numberIn(await page.getByTestId('capacity-population').innerText())).toBeGreaterThan(
      0,
    );
    await dialog
      .locator('.ant-modal-container, .ant-modal-content')
      .first()
      .screenshot({ path: '/tmp/fangkong-e2e-testing-create.png' });
    await page.getByTestId('campaign-create-submit').click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('link', { name: ROUND }).waitFor();
    const { rows } = await sql<{ id: string; pool_size: number }>`
      SELECT id, pool_size FROM test_campaign WHERE name = ${ROUND}`.execute(platform.database.db);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.pool_size).toBe(10);
    campaignId = Number(rows[0]?.id);
    const points = await sql<{ place_id: string; tables: number }>`
      SELECT place_id, tables FROM test_point WHERE campaign_id = ${campaignId}`.execute(platform.database.db);
    expect(points.rows).toHaveLength(1);
    placeId = Number(points.rows[0]?.place_id); // bigint: pg hands it over as a string
  });

  it('should show the coverage by region with the target, down to a grid and its residents not yet sampled', async () => {
    await page.getByRole('link', { name: ROUND }).click();
    await page.waitForURL(`${url}/testing/campaigns/${campaignId}`);
    await page.getByTestId('coverage-table').waitFor();
    await eventually(async () => numberIn(await page.getByTestId('coverage-total-target').innerText())).toBeGreaterThan(
      0,
    );
    const missing = await openGrid();
    expect(missing).toBeGreaterThanOrEqual(3);
    expect(await page.getByTestId('missing-export').getAttribute('href')).toBe(
      `/api/v1/testing/campaigns/${campaignId}/missing.xlsx?gridId=${chain.at(-1)?.id}`,
    );
    await page.screenshot({ path: '/tmp/fangkong-e2e-testing-missing.png' });
  });

  it("should break the grid's missing residents down by building and narrow the list to one", async () => {
    const missing = await openGrid();
    const buildings = page.getByTestId('missing-buildings').locator('tbody tr.ant-table-row');
    await eventually(() => buildings.count()).toBeGreaterThan(0);
    // Address, households, residents not yet sampled: the buildings share out the grid's count.
    const counts = await buildings.evaluateAll((rows) =>
      rows.map((row) => Number((row.children[2]?.textContent ?? '').replace(/[^\d]/g, ''))),
    );
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(missing);
    const total = page.locator('.ant-pagination-total-text');
    const first = buildings.first().locator('a');
    const address = await first.innerText();
    await first.click();
    expect(await page.getByTestId('missing-scope').innerText()).toContain(address);
    await eventually(async () => numberIn(await total.innerText())).toBe(counts[0]);
    await page.screenshot({ path: '/tmp/fangkong-e2e-testing-buildings.png' });
    await page.getByTestId('missing-all-buildings').click();
    await eventually(async () => numberIn(await total.innerText())).toBe(missing);
  });

  it('should count two residents sampled at a table out of the missing list', async () => {
    const before = await openGrid();
    const at = new Date().toISOString();
    const batch = {
      campaignId,
      placeId,
      tableNo: 1,
      events: persons.map((person) => ({
        scanId: randomUUID(),
        kind: 'sample',
        tube: TUBE,
        person: person.id_number,
        at,
      })),
    };
    // As the phone page sends it, with the admin's session cookie.
    const answer = await page.evaluate(async (body) => {
      const response = await fetch('/api/v1/testing/scans', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
      return response.json();
    }, batch);
    expect(answer).toMatchObject({ stored: 2, rejected: 0 });
    expect(await openGrid()).toBe(before - 2);
    for (const person of persons) expect(await page.getByTestId(`exempt-${person.id}`).count()).toBe(0);
  });

  it('should exempt a resident from the missing list', async () => {
    const before = await openGrid();
    const action = page.getByTestId('missing-table').locator('[data-testid^="exempt-"]').first();
    const residentId = Number((await action.getAttribute('data-testid'))?.replace('exempt-', ''));
    await action.click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('#exempt_note').fill('在外地务工');
    const answered = page.waitForResponse(
      (response) => response.url().includes('/exemptions') && response.request().method() === 'POST',
    );
    await page.getByTestId('exempt-submit').click();
    expect((await answered).status()).toBe(204);
    await dialog.waitFor({ state: 'hidden' });
    await page.getByTestId(`exempt-${residentId}`).waitFor({ state: 'detached' });
    await eventually(async () => numberIn(await page.getByTestId('coverage-total-missing').innerText())).toBe(
      before - 1,
    );
    const { rows } = await sql<{ reason: string }>`
      SELECT reason FROM test_exemption WHERE campaign_id = ${campaignId} AND resident_id = ${residentId}`.execute(
      platform.database.db,
    );
    expect(rows).toEqual([{ reason: 'away' }]);
  });

  it('should take a lab result file and turn the positive pool into single-tube re-samples', async () => {
    const file = path.join(await mkdtemp(path.join(tmpdir(), 'fangkong-e2e-')), '结果.csv');
    await writeFile(file, `试管编码,检测结果\r\n${TUBE},阳性\r\n`);
    await page.goto(`${url}/testing/lab`);
    await page.getByTestId('results-upload').setInputFiles(file);
    await page.getByTestId('results-outcome').waitFor();
    expect(numberIn(await page.getByTestId('results-recorded').innerText())).toBe(1);
    expect(numberIn(await page.getByTestId('results-resampleTasks').innerText())).toBe(2);
    await page.screenshot({ path: '/tmp/fangkong-e2e-testing-lab.png' });
    await page.goto(`${url}/testing/campaigns/${campaignId}`);
    await page.getByRole('tab', { name: '阳性混管' }).click();
    const rows = page.getByTestId('resample-table').locator('tbody tr.ant-table-row');
    await eventually(() => rows.count()).toBe(2);
    expect(await rows.first().innerText()).toContain(TUBE);
    await page.getByRole('tab', { name: '进度' }).click();
    await page.getByTestId('progress-board').waitFor();
    await page.screenshot({ path: '/tmp/fangkong-e2e-testing-progress.png', fullPage: true });
  });

  it('should list key-post workers overdue for a test once their interval and grace have passed', async () => {
    const { db } = platform.database;
    // Two residents never sampled in this file's round, so nothing marks them tested.
    const workers = await db
      .selectFrom('resident')
      .select(['id', 'id_number'])
      .where(
        'id',
        'not in',
        persons.map((person) => person.id),
      )
      .orderBy('id', 'desc')
      .limit(2)
      .execute();
    expect(workers).toHaveLength(2);
    await page.goto(`${url}/testing`);
    await page.getByRole('tab', { name: '重点岗位' }).click();
    await page.waitForURL(`${url}/testing/keypost`);

    await page.getByTestId('keypost-group-create').click();
    let dialog = page.getByRole('dialog');
    await dialog.locator('#keypostGroup_name').fill(GROUP);
    await dialog.getByText('每天', { exact: true }).click();
    await page.getByTestId('keypost-group-submit').click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByTestId('keypost-groups').getByText(GROUP, { exact: true }).waitFor();
    const { rows: groups } = await sql<{ id: string; interval_hours: number; grace_hours: number }>`
      SELECT id, interval_hours, grace_hours FROM keypost_group WHERE name = ${GROUP}`.execute(db);
    expect(groups).toMatchObject([{ interval_hours: 24, grace_hours: 12 }]);
    const groupId = Number(groups[0]?.id);

    await page.getByTestId('keypost-register').click();
    dialog = page.getByRole('dialog');
    await pickOption(dialog.locator('#keypostRegister_groupId'), GROUP);
    await pickOption(dialog.locator('#keypostRegister_placeId'), /./); // the first place found
    const [first, second] = workers;
    await dialog
      .locator('#keypostRegister_lines')
      .fill(`${first?.id_number}\n\n${second?.id_number},冷库搬运\n12345\n`);
    await page.getByTestId('keypost-register-submit').click();
    await dialog.waitFor({ state: 'hidden' });
    const outcome = page.getByTestId('keypost-outcome');
    await outcome.waitFor();
    expect(await outcome.innerText()).toContain('新登记 2 人');
    // The bad line is named by its line in the pasted text (blank lines counted).
    expect(await page.getByTestId('keypost-rejected').locator('tbody tr').innerText()).toMatch(/4\s+身份证号格式错误/);
    const registered = await sql<{ resident_id: string; post: string | null }>`
      SELECT resident_id, post FROM keypost_worker WHERE group_id = ${groupId} ORDER BY post NULLS FIRST`.execute(db);
    expect(registered.rows.map((row) => [Number(row.resident_id), row.post])).toEqual([
      [first?.id, null],
      [second?.id, '冷库搬运'],
    ]);
    const table = page.getByTestId('keypost-overdue-table');
    for (const worker of workers) expect(await table.locator(`tr[data-row-key="${worker.id}"]`).count()).toBe(0);

    // 40 hours on, past a day plus 12 hours of grace.
    await sql`UPDATE keypost_worker SET registered_at = now() - interval '40 hours' WHERE group_id = ${groupId}`.execute(
      db,
    );
    await page.reload();
    for (const worker of workers) await table.locator(`tr[data-row-key="${worker.id}"]`).waitFor();
    expect(numberIn(await page.getByTestId(`keypost-overdue-${groupId}`).innerText())).toBe(2);
    await page.getByTestId(`keypost-overdue-${groupId}`).click();
    expect(await page.getByTestId('keypost-overdue-export').getAttribute('href')).toBe(
      `/api/v1/testing/keypost/overdue.xlsx?groupId=${groupId}`,
    );
    await eventually(() => table.locator('tbody tr.ant-table-row').count()).toBe(2);
    await page.screenshot({ path: '/tmp/fangkong-e2e-testing-keypost.png', fullPage: true });
  });

  it('should plan a round for a pasted list, naming the line left out, and target only the listed residents', async () => {
    const listRound = '重点人群名单检测（E2E）';
    const [first, second] = persons;
    await page.goto(`${url}/testing`);
    await page.getByTestId('campaign-create').click();
    const dialog = page.getByRole('dialog').filter({ has: page.locator('#createCampaign_name') });
    await dialog.locator('#createCampaign_name').fill(listRound);
    await pickOption(dialog.locator('#createCampaign_regionIds'), new RegExp(`^${chain[0]?.name}`));
    await dialog.getByText('导入名单', { exact: true }).click();
    await dialog.locator('#createCampaign_idList').fill(`${first?.id_number}\n${second?.id_number}\nabc\n`);
    // The planner counts the listed lines.
    await eventually(async () => numberIn(await page.getByTestId('capacity-population').innerText())).toBe(3);
    await pickOption(dialog.locator('#createCampaign_points'), /./);
    // The chosen point is in the plan (its tables input) before the form is sent.
    await dialog.locator('[data-testid^="point-tables-"]').first().waitFor();
    const answered = page.waitForResponse(
      (response) => response.url().endsWith('/api/v1/testing/campaigns') && response.request().method() === 'POST',
    );
    await page.getByTestId('campaign-create-submit').click();
    const response = await answered;
    expect(response.status()).toBe(201);
    const roundId: number = (await response.json()).campaign.id;
    await dialog.waitFor({ state: 'hidden' });
    // The bad line is named by its line in the pasted text, with why.
    const rejected = page.getByTestId('campaign-target-rejected').locator('tbody tr.ant-table-row');
    await eventually(() => rejected.count()).toBe(1);
    expect(await rejected.innerText()).toMatch(/3\s+身份证号格式错误/);
    await page.screenshot({ path: '/tmp/fangkong-e2e-testing-list-rejected.png' });
    await page.locator('.ant-modal-confirm-btns button').click();
    await page.goto(`${url}/testing/campaigns/${roundId}`);
    expect(await page.getByTestId('campaign-target').innerText()).toBe('导入名单');
    await page.getByTestId('coverage-table').waitFor();
    await eventually(async () => numberIn(await page.getByTestId('coverage-total-target').innerText())).toBe(2);
  });
});
