import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkCharacter } from '../server/src/modules/registry/id-number.ts';
import { buildUser, testPassword } from '../server/test/app.ts';
import { launchChromium, pickOption, signIn, STEP_TIMEOUT } from './browser.ts';
import { startPlatform } from './platform.ts';

const LIST = '风险地区返回人员（E2E）';
const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, locale: 'zh-CN' };
/** Valid ID numbers nobody in the demo city has. */
const [STRANGER, LATECOMER] = ['11010119900307901', '11010119900307902'].map(
  (first17) => first17 + checkCharacter(first17),
);

/** Waits for what the page shows to settle (lists reload after each change). */
const eventually = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 15_000 });

describe(
  'key persons screened from a list down to the grid worker, and a resident reporting',
  { timeout: 120_000 },
  () => {
    let platform: Awaited<ReturnType<typeof startPlatform>>;
    let browser: Browser;
    let page: Page;
    let url: string;
    let city: { id: number; name: string };
    let grid: { id: number; name: string; code: string | null };
    let residents: { id_number: string; name: string }[];
    let ids: { resident: number; stranger: number };
    let listId: number;

    type KeyPersonRow = {
      id: number;
      id_number: string;
      grid_id: number | null;
      status: string;
      outcome_note: string | null;
    };
    const keyPersons = async () =>
      (
        await sql<KeyPersonRow>`
        SELECT id, id_number, grid_id, status, outcome_note FROM key_person ORDER BY id`.execute(platform.database.db)
      ).rows;

    const signInAs = (on: Page, username: string) => signIn(on, url, username, testPassword);

    beforeAll(async () => {
      platform = await startPlatform(); // an empty database gets the demo city 湘江市
      url = platform.server.url;
      const { db } = platform.database;
      city = await db
        .selectFrom('region')
        .select(['id', 'name'])
        .where('parent_id', 'is', null)
        .orderBy('id')
        .executeTakeFirstOrThrow();
      const [first] = await db.selectFrom('resident').select('grid_id').orderBy('id').limit(1).execute();
      grid = await db
        .selectFrom('region')
        .select(['id', 'name', 'code'])
        .where('id', '=', first?.grid_id ?? 0)
        .executeTakeFirstOrThrow();
      residents = await db
        .selectFrom('resident')
        .select(['id_number', 'name'])
        .where('grid_id', '=', grid.id)
        .orderBy('id')
        .limit(2)
        .execute();
      // Tracing staff over the city bring lists in; the grid worker answers for the one grid.
      await buildUser(db, { username: 'tracer', roles: ['tracing_staff'], regionIds: [city.id] });
      await buildUser(db, { username: 'gridworker', roles: ['grid_worker'], regionIds: [grid.id] });
      browser = await launchChromium();
      page = await browser.newPage({ locale: 'zh-CN', viewport: { width: 1440, height: 900 } });
      page.setDefaultTimeout(STEP_TIMEOUT);
      await signInAs(page, 'tracer');
    });
    afterAll(async () => {
      await browser?.close();
      await platform?.stop();
    });

    it('should dispatch a listed resident to their grid and leave a stranger waiting for one', async () => {
      const [resident] = residents;
      await page.goto(`${url}/screening`);
      await page.waitForURL(`${url}/screening/lists`);
      await page.getByTestId('screening-list-create').click();
      const dialog = page.getByRole('dialog');
      await dialog.locator('#screeningList_name').fill(LIST);
      await pickOption(dialog.locator('#screeningList_regionId'), new RegExp(`^${city.name}`));
      await dialog
        .locator('#screeningList_persons')
        .fill(
          `${resident?.id_number},${resident?.name},13800000000\n${STRANGER}\t外地人员\t\t湘江市某宾馆\t上海市\t2022-04-02 10:30`,
        );
      await dialog
        .locator('.ant-modal-container, .ant-modal-content')
        .first()
        .screenshot({ path: '/tmp/fangkong-e2e-screening-create.png' });
      await page.getByTestId('screening-list-submit').click();
      const outcome = page.getByTestId('screening-import-outcome');
      await outcome.waitFor();
      expect(await outcome.innerText()).toContain('新增 2 人');
      await page.screenshot({ path: '/tmp/fangkong-e2e-screening-created.png' });
      await page.getByTestId('screening-result-close').click();

      const [matched, unplaced] = await keyPersons();
      expect(matched).toMatchObject({ id_number: resident?.id_number, grid_id: grid.id, status: 'pending' });
      expect(unplaced).toMatchObject({ id_number: STRANGER, grid_id: null });
      ids = { resident: matched?.id ?? 0, stranger: unplaced?.id ?? 0 };
      const { rows: lists } = await sql<{ id: number }>`
      SELECT id FROM screening_list WHERE name = ${LIST}`.execute(platform.database.db);
      listId = lists[0]?.id ?? 0;

      await page.getByTestId(`screening-list-unassigned-${listId}`).click();
      await page.waitForURL(`${url}/screening/persons?listId=${listId}&gridId=0`);
      await page.getByTestId(`key-person-row-${ids.stranger}`).waitFor();
      expect(await page.getByTestId(`key-person-row-${ids.stranger}`).innerText()).toContain('待分配');
      expect(await page.getByTestId(`key-person-row-${ids.resident}`).count()).toBe(0);
      // Identifiers are masked, and the deadline counts down.
      expect(await page.getByTestId(`key-person-row-${ids.stranger}`).innerText()).not.toContain(STRANGER);
      expect(await page.getByTestId(`key-person-due-${ids.stranger}`).innerText()).toMatch(/^剩余 \d+ 小时 \d+ 分$/);
      await page.screenshot({ path: '/tmp/fangkong-e2e-screening-unassigned.png' });
    });

    it('should give the stranger a grid', async () => {
      await page.getByTestId(`key-person-assign-${ids.stranger}`).click();
      const dialog = page.getByRole('dialog');
      await pickOption(dialog.locator('#assignGrid_gridId'), grid.name, grid.code ?? grid.name);
      await page.getByTestId('assign-grid-submit').click();
      await dialog.waitFor({ state: 'hidden' });
      // Placed now, so gone from those waiting for a grid.
      await page.getByTestId(`key-person-row-${ids.stranger}`).waitFor({ state: 'detached' });
      const stranger = (await keyPersons()).find((person) => person.id === ids.stranger);
      expect(stranger?.grid_id).toBe(grid.id);
    });

    it('should add the persons of a list file to the list, naming the rows it left out', async () => {
      const file = path.join(await mkdtemp(path.join(tmpdir(), 'fangkong-e2e-')), '名单.csv');
      await writeFile(file, `身份证号,姓名,联系电话\r\n${LATECOMER},后到人员,13700000000\r\n12345,号码有误,\r\n`);
      await page.goto(`${url}/screening/lists`);
      await page.getByTestId(`screening-list-import-${listId}`).click();
      await page.getByTestId('screening-import-file').setInputFiles(file);
      const outcome = page.getByTestId('screening-import-outcome');
      await outcome.waitFor();
      expect(await outcome.innerText()).toContain('新增 1 人，已在名单中 0 人，1 行未导入');
      // Row 3 of the file (the header is row 1), with the field and why.
      expect(await page.getByTestId('screening-import-rejected').locator('tbody tr').innerText()).toMatch(
        /3\s+身份证号\s+证件号码格式错误/,
      );
      await page.screenshot({ path: '/tmp/fangkong-e2e-screening-import.png' });
      await page
        .getByRole('dialog')
        .getByRole('button', { name: /确\s*定/ })
        .click();
      await eventually(() => page.getByTestId(`screening-list-row-${listId}`).innerText()).toMatch(/\s3\s/);
    });

    it("should let the grid worker work through the grid's persons on a phone, a reason required for not found", async () => {
      // The resident's deadline passed an hour and a half ago.
      await sql`UPDATE key_person SET due_at = now() - interval '90 minutes' WHERE id = ${ids.resident}`.execute(
        platform.database.db,
      );
      const worker = await (await browser.newContext(PHONE)).newPage();
      worker.setDefaultTimeout(STEP_TIMEOUT);
      await signInAs(worker, 'gridworker');
      await worker.goto(`${url}/screening`);
      await worker.waitForURL(`${url}/screening/persons`);
      for (const id of [ids.resident, ids.stranger]) await worker.getByTestId(`key-person-card-${id}`).waitFor();
      expect(await worker.getByTestId(`key-person-due-${ids.resident}`).innerText()).toMatch(/^已逾期 1 小时 3\d 分$/);
      // The list is masked; the worker asks for the number to call (an audited read).
      await worker.getByTestId(`key-person-reveal-${ids.resident}`).click();
      expect(await worker.getByTestId(`key-person-phone-${ids.resident}`).innerText()).toBe('13800000000');

      await worker.getByTestId(`key-person-outcome-${ids.stranger}`).click();
      const dialog = worker.getByRole('dialog');
      await dialog.getByText('未找到', { exact: true }).click();
      await worker.getByTestId('key-person-outcome-submit').click();
      await dialog.getByText('选择“未找到”时须写明原因').waitFor();
      await dialog.locator('#keyPersonOutcome_note').fill('电话空号，宾馆查无此人');
      await worker.getByTestId('key-person-outcome-submit').click();
      await dialog.waitFor({ state: 'hidden' });
      const card = worker.getByTestId(`key-person-card-${ids.stranger}`);
      await eventually(() => card.innerText()).toContain('电话空号');
      expect(await card.innerText()).toContain('未找到');
      expect(await worker.getByTestId(`key-person-outcome-${ids.stranger}`).count()).toBe(0);
      const stranger = (await keyPersons()).find((person) => person.id === ids.stranger);
      expect(stranger).toMatchObject({ status: 'not_found', outcome_note: '电话空号，宾馆查无此人' });
      // Nothing overflows sideways on the phone.
      expect(await worker.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await worker.screenshot({ path: '/tmp/fangkong-e2e-screening-phone.png', fullPage: true });
    });

    it('should take a resident’s own report on the public page, marking a mistyped ID number, and give a receipt', async () => {
      const [, resident] = residents;
      const idNumber = resident?.id_number ?? '';
      const mistyped = idNumber.slice(0, 17) + (idNumber.endsWith('0') ? '1' : '0');
      const report = await browser.newPage(PHONE); // no account, no session
      report.setDefaultTimeout(STEP_TIMEOUT);
      await report.goto(`${url}/report`);
      await report.locator('#selfReport_name').fill(resident?.name ?? '');
      await report.locator('#selfReport_idNumber').fill(mistyped);
      await report.locator('#selfReport_phone').fill('13900000000');
      await report.locator('#selfReport_address').fill('湘江市某小区 3 栋 501');
      await report.locator('#selfReport_fromArea').fill('上海市浦东新区');
      await report.locator('#selfReport_arrivedAt').click();
      await report.locator('#selfReport_arrivedAt').fill('2022-04-02 10:30');
      await report.locator('.ant-picker-ok button').click();
      await report.getByTestId('self-report-submit').click();
      await report.getByText('身份证号校验位不符（可能有错字）').waitFor();

      await report.locator('#selfReport_idNumber').fill(idNumber);
      await report.getByTestId('self-report-submit').click();
      const reference = await report.getByTestId('self-report-reference').innerText();
      expect(reference).toMatch(/^BB[0-9A-Z]{6}$/);
      expect(await report.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await report.screenshot({ path: '/tmp/fangkong-e2e-screening-report.png', fullPage: true });
      // Dispatched to the grid of their registered address like any listed person.
      const reported = (await keyPersons()).find((person) => person.id_number === idNumber);
      expect(reported).toMatchObject({ grid_id: grid.id, status: 'pending' });
      expect(reported?.id.toString(36).toUpperCase()).toBe(reference.slice(2).replace(/^0+/, ''));
    });
  },
);
