import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, pickOption, STEP_TIMEOUT } from './browser.ts';
import { adminPassword, startPlatform } from './platform.ts';

describe('a community worker keeping the registry in the browser', { timeout: 120_000 }, () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let browser: Browser;
  let page: Page;
  let ledger: string;

  beforeAll(async () => {
    platform = await startPlatform(); // an empty database gets the demo city 湘江市
    browser = await launchChromium();
    page = await browser.newPage({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(STEP_TIMEOUT);
    const grid = await platform.database.db
      .selectFrom('region')
      .select('code')
      .where('level_id', '=', 5)
      .orderBy('id')
      .executeTakeFirstOrThrow();
    ledger = path.join(await mkdtemp(path.join(tmpdir(), 'fangkong-e2e-')), '台账.csv');
    const rows = [
      '姓名,身份证号,联系电话,网格编码,住址,特殊人群',
      `欧阳测试,11010519491231002X,13812345678,${grid.code},测试小区1栋101,独居老人`,
      `错号测试,110105194912310021,,${grid.code},,`,
    ];
    await writeFile(ledger, iconv.encode(rows.join('\r\n'), 'gbk'));
    await page.goto(`${platform.server.url}/login`);
    await page.locator('#username').fill('admin');
    await page.locator('#password').fill(adminPassword);
    await page.getByTestId('login-submit').click();
    await page.waitForURL(`${platform.server.url}/`);
  });
  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });

  it('should import a GBK ledger and report the rejected row', async () => {
    await page.goto(`${platform.server.url}/registry/import`);
    await page.getByTestId('import-file').setInputFiles(ledger);
    await page.getByTestId('import-start').click();
    const result = page.getByTestId('import-result');
    await result.waitFor();
    const text = await result.innerText();
    expect(text).toContain('台账.csv');
    await page.screenshot({ path: '/tmp/fangkong-e2e-import.png' });
    const run = await platform.database.db
      .selectFrom('import_run')
      .select(['inserted', 'rejected', 'encoding'])
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(run).toEqual({ inserted: 1, rejected: 1, encoding: 'gbk' });
  });

  it('should find the imported resident by name, masked in the list', async () => {
    await page.goto(`${platform.server.url}/registry/residents`);
    await page.getByTestId('resident-search-q').fill('欧阳');
    await page.getByTestId('resident-search-submit').click();
    const row = page.getByRole('row', { name: /欧阳测试/ });
    await row.waitFor();
    expect(await row.innerText()).toContain('110***********002X');
    await page.screenshot({ path: '/tmp/fangkong-e2e-residents.png' });
  });

  it('should register a place by hand and find it in the list', async () => {
    const city = await platform.database.db
      .selectFrom('region')
      .select(['id', 'name'])
      .where('parent_id', 'is', null)
      .orderBy('id')
      .executeTakeFirstOrThrow();
    await page.goto(`${platform.server.url}/registry/places`);
    await page.getByTestId('place-create').click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('#createPlace_code').fill('E2E-SCH-001');
    await pickOption(dialog.locator('#createPlace_type'), /^学校$/);
    await dialog.locator('#createPlace_name').fill('测试实验小学');
    await pickOption(dialog.locator('#createPlace_regionId'), new RegExp(`^${city.name}`));
    await dialog.locator('#createPlace_contactPhone').fill('13912345678');
    await dialog.locator('#createPlace_attributes_students').fill('420'); // shown once the type is a school
    await page.getByTestId('place-create-submit').click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByTestId('place-search-q').fill('测试实验');
    await page.getByTestId('place-search-submit').click();
    const row = page.getByRole('row', { name: /测试实验小学/ });
    await row.waitFor();
    expect(await row.innerText()).toContain('E2E-SCH-001');
    await page.screenshot({ path: '/tmp/fangkong-e2e-places.png' });
    const created = await platform.database.db
      .selectFrom('place')
      .select(['type', 'grid_id', 'attributes'])
      .where('code', '=', 'E2E-SCH-001')
      .executeTakeFirstOrThrow();
    expect(created).toEqual({ type: 'school', grid_id: city.id, attributes: { students: 420 } });
  });
});
