import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** A 2×2 PNG, the photo "taken on site" (read from a file, as the monitor's laptop would). */
export const SITE_PHOTO = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGNkYPjPwMDAxMDAwMDAAAAQBwEDm9fq2wAAAABJRU5ErkJggg==',
  'base64',
);

/** Draws a signature stroke on the nth signature canvas with the mouse. */
export async function drawSignature(page: Page, index: number): Promise<void> {
  const canvas = page.locator('canvas.signature-canvas').nth(index);
  await canvas.scrollIntoViewIfNeeded();
  const box = await canvas.boundingBox();
  if (box === null) throw new Error('signature canvas not visible');
  await page.mouse.move(box.x + 30, box.y + 100);
  await page.mouse.down();
  for (let step = 1; step <= 12; step += 1) {
    await page.mouse.move(box.x + 30 + step * 25, box.y + 100 - Math.sin(step) * 40, { steps: 3 });
  }
  await page.mouse.up();
}

export async function expectNoApiRequestsDuring(page: Page, work: () => Promise<void>): Promise<void> {
  const requests: string[] = [];
  const listener = (request: { url: () => string }) => {
    requests.push(request.url());
  };
  page.on('request', listener);
  await work();
  page.off('request', listener);
  expect(requests.filter((url) => url.includes('/api/'))).toEqual([]);
}
