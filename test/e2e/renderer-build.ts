import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const LOCK = join(ROOT, 'renderer', '.dist-building');
const STAMP = join(ROOT, 'renderer', 'dist', '.sources-sha256');
/** What the renderer bundle is made of: its sources, the contract and core it imports, the regulations, the build config. */
const SOURCES = ['renderer', 'electron/contract', 'core', '../shared/regulations', 'vite.renderer.config.ts', 'package-lock.json'];
const STALE_LOCK_MS = 300_000;

function addFiles(hash: ReturnType<typeof createHash>, path: string): void {
  if (!existsSync(path)) return;
  if (statSync(path).isFile()) {
    hash.update(path).update(readFileSync(path));
    return;
  }
  for (const entry of readdirSync(path).sort()) {
    if (entry === 'dist' || entry === 'node_modules' || entry.startsWith('.')) continue;
    addFiles(hash, join(path, entry));
  }
}

function sourcesHash(): string {
  const hash = createHash('sha256');
  for (const source of SOURCES) addFiles(hash, join(ROOT, source));
  return hash.digest('hex');
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * The journeys test the renderer as it is now: build it first (Vite, a few seconds). Journey files run in parallel
 * workers: one builds at a time (a lock folder), and a build of the same sources is not repeated, so no journey's
 * browser ever sees `renderer/dist/` emptied under it by another's build.
 */
export function buildRenderer(): void {
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      if (existsSync(LOCK) && Date.now() - statSync(LOCK).mtimeMs > STALE_LOCK_MS) rmSync(LOCK, { recursive: true, force: true });
      sleep(500);
    }
  }
  try {
    const wanted = sourcesHash();
    if (existsSync(STAMP) && readFileSync(STAMP, 'utf8') === wanted) return;
    execFileSync(
      process.execPath,
      [
        fileURLToPath(new URL('../../node_modules/vite/bin/vite.js', import.meta.url)),
        'build',
        '--config',
        'vite.renderer.config.ts',
        '--logLevel',
        'warn',
      ],
      {
        cwd: ROOT,
        stdio: ['ignore', 'ignore', 'inherit'],
        env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
      },
    );
    writeFileSync(STAMP, wanted);
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}
