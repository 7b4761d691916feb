import { type RawBuilder, sql } from 'kysely';
import { type APIRequestContext, type Browser, type Page, request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, pickOption, signIn, STEP_TIMEOUT } from './browser.ts';
import { adminPassword, startPlatform } from './platform.ts';

const TRACER = { username: 'tracer01', password: 'Tracer-e2e-pass-1' };

type Person = { id: number; id_number: string; name: string };

/** A day before today on Beijing's calendar, as the date pickers show it (YYYY-MM-DD). */
const beijingDay = (daysAgo: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(Date.now() - daysAgo * 86_400_000));

describe('the tracing group working a case in the browser', { timeout: 120_000 }, () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let browser: Browser;
  let admin: APIRequestContext;
  let page: Page;
  let url: string;
  /** A resident living with at least one other, the other, and a resident of another household. */
  let patient: Person;
  let housemate: Person;
  let neighbour: Person;
  let place: { name: string };
  let caseId: number;

  const query = async <R extends object>(statement: RawBuilder<R>) =>
    (await statement.execute(platform.database.db)).rows;
  /** The toast the page shows for a failed request: the server's own message. */
  const toast = (text: RegExp) => page.locator('.ant-message').getByText(text);

  /** Types a time into a date-time picker and leaves the field, as a keyboard user would. */
  async function pickTime(id: string, value: string) {
    const input = page.locator(`#${id}`);
    await input.click();
    await input.fill(value);
    await input.press('Tab');
    await page.locator('.ant-picker-dropdown:not(.ant-picker-dropdown-hidden)').waitFor({ state: 'hidden' });
    expect(await input.inputValue()).toBe(value);
  }

  beforeAll(async () => {
    platform = await startPlatform(); // an empty database gets the demo city 湘江市
    url = platform.server.url;
    const [first, second] = await query<Person & { household_id: string }>(sql`
      SELECT id, id_number, name, household_id FROM resident
       WHERE household_id = (SELECT household_id FROM resident WHERE household_id IS NOT NULL
                              GROUP BY household_id HAVING count(*) >= 2 ORDER BY household_id LIMIT 1)
       ORDER BY id LIMIT 2`);
    if (!first || !second) throw new Error('the demo city has no household of two');
    [patient, housemate] = [first, second];
    const [other] = await query<Person>(sql`
      SELECT id, id_number, name FROM resident
       WHERE household_id IS DISTINCT FROM ${first.household_id} ORDER BY id LIMIT 1`);
    const [somewhere] = await query<{ name: string }>(sql`SELECT name FROM place ORDER BY id LIMIT 1`);
    if (!other || !somewhere) throw new Error('the demo city has no other resident or no place');
    [neighbour, place] = [other, somewhere];

    // The administrator creates a tracing-group user for the whole city, with a password already settled.
    admin = await request.newContext({ baseURL: url });
    expect(
      (await admin.post('/api/v1/auth/login', { data: { username: 'admin', password: adminPassword } })).ok(),
    ).toBe(true);
    const created = await admin.post('/api/v1/users', {
      data: { ...TRACER, displayName: '流调员', roles: ['tracing_staff'], regionIds: [], scopeAll: true },
    });
    expect(created.status()).toBe(201);
    await sql`UPDATE app_user SET must_change_password = false WHERE username = ${TRACER.username}`.execute(
      platform.database.db,
    );

    browser = await launchChromium();
    page = await browser.newPage({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(STEP_TIMEOUT);
    await signIn(page, url, TRACER.username, TRACER.password);
  });
  afterAll(async () => {
    await admin?.dispose();
    await browser?.close();
    await platform?.stop();
  });

  it('should open a case by hand for a resident, its report clock running', async () => {
    await page.getByRole('link', { name: '流调溯源' }).click();
    await page.getByTestId('case-create').click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('#createCase_idNumber').fill(patient.id_number);
    await dialog.locator('#createCase_name').fill(patient.name);
    await page.getByTestId('case-create-submit').click();
    await page.waitForURL(/\/tracing\/cases\/\d+$/);
    caseId = Number(page.url().split('/').at(-1));
    expect(await page.getByTestId('case-title').innerText()).toContain(patient.name);
    expect(await page.getByTestId('case-classification').innerText()).toBe('确诊病例');
    expect(await page.getByTestId('timer-report').getAttribute('data-state')).toBe('running');
    expect(await page.getByTestId('timer-onSite').getAttribute('data-state')).toBe('waiting');
    const [stored] = await query<{ resident_id: number; found_via: string }>(sql`
      SELECT resident_id::int, found_via FROM tracing_case WHERE id = ${caseId}`);
    expect(stored).toEqual({ resident_id: patient.id, found_via: 'fever_clinic' });
  });

  it('should record the report, which starts the 2+4+24 clocks', async () => {
    await page.getByTestId('milestone-record-reported').click();
    await page.getByTestId('milestone-submit').click();
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await page.getByTestId('milestone-reported').waitFor();
    await expect.poll(() => page.getByTestId('timer-report').getAttribute('data-state')).toBe('done');
    expect(await page.getByTestId('timer-onSite').getAttribute('data-state')).toBe('running');
    await page.screenshot({ path: '/tmp/fangkong-e2e-tracing-case.png', fullPage: true });
  });

  it('should add a stay to the trajectory and refuse an overlapping one with the reason', async () => {
    const day = beijingDay(1);
    await page.getByTestId('trajectory-add').click();
    await pickOption(page.locator('#trajectory_placeId'), place.name, place.name.slice(0, 10));
    await pickTime('trajectory_from', `${day} 09:00`);
    await pickTime('trajectory_to', `${day} 11:00`);
    await page.locator('#trajectory_exposure').fill('未戴口罩');
    await page.getByTestId('trajectory-submit').click();
    // Reopened only once closed: a dialog opened while the last one fades out is reset when that ends.
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await page.getByTestId('trajectory-table').getByText(place.name).waitFor();

    await page.getByTestId('trajectory-add').click();
    await page.getByTestId('trajectory-where').getByText('填写地址').click();
    await page.locator('#trajectory_address').fill('湘江路 1 号便利店');
    await pickTime('trajectory_from', `${day} 10:00`);
    await pickTime('trajectory_to', `${day} 12:00`);
    await page.getByTestId('trajectory-submit').click();
    await toast(/重叠/).waitFor();
    // Refused: the dialog stays open with what was typed, and the trajectory keeps one stay.
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /取\s*消/ })
      .click();
    expect(await page.getByTestId('trajectory-table').locator('tbody tr.ant-table-row').count()).toBe(1);
  });

  it('should add a contact by hand and refuse the same person twice', async () => {
    await page.getByRole('tab', { name: /^密接（/ }).click();
    const addNeighbour = async () => {
      await page.getByTestId('contact-add').click();
      await page.locator('#addContact_name').fill(neighbour.name);
      await page.locator('#addContact_idNumber').fill(neighbour.id_number);
      await page.getByTestId('contact-add-submit').click();
    };
    await addNeighbour();
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await page.locator('[data-testid^="contact-row-"]').filter({ hasText: neighbour.name }).waitFor();
    await addNeighbour();
    await toast(/已是同一来源的接触者/).waitFor();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /取\s*消/ })
      .click();
    const counted = await query<{ n: number }>(sql`
      SELECT count(*)::int AS n FROM tracing_contact WHERE source_case_id = ${caseId}`);
    expect(counted).toEqual([{ n: 1 }]);
  });

  it('should find the housemate as a suggested contact and confirm them', async () => {
    await page.getByRole('tab', { name: /^推荐密接（/ }).click();
    await page.getByTestId('discover').click();
    await page.getByTestId('discover-result').waitFor();
    const group = page.getByTestId('suggestions-household');
    const suggestion = group.locator('[data-testid^="suggestion-"]').filter({ hasText: housemate.name });
    await suggestion.waitFor();
    await suggestion.locator('[data-testid^="suggestion-confirm-"]').click();
    await page.getByTestId('suggestion-confirm-submit').click();
    await suggestion.getByText('已确认').waitFor();
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await page.screenshot({ path: '/tmp/fangkong-e2e-tracing-suggestions.png', fullPage: true });
    const rows = await query<{ found_via: string; kind: string }>(sql`
      SELECT found_via, kind FROM tracing_contact WHERE source_case_id = ${caseId} AND resident_id = ${housemate.id}`);
    expect(rows).toEqual([{ found_via: 'household', kind: 'close' }]);
  });

  it("should move the housemate's status forward with its basis", async () => {
    await page.getByRole('tab', { name: /^密接（/ }).click();
    const [contact] = await query<{ id: string }>(sql`
      SELECT id FROM tracing_contact WHERE source_case_id = ${caseId} AND resident_id = ${housemate.id}`);
    const id = contact?.id ?? '';
    const row = page.getByTestId(`contact-row-${id}`);
    await row.waitFor();
    await page.getByTestId(`contact-status-${id}`).click();
    await page.locator('#contactStatus_basis').fill('已电话告知并送达告知书');
    await page.getByTestId('contact-status-submit').click();
    await row.getByText('已通知').waitFor();
    const history = await query<{ status: string; basis: string }>(sql`
      SELECT status, basis FROM contact_status_change WHERE contact_id = ${id} ORDER BY id`);
    expect(history.at(-1)).toEqual({ status: 'notified', basis: '已电话告知并送达告知书' });
  });
});
