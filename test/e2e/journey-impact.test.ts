import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { keyScreen, login } from './app-page';
import { startBrowserMode, type RunningApp } from './browser-mode';
import { launchChromium, newDesktopPage } from './chromium';
import { buildRenderer } from './renderer-build';

/**
 * Issue 18 item 3 in the browser: from Yapılacaklar to "Kural değişikliklerinin etkisi", a müdür starts a re-check of
 * every open case (worker threads in the browser-mode server) and sees it finish; screens under test-results/etki/,
 * each checked with axe.
 */
let app: RunningApp;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  buildRenderer();
  app = await startBrowserMode({ enterprises: 60 });
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

describe('impact of a rule change', { timeout: 300_000 }, () => {
  it('is reachable from Yapılacaklar; a müdür re-checks the open cases and sees the run', async () => {
    await login(page, app.url, 'mudur');
    await page.getByRole('link', { name: 'Kural değişikliklerinin etkisi' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Kural değişikliklerinin etkisi');
    await keyScreen(page, 'etki', '01-ilk-acilis');

    await page.getByRole('button', { name: 'Şimdi yeniden denetle' }).click();
    await page.getByRole('heading', { name: /^Son değerlendirme:/ }).waitFor({ timeout: 240_000 });
    await expect.poll(() => page.getByText(/açık dosya denetlendi/).textContent()).toMatch(/^\d[\d.]* açık dosya denetlendi; 0 dosyada/);
    await keyScreen(page, 'etki', '02-degerlendirme-bitti');
  });
});
