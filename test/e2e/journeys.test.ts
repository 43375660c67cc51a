import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { keyScreen, login, open } from './app-page';
import { startBrowserMode, type RunningApp } from './browser-mode';
import { launchChromium, newDesktopPage } from './chromium';
import { buildRenderer } from './renderer-build';

/**
 * The end-to-end journeys of issue 14: the built renderer, browser mode on a new demo database, Debian's Chromium.
 * Each journey saves its key screens under test-results/<journey>/ and checks each with axe.
 */
let app: RunningApp;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  buildRenderer();
  app = await startBrowserMode({ enterprises: 400 });
  browser = await launchChromium();
}, 600_000);

afterAll(async () => {
  await browser.close();
  await app.stop();
});

beforeEach(async () => {
  ({ context, page } = await newDesktopPage(browser));
});

afterEach(async () => {
  await context.close();
});

describe('session', { timeout: 120_000 }, () => {
  it('signs in, shows Yapılacaklar with its count, locks and unlocks without losing the screen', async () => {
    await page.goto(app.url);
    await page.getByRole('button', { name: 'Giriş yap' }).waitFor();
    await keyScreen(page, 'oturum', '01-giris');

    await page.getByLabel('Kullanıcı adı').fill('uzman');
    await page.getByLabel('Parola').fill('yanlış parola');
    await page.getByRole('button', { name: 'Giriş yap' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/parola/i);

    await login(page, app.url, 'uzman');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Yapılacaklar');
    await keyScreen(page, 'oturum', '02-yapilacaklar');

    await open(page, app.origin, '/isletmeler');
    await page.getByRole('combobox', { name: 'İşletme ara' }).fill('kayseri');
    await page.getByRole('button', { name: 'Kilitle' }).click();
    await page.getByRole('heading', { name: 'Oturum kilitli' }).waitFor();
    await keyScreen(page, 'oturum', '03-kilit');
    await page.getByLabel('Parola').fill('KobiDemo.2026');
    await page.getByRole('button', { name: 'Kilidi aç' }).click();
    await page.getByRole('heading', { name: 'Oturum kilitli' }).waitFor({ state: 'detached' });
    expect(await page.getByRole('combobox', { name: 'İşletme ara' }).inputValue()).toBe('kayseri');
  });
});

describe('(e) search', { timeout: 120_000 }, () => {
  it('finds "Işık" when "isik" is typed, the same as "IŞIK" and "ışık", and opens it from the keyboard', async () => {
    await login(page, app.url, 'uzman');
    await open(page, app.origin, '/isletmeler');
    const field = page.getByRole('combobox', { name: 'İşletme ara' });
    const firstHit = () => page.getByRole('option').first().locator('.search-hit-name').textContent();

    const results: Record<string, string[]> = {};
    for (const typed of ['ışık', 'IŞIK', 'isik']) {
      await field.fill('');
      await field.pressSequentially(typed, { delay: 30 });
      await expect.poll(async () => page.getByTestId('search-status').textContent(), { timeout: 10_000 }).toMatch(/sonuç/);
      results[typed] = await page.getByRole('option').locator('.search-hit-name').allTextContents();
    }
    expect(results.isik?.some((name) => name.includes('Işık'))).toBe(true);
    expect(results.isik).toEqual(results['ışık']);
    expect(results.isik).toEqual(results.IŞIK);
    expect(await firstHit()).toContain('Işık');
    await keyScreen(page, 'e-arama', '01-isik-sonuclari');

    await field.press('ArrowDown');
    await expect.poll(() => page.getByRole('option', { selected: true }).getAttribute('aria-posinset')).toBe('2');
    await field.press('ArrowUp');
    const name = (await firstHit()) ?? '';
    await field.press('Enter');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(name);
    await keyScreen(page, 'e-arama', '02-isletme');
  });
});
