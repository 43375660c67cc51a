import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { startBrowserMode, type RunningApp } from './browser-mode';
import { launchChromium, newDesktopPage } from './chromium';
import { buildRenderer } from './renderer-build';

/**
 * The setting every journey file shares: the built renderer, browser mode on a new demo database of `enterprises`
 * enterprises, Debian's Chromium, and a fresh desktop page per test. The bindings are live (ES module exports): each
 * test file imports them and sees this file's values, one module instance per test file. A failed test leaves a
 * picture of where it stopped under test-results/.
 */
export let app: RunningApp;
export let browser: Browser;
export let context: BrowserContext;
export let page: Page;

/** `db`: where browser mode writes the new demo database (a journey that prepares data of its own opens it there). */
export function useJourneyApp(options: {
  readonly enterprises: number;
  readonly db?: string;
  /** Flags and environment for browser mode, read when it starts (after the file's earlier `beforeAll`s). */
  readonly launch?: () => { readonly args?: readonly string[]; readonly env?: NodeJS.ProcessEnv };
}): void {
  beforeAll(async () => {
    buildRenderer();
    app = await startBrowserMode({
      enterprises: options.enterprises,
      ...(options.db === undefined ? {} : { db: options.db }),
      ...options.launch?.(),
    });
    browser = await launchChromium();
  }, 600_000);

  afterAll(async () => {
    await browser.close();
    await app.stop();
  });

  beforeEach(async () => {
    ({ context, page } = await newDesktopPage(browser));
  });

  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail')
      await page.screenshot({ path: `test-results/hata-${task.name.slice(0, 40).replace(/[^a-z0-9]+/gi, '-')}.png`, fullPage: true });
    await context.close();
  });
}
