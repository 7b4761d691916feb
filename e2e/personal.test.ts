import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personalToken } from '../server/src/modules/testing/personal-code.ts';
import { launchChromium, STEP_TIMEOUT } from './browser.ts';
import { startPlatform } from './platform.ts';

describe('a resident opening their own page from the link, without an account', { timeout: 120_000 }, () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let browser: Browser;
  let page: Page;
  let resident: { id: number; name: string };

  beforeAll(async () => {
    platform = await startPlatform(); // an empty database gets the demo city 湘江市
    browser = await launchChromium();
    page = await browser.newPage({ locale: 'zh-CN', viewport: { width: 390, height: 844 } });
    page.setDefaultTimeout(STEP_TIMEOUT);
    resident = await platform.database.db
      .selectFrom('resident')
      .select(['id', 'name'])
      .orderBy('id')
      .executeTakeFirstOrThrow();
  });
  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });

  it('should show their masked name, their personal code as a QR, and their (empty) tests', async () => {
    const token = await personalToken(platform.database.db, resident.id);
    await page.goto(`${platform.server.url}/me/${token}`);
    const name = await page.getByTestId('personal-name').innerText();
    expect(name.startsWith(resident.name.slice(0, 1))).toBe(true);
    expect(name).toContain('*');
    expect(await page.getByTestId('personal-code').getAttribute('alt')).toBe(`FKP:${token}`);
    expect(await page.getByTestId('personal-results').innerText()).toContain('暂无检测记录');
    await page.screenshot({ path: '/tmp/fangkong-e2e-personal.png', fullPage: true });
  });

  it('should say a forged link is not valid', async () => {
    await page.goto(`${platform.server.url}/me/${resident.id}.AAAAAAAAAAAAAAAAAAAAAA`);
    await page.getByText('链接无效或已失效').waitFor();
    expect(await page.getByTestId('personal-name').count()).toBe(0);
  });
});
