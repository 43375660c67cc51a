import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** Takes a workflow step from a record's "next steps" and confirms it in its dialog (with a reason if given). */
export async function takeStep(
  page: Page,
  label: string,
  options: { readonly note?: string; readonly within?: string } = {},
): Promise<void> {
  const scope = options.within === undefined ? page : page.locator(options.within);
  await scope.getByRole('group', { name: 'Sıradaki adımlar' }).getByRole('button', { name: label, exact: true }).click();
  const dialog = page.getByRole('dialog');
  // A date field loads lazily and grows the dialog when it comes: press save only once the layout has settled.
  await expect.poll(() => dialog.locator('form > span.field-label').count()).toBe(0);
  if (options.note !== undefined) await dialog.getByLabel('Gerekçe / not').fill(options.note);
  await dialog.getByRole('button', { name: 'Kaydet' }).click();
}

/** The step's dialog closed and the record moved: a confirmation names the new state. */
export async function expectMovedTo(page: Page, stateLabel: string): Promise<void> {
  await expect.poll(() => page.getByRole('dialog').count(), { timeout: 10_000 }).toBe(0);
  await expect.poll(() => page.locator('.toast-region').textContent(), { timeout: 10_000 }).toContain(stateLabel);
}

export async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name }).click();
}
