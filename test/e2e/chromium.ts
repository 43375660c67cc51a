import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium (installed by .ci/run with apt-get); playwright never downloads a browser here. */
export const CHROMIUM_PATH = process.env.KOBI_CHROMIUM ?? '/usr/bin/chromium';

const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // The browser's own widgets (date fields) in Turkish, as on the müdürlük's computers: 31.03.2026.
  '--lang=tr-TR',
];

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS, headless: true });
}

/** A window the size of an office screen, in Turkish, in Türkiye's time zone. */
export async function newDesktopPage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: { width: 1366, height: 820 },
    locale: 'tr-TR',
    timezoneId: 'Europe/Istanbul',
    deviceScaleFactor: 1,
  });
  const page = await context.newPage();
  return { context, page };
}
