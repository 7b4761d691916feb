import { sql } from 'kysely';
import { type APIRequestContext, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, pickOption, signIn, STEP_TIMEOUT } from './browser.ts';
import { createUsers, signInAdmin, startPlatform } from './platform.ts';

const DOCTOR = { username: 'doctor01', password: 'Doctor-e2e-pass-1' };

describe('a hospital admitting a case and the four rates in the browser', { timeout: 120_000 }, () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let browser: Browser;
  let admin: APIRequestContext;
  let page: Page;
  let url: string;
  let patient: { id_number: string; name: string };
  let hospital: { id: number; name: string };

  beforeAll(async () => {
    platform = await startPlatform(); // an empty database gets the demo city 湘江市
    url = platform.server.url;
    const db = platform.database.db;
    const [resident] = (
      await sql<{ id_number: string; name: string }>`SELECT id_number, name FROM resident ORDER BY id LIMIT 1`.execute(
        db,
      )
    ).rows;
    const [place] = (
      await sql<{
        id: number;
        name: string;
      }>`SELECT id, name FROM place WHERE type = 'hospital' ORDER BY id LIMIT 1`.execute(db)
    ).rows;
    if (!resident || !place) throw new Error('the demo city has no resident or no hospital');
    [patient, hospital] = [resident, { id: Number(place.id), name: place.name }];

    // The administrator opens the case (the tracing group's work), gives the hospital beds and a doctor an account.
    admin = await signInAdmin(url);
    const opened = await admin.post('/api/v1/tracing/cases', {
      data: { idNumber: patient.id_number, name: patient.name, classification: 'confirmed', foundVia: 'fever_clinic' },
    });
    expect(opened.status()).toBe(201);
    const beds = await admin.put(`/api/v1/treatment/hospitals/${hospital.id}/beds`, {
      data: { general: 10, severe: 2, icu: 1 },
    });
    expect(beds.status()).toBe(200);
    await createUsers(platform, admin, [{ ...DOCTOR, displayName: '医生', roles: ['medical_staff'] }]);

    browser = await launchChromium();
    page = await browser.newPage({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(STEP_TIMEOUT);
    await signIn(page, url, DOCTOR.username, DOCTOR.password);
  });
  afterAll(async () => {
    await admin?.dispose();
    await browser?.close();
    await platform?.stop();
  });

  it('should admit the case to a general bed and open the patient’s page', async () => {
    await page.getByRole('link', { name: '医疗救治' }).click();
    await page.getByTestId('admit-open').click();
    await pickOption(page.locator('#admit_caseId'), patient.name, patient.name);
    await pickOption(page.locator('#admit_hospitalId'), hospital.name);
    await page.getByTestId('admit-submit').click();
    await page.waitForURL(/\/treatment\/admissions\/\d+$/);
    expect(await page.getByTestId('admission-title').innerText()).toContain(patient.name);
    expect(await page.getByTestId('admission-outcome').innerText()).toBe('在院');
    await page.getByTestId('severity-timeline').getByText('轻型').waitFor();
    await page.screenshot({ path: '/tmp/fangkong-e2e-treatment-patient.png', fullPage: true });
    const [stored] = (
      await sql<{ bed_level: string; treated: boolean }>`
        SELECT a.bed_level, c.treated_at IS NOT NULL AS treated
          FROM admission a JOIN tracing_case c ON c.id = a.case_id WHERE c.id_number = ${patient.id_number}`.execute(
        platform.database.db,
      )
    ).rows;
    expect(stored).toEqual({ bed_level: 'general', treated: true });
  });

  it('should show the four rates with their formulas and the chart per day', async () => {
    await page.getByRole('tab', { name: '四率' }).click();
    await expect
      .poll(() => page.getByTestId('rate-admission-fraction').innerText(), { timeout: STEP_TIMEOUT })
      .toBe('1 / 1');
    const admission = await page.getByTestId('rate-admission').innerText();
    expect(admission).toContain('100.0%');
    expect(admission).toContain(
      '收治率 = 截至当日24时累计收治入定点医院的病例数 ÷ 累计病例数（确诊病例 + 无症状感染者）',
    );
    expect(await page.getByTestId('rate-death-fraction').innerText()).toBe('0 / 1');
    await page.getByTestId('rates-chart').locator('canvas').waitFor();
    await page.screenshot({ path: '/tmp/fangkong-e2e-treatment-rates.png', fullPage: true });
  });
});
