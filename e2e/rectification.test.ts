import { statSync } from 'node:fs';
import { sql } from 'kysely';
import { type APIRequestContext, type Browser, type BrowserContext, type Page, request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, pickOption, signIn, STEP_TIMEOUT } from './browser.ts';
import { createUsers, signInAdmin, startPlatform } from './platform.ts';

const SUPERVISOR = { username: 'duchazu02', password: 'Duchazu-e2e-pass-2' };
const LIAISON = { username: 'lianluoyuan01', password: 'Lianluo-e2e-pass-1' };
const TIME_ZONE = 'Asia/Shanghai'; // the platform's day (FANGKONG_TIME_ZONE's default)
// A real 1×1 PNG: the answer's photo.
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

const dayIn = (offsetDays: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE }).format(new Date(Date.now() + offsetDays * 86_400_000));

/** The number a board figure shows. */
const figure = (page: Page, key: string) =>
  page.getByTestId(`board-total-${key}`).locator('.ant-statistic-content-value').innerText();

/** Clicks what starts a download and waits for the file to arrive whole. */
async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; size: number }> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), size: statSync(path).size };
}

describe('rectification orders from the unit’s phone to the daily clearing board', { timeout: 240_000 }, () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let browser: Browser;
  let phone: BrowserContext;
  let desk: BrowserContext;
  let admin: APIRequestContext;
  let supervisorApi: APIRequestContext;
  let liaisonPage: Page;
  let supervisorPage: Page;
  let url: string;
  let planCode: string;
  let factory: { id: number; name: string };
  let answered: { id: number; number: string };
  let carried: { id: number; number: string };

  beforeAll(async () => {
    platform = await startPlatform(); // an empty database gets the demo city 湘江市
    url = platform.server.url;
    const db = platform.database.db;
    const [place] = (
      await sql<{ id: number; name: string }>`
        SELECT id::int AS id, name FROM place WHERE type = 'enterprise' ORDER BY id LIMIT 1`.execute(db)
    ).rows;
    if (!place) throw new Error('the demo city has no enterprise');
    factory = place;

    // The administrator makes the accounts and links the liaison to the factory.
    admin = await signInAdmin(url);
    await createUsers(platform, admin, [
      { ...SUPERVISOR, displayName: '督导组长', roles: ['supervisor'] },
      { ...LIAISON, displayName: '工厂联络员', roles: ['liaison'] },
    ]);
    const { rows: users } = await sql<{ id: number; username: string }>`
      SELECT id::int AS id, username FROM app_user WHERE username IN (${SUPERVISOR.username}, ${LIAISON.username})`.execute(
      db,
    );
    const idOf = (username: string) => users.find((u) => u.username === username)!.id;
    const member = await admin.put(`/api/v1/units/${factory.id}/members/${idOf(LIAISON.username)}`, {
      data: { duty: 'liaison' },
    });
    expect(member.status(), await member.text()).toBe(200);

    // The supervisor plans, checks in at the factory, finds two problems and hands both over as orders.
    supervisorApi = await request.newContext({ baseURL: url });
    const login = await supervisorApi.post('/api/v1/auth/login', { data: SUPERVISOR });
    expect(login.ok()).toBe(true);
    const plan = await supervisorApi.post('/api/v1/supervision/plans', {
      data: {
        title: '交办整改闭环督导',
        startsOn: dayIn(0),
        endsOn: dayIn(1),
        placeIds: [factory.id],
        memberIds: [idOf(SUPERVISOR.username)],
      },
    });
    expect(plan.status(), await plan.text()).toBe(201);
    const planBody = (await plan.json()) as { code: string; targets: { id: number }[] };
    planCode = planBody.code;
    const checkIn = await supervisorApi.post('/api/v1/supervision/inspections', {
      data: { planTargetId: planBody.targets[0]!.id, lng: 113.134, lat: 27.827 },
    });
    expect(checkIn.status(), await checkIn.text()).toBe(201);
    const inspectionId = ((await checkIn.json()) as { id: number }).id;
    const answers = await supervisorApi.post(`/api/v1/supervision/inspections/${inspectionId}/answers`, {
      data: {
        answers: [
          { itemKey: 'closed_loop', value: false },
          { itemKey: 'canteen', value: false },
        ],
      },
    });
    expect(answers.ok(), await answers.text()).toBe(true);
    const submit = await supervisorApi.post(`/api/v1/supervision/inspections/${inspectionId}/submit`, { data: {} });
    expect(submit.ok(), await submit.text()).toBe(true);
    const findings = ((await submit.json()) as { findings: { id: number }[] }).findings;
    expect(findings).toHaveLength(2);
    const orders: { id: number; number: string }[] = [];
    for (const finding of findings) {
      const order = await supervisorApi.post('/api/v1/rectification/orders', {
        data: { findingId: finding.id, responsibleName: '王厂长', requirement: '立即整改并报送整改照片' },
      });
      expect(order.status(), await order.text()).toBe(201);
      const body = (await order.json()) as { id: number; displayNumber: string };
      orders.push({ id: body.id, number: body.displayNumber });
    }
    [answered, carried] = orders as [(typeof orders)[0], (typeof orders)[0]];

    browser = await launchChromium();
    phone = await browser.newContext({
      locale: 'zh-CN',
      timezoneId: TIME_ZONE,
      viewport: { width: 360, height: 740 },
      isMobile: true,
      hasTouch: true,
    });
    desk = await browser.newContext({
      locale: 'zh-CN',
      timezoneId: TIME_ZONE,
      viewport: { width: 1280, height: 900 },
      acceptDownloads: true,
    });
    liaisonPage = await phone.newPage();
    liaisonPage.setDefaultTimeout(STEP_TIMEOUT);
    supervisorPage = await desk.newPage();
    supervisorPage.setDefaultTimeout(STEP_TIMEOUT);
    await signIn(liaisonPage, url, LIAISON.username, LIAISON.password);
    await signIn(supervisorPage, url, SUPERVISOR.username, SUPERVISOR.password);
  });
  afterAll(async () => {
    await admin?.dispose();
    await supervisorApi?.dispose();
    await phone?.close();
    await desk?.close();
    await browser?.close();
    await platform?.stop();
  });

  it('should let the liaison answer an order on a 360 px phone, with text and a photo', async () => {
    const page = liaisonPage;
    await page.goto(`${url}/supervision/orders`);
    await page.getByTestId(`order-card-${carried.id}`).waitFor();
    const card = page.getByTestId(`order-card-${answered.id}`);
    expect(await card.innerText()).toContain(factory.name);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await card.getByRole('link', { name: answered.number }).click();
    await page.waitForURL(new RegExp(`/supervision/orders/${answered.id}$`));
    expect(await page.getByTestId('order-number').innerText()).toBe(answered.number);

    await page.getByTestId('order-answer-text').fill('已落实人不出厂，增设门岗');
    await page.getByTestId('order-answer-submit').click();
    await page.getByTestId('order-event-answered').getByText('已落实人不出厂，增设门岗').waitFor();
    await page.getByTestId('order-view').getByText('已答复待核验').first().waitFor();
    expect(await page.getByTestId('order-answer').count()).toBe(0);

    await page
      .getByTestId('order-answer-photo')
      .setInputFiles({ name: 'gate.png', mimeType: 'image/png', buffer: png });
    await page.getByTestId('order-event-answered').locator('img').first().waitFor();
    await page.screenshot({ path: '/tmp/fangkong-e2e-rectification-answered.png', fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    const { rows } = await sql<{ status: string; photos: number }>`
      SELECT o.status,
             (SELECT count(*)::int FROM supervision_photo p JOIN rectification_event e ON e.id = p.owner_id
               WHERE p.owner_kind = 'response' AND e.order_id = o.id) AS photos
        FROM rectification_order o WHERE o.id = ${answered.id}`.execute(platform.database.db);
    expect(rows).toEqual([{ status: 'answered', photos: 1 }]);
  });

  it('should show the supervisor the board, carry one order with a reason and close the answered one', async () => {
    const page = supervisorPage;
    await page.goto(`${url}/supervision/board`);
    const list = page.getByTestId('board-rows');
    await list.getByText(answered.number).waitFor();
    await list.getByText(carried.number).waitFor();
    expect(await figure(page, 'open')).toBe('2');
    expect(await figure(page, 'closedToday')).toBe('0');
    expect(await list.innerText()).toContain(factory.name);

    await page.getByTestId(`carry-${carried.id}`).click();
    await page.getByTestId('carry-reason').fill('需更换门禁设备，预计明日完成');
    await page
      .locator('.ant-modal')
      .getByRole('button', { name: /结\s*转/ })
      .click();
    await list.getByText('需更换门禁设备，预计明日完成').waitFor();
    expect(await page.getByTestId(`carry-${carried.id}`).count()).toBe(0);

    await list.getByRole('link', { name: answered.number }).click();
    await page.waitForURL(new RegExp(`/supervision/orders/${answered.id}$`));
    await page.getByTestId('order-verify').waitFor();
    await page.getByTestId('order-close').click();
    await page.getByTestId('order-view').getByText('已销号').first().waitFor();
    expect(await page.getByTestId('order-verify').count()).toBe(0);

    await page.goto(`${url}/supervision/board`);
    await expect.poll(() => figure(page, 'closedToday'), { timeout: STEP_TIMEOUT }).toBe('1');
    expect(await figure(page, 'open')).toBe('1');
    await page.screenshot({ path: '/tmp/fangkong-e2e-rectification-board.png', fullPage: true });
  });

  it('should download the board’s .xlsx and a report’s PDF', async () => {
    const page = supervisorPage;
    const sheet = await download(page, () => page.getByTestId('board-xlsx').click());
    expect(sheet.name).toMatch(/\.xlsx$/);
    expect(sheet.size).toBeGreaterThan(0);

    await page.goto(`${url}/supervision/reports`);
    await pickOption(page.getByTestId('report-plan'), planCode);
    await page.getByTestId('report-show').click();
    await page.getByTestId('report-orders').waitFor();
    expect(await page.getByTestId('report-orders').locator('.ant-statistic-content-value').innerText()).toBe('2');
    const pdf = await download(page, () => page.getByTestId('report-pdf').click());
    expect(pdf.name).toMatch(/\.pdf$/);
    expect(pdf.size).toBeGreaterThan(1000);
  });
});
