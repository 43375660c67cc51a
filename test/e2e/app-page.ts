import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { seriousAxeViolations } from './axe';

export const DEMO_PASSWORD = 'KobiDemo.2026';
const RESULTS = fileURLToPath(new URL('../../test-results/', import.meta.url));

/** Saves a screenshot of a key screen under test-results/<journey>/ and checks it with axe (no serious or critical). */
export async function keyScreen(page: Page, journey: string, name: string, options: { readonly fullPage?: boolean } = {}): Promise<void> {
  await page.waitForLoadState('networkidle');
  await expect.poll(() => page.locator('[role="status"].loading').count(), { timeout: 10_000 }).toBe(0);
  const folder = join(RESULTS, journey);
  mkdirSync(folder, { recursive: true });
  await page.screenshot({ path: join(folder, `${name}.png`), fullPage: options.fullPage ?? true });
  const violations = await seriousAxeViolations(page);
  expect(violations, `axe on ${journey}/${name}`).toEqual([]);
}

export async function login(page: Page, url: string, username: string): Promise<void> {
  await page.goto(url);
  await page.getByLabel('Kullanıcı adı').fill(username);
  await page.getByLabel('Parola').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Giriş yap' }).click();
  await page.getByRole('navigation', { name: 'Ana menü' }).waitFor();
}

export async function logout(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Çıkış' }).click();
  await page.getByRole('button', { name: 'Giriş yap' }).waitFor();
}

/** Goes to a screen by its hash route, as a user following a link would. */
export async function open(page: Page, origin: string, route: string): Promise<void> {
  await page.goto(`${origin}/#${route}`);
}

/** Types a date into a Turkish date field (day, month, year segments) as a user does: "2025-02-10" → 10.02.2025. */
export async function fillDate(page: Page, label: string, iso: string): Promise<void> {
  const [year, month, day] = iso.split('-');
  const field = page.getByRole('group', { name: label });
  await field.getByRole('spinbutton').first().click();
  await page.keyboard.type(`${day ?? ''}${month ?? ''}${year ?? ''}`);
  await expect.poll(() => field.textContent()).toContain(`${day ?? ''}.${month ?? ''}.${year ?? ''}`);
}
