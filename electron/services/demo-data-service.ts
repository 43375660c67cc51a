import type { KobiDatabase } from '../../db/connection';
import { writeDemoData, type DemoSummary } from '../../db/demo/write-demo';

/**
 * The demo data set (db/demo/) into a new or empty database (issue 13 item 8:
 * the CLI's `demo-data` and browser mode's `--demo` take this one path). The
 * same seed gives the same set; a database that already holds enterprises is
 * refused with a Turkish reason and nothing is written.
 */
export type DemoDataAnswer = { readonly ok: true; readonly summary: DemoSummary } | { readonly ok: false; readonly reason: string };

export const DEFAULT_DEMO_SEED = 1;

export function writeDemoSet(db: KobiDatabase, options: { readonly enterprises: number; readonly seed?: number }): DemoDataAnswer {
  return writeDemoData(db, { seed: options.seed ?? DEFAULT_DEMO_SEED, enterprises: options.enterprises });
}
