import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, pickOption, STEP_TIMEOUT } from './browser.ts';
import { adminPassword, startPlatform } from './platform.ts';

describe('an administrator in the browser', { timeout: 120_000 }, () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    platform = await startPlatform();
    browser = await launchChromium();
    page = await browser.newPage({ locale: 'zh-CN', viewport: { width: 1280, height: 800 } });
    // Fail on the step that hangs, well before the test's own time limit.
    page.setDefaultTimeout(STEP_TIMEOUT);
  });
  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });

  it('should sign in, in Chinese by default', async () => {
    await page.goto(`${platform.server.url}/login`);
    await page.locator('#username').fill('admin');
    await page.locator('#password').fill(adminPassword);
    await page.getByTestId('login-submit').click();
    await page.waitForURL(`${platform.server.url}/`);
    await expect(page.getByText('系统管理员').first().isVisible()).resolves.toBe(true);
  });

  it('should create a user and show the generated password once', async () => {
    await page.goto(`${platform.server.url}/users`);
    await page.getByTestId('user-create').click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('#username').fill('gridworker01');
    await dialog.locator('#displayName').fill('李网格');
    await pickOption(dialog.locator('#roles'), '网格员');
    await dialog.getByRole('switch').first().click(); // whole-city jurisdiction: the tree is still empty
    await page.getByTestId('user-create-submit').click();
    const password = await page.getByTestId('initial-password').innerText();
    expect(password).toMatch(/^[A-Za-z0-9]{14}$/);
    await page.screenshot({ path: '/tmp/fangkong-e2e-users.png' });
    const created = await platform.database.db
      .selectFrom('app_user')
      .select(['display_name', 'must_change_password'])
      .where('username', '=', 'gridworker01')
      .executeTakeFirstOrThrow();
    expect(created).toEqual({ display_name: '李网格', must_change_password: true });
  });
});
