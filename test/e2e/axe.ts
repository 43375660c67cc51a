import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export type AxeViolation = { readonly id: string; readonly impact: string | null; readonly help: string; readonly targets: string[] };

type AxeResult = {
  violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
};

/** Runs axe-core in the page (its source injected) and answers the serious and critical violations. */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  const injected = await page.evaluate(() => 'axe' in window);
  // Evaluated through the debugging protocol, which the app's Content-Security-Policy rightly refuses to inline scripts.
  if (!injected) await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<unknown> } }).axe;
    // react-aria's live announcer is excluded: a visually hidden log whose transient `role=img` nodes announce another
    // element's label by aria-labelledby (the announced element itself is checked where it stands).
    return await axe.run({ exclude: [['[data-live-announcer]']] } as unknown as Document, { resultTypes: ['violations'] });
  });
  const { violations } = result as AxeResult;
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.map(String).join(' ')),
    }));
}
