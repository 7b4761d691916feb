import { type Browser, chromium, type Locator, type Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Debian's Chromium, headless, with the flags this closed network needs (no background fetches). Its pages
 * ask for reduced motion, for which the app drops its animations: nothing moves under the pointer mid-click.
 */
export async function launchChromium(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const newContext = browser.newContext.bind(browser);
  browser.newContext = (options) => newContext({ reducedMotion: 'reduce', ...options });
  return browser;
}

/**
 * How long a browser step may wait for the page. Generous: CI runs every test file at once on two cores,
 * where a page that answers in half a second alone can take several.
 */
export const STEP_TIMEOUT = 30_000;

/** Signs in through the login page and waits for the home page. */
export async function signIn(page: Page, url: string, username: string, password: string): Promise<void> {
  await page.goto(`${url}/login`);
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.waitForURL(`${url}/`);
}

/**
 * The titles the control shows its choices under: the text of a tag hidden behind "+ 2 …" too, and never the
 * search text being typed.
 */
const chosenTitles = (control: Locator): Promise<string[]> =>
  control.locator('[title]').evaluateAll((elements) => elements.map((element) => element.getAttribute('title') ?? ''));

/** Whether a title is that of the option: a tree select shows "湘江市" for the node "湘江市 (439900) · 市". */
const shows = (option: string) => (title: string) => title !== '' && (title.includes(option) || option.includes(title));

/**
 * Chooses an option of an Ant Design Select or TreeSelect (`field`: the control or anything inside it, such as
 * its input) by the option's text (/./ for the first one); `search` is typed first where the control asks the
 * server as one types. Waits until the control shows the text of the option clicked, and returns that text. On a busy machine a click can land while the list is being
 * replaced by a search's answer and choose nothing; then it closes the list and tries again, three times at most.
 */
export async function pickOption(field: Locator, option: string | RegExp, search?: string): Promise<string> {
  const page = field.page();
  const control = field.locator('xpath=ancestor-or-self::*[contains(concat(" ", @class, " "), " ant-select ")][1]');
  const open = page.locator('.ant-select-dropdown:visible');
  const item = open
    .locator('.ant-select-item-option, .ant-select-tree-node-content-wrapper')
    .filter({ hasText: option })
    .first();
  for (let attempt = 1; ; attempt++) {
    await control.click();
    if (search !== undefined) await control.locator('input').fill(search);
    const text = (await item.innerText()).trim();
    await item.click();
    const chosen = await expect
      .poll(async () => (await chosenTitles(control)).some(shows(text)), { timeout: 10_000 })
      .toBe(true)
      .then(
        () => true,
        () => false,
      );
    // A multiple select keeps its list open; Escape with no list open would close the dialog around it.
    if ((await open.count()) > 0) await page.keyboard.press('Escape');
    await expect.poll(() => open.count()).toBe(0); // else the next pick may find this list's options
    if (chosen) return text;
    if (attempt === 3) throw new Error(`"${text}" was clicked three times and never shown as chosen`);
  }
}
