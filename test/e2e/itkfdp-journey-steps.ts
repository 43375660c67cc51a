import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { JOURNEY_ITKFDP_UNVAN } from '../../db/demo/itkfdp-journey-case';
import { open } from './app-page';

/** Finds the demo ITKFDP-II file by its enterprise, as an uzman would: search, the enterprise, its application; returns its path. */
export async function openItkfdpJourneyCase(page: Page, origin: string): Promise<string> {
  await open(page, origin, '/isletmeler');
  await page.getByRole('combobox', { name: 'İşletme ara' }).pressSequentially('erciyes iplik', { delay: 20 });
  await page.getByRole('option').filter({ hasText: JOURNEY_ITKFDP_UNVAN }).first().click();
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(JOURNEY_ITKFDP_UNVAN);
  await page.getByRole('link', { name: /#\d+/ }).first().click();
  await page.waitForURL(/#\/dosyalar\/\d+/);
  return new URL(page.url()).hash.slice(1);
}

/** A confirmation containing `text` shows. */
export async function expectToast(page: Page, text: string): Promise<void> {
  await expect.poll(() => page.locator('.toast-region').textContent(), { timeout: 15_000 }).toContain(text);
}
