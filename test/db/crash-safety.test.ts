import { spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAudit } from '../../db/audit/verify-audit';
import { closeDatabase, openDatabase } from '../../db/connection';
import { MIGRATIONS_FOLDER } from '../../db/migrate';
import { makeTempDir, TEST_DATABASE_KEY } from './helpers';

/**
 * issue 3 item 10: a child process writing case files through the
 * repositories is SIGKILLed at random moments, 50 times, on the same
 * database file. After each kill the file passes integrity_check, the audit
 * chain and every audited row verify, every write the child reported as
 * committed is there, and every transaction is all or nothing.
 *
 * The child is bundled once with esbuild (tsx's own dependency) so that it
 * starts in a fraction of a second; under tsx each start would cost most of a
 * second and 50 of them would not fit the time budget.
 */
const KILLS = 50;
const MAX_KILL_DELAY_MS = 150;
const REPOSITORY_ROOT = join(import.meta.dirname, '..', '..');

type EsbuildApi = { buildSync: (options: Record<string, unknown>) => unknown };

/** esbuild as tsx resolves it, whether npm hoisted it or not. */
function esbuild(): EsbuildApi {
  const fromTsx = createRequire(createRequire(import.meta.url).resolve('tsx/package.json'));
  return fromTsx('esbuild') as EsbuildApi;
}

/** A small deterministic generator (LCG), so a failing run can be replayed with its seed. */
function randomSource(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

type Life = { readonly reported: number[]; readonly signal: NodeJS.Signals | null; readonly stderr: string };

function liveAndDie(bundle: string, path: string, run: number, delayMs: number): Promise<Life> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bundle, path, String(run), MIGRATIONS_FOLDER], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let armed = false;
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      stdout += chunk;
      if (!armed && stdout.startsWith('ready\n')) {
        armed = true;
        setTimeout(() => child.kill('SIGKILL'), delayMs);
      }
    });
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (_code, signal) => {
      // Only complete lines: a line cut by the kill was never fully reported.
      const lines = stdout.split('\n').slice(1, -1);
      resolve({ reported: lines.map(Number), signal, stderr });
    });
  });
}

describe('crash safety — issue 3 item 10', () => {
  let dir: string;
  let bundle: string;
  beforeAll(() => {
    dir = makeTempDir();
    const bundleDir = join(REPOSITORY_ROOT, '.tmp', `crash-writer-${process.pid}`);
    mkdirSync(bundleDir, { recursive: true });
    bundle = join(bundleDir, 'crash-writer.mjs');
    // Inside the repository so that the bundle resolves better-sqlite3 (native, left external) from node_modules.
    esbuild().buildSync({
      entryPoints: [join(import.meta.dirname, 'crash-writer.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      external: ['better-sqlite3'],
      outfile: bundle,
      logLevel: 'warning',
    });
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(join(bundle, '..'), { recursive: true, force: true });
  });

  it(`loses no committed write and no transaction half when the writer is SIGKILLed ${KILLS} times`, async () => {
    const seed = Date.now();
    const random = randomSource(seed);
    const path = join(dir, 'crash.sqlite');
    const first = openDatabase(path, { key: TEST_DATABASE_KEY, create: true });
    if (!first.ok) throw new Error(first.error.message);
    closeDatabase(first.db);
    const committed = new Set<number>();
    for (let run = 1; run <= KILLS; run += 1) {
      const life = await liveAndDie(bundle, path, run, Math.floor(random() * MAX_KILL_DELAY_MS));
      const context = `seed ${seed}, run ${run}`;
      expect(life.signal, `${context}: ${life.stderr}`).toBe('SIGKILL');
      for (const id of life.reported) committed.add(id);
      const reopened = openDatabase(path, { key: TEST_DATABASE_KEY });
      if (!reopened.ok) throw new Error(`${context}: ${reopened.error.message} ${reopened.error.detail ?? ''}`);
      const { db } = reopened;
      try {
        expect(verifyAudit(db), context).toMatchObject({ ok: true });
        const present = new Set(
          db.sqlite
            .prepare<[], { id: number }>('SELECT id FROM enterprises')
            .all()
            .map((row) => row.id),
        );
        const lost = [...committed].filter((id) => !present.has(id));
        expect(lost, context).toEqual([]);
        // All or nothing: every enterprise has its site, its application and its three months, committed or not reported.
        const partial = db.sqlite
          .prepare<[], { id: number }>(
            `SELECT e.id FROM enterprises e WHERE (SELECT count(*) FROM enterprise_sites s WHERE s.enterprise_id = e.id) <> 1
               OR (SELECT count(*) FROM applications a WHERE a.enterprise_id = e.id) <> 1
               OR (SELECT count(*) FROM enterprise_monthly_prim_days p WHERE p.enterprise_id = e.id) <> 3`,
          )
          .all();
        expect(partial, context).toEqual([]);
      } finally {
        closeDatabase(db);
      }
    }
    expect(committed.size).toBeGreaterThan(KILLS);
  }, 120_000);
});
