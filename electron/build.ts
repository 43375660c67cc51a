import { build } from 'esbuild';

/**
 * Builds the Electron shell into out/ (what electron-builder packages):
 * the main process as one ES module with the integrity-check worker beside
 * it, and the sandboxed preload as one CommonJS file (a sandboxed preload
 * cannot load modules). The native SQLite module stays outside the bundle
 * (unpacked from the asar by electron-builder).
 */
const shared = { bundle: true, sourcemap: true, logLevel: 'warning', target: 'node22' } as const;
const requireShim = "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);";

export async function buildShell(): Promise<void> {
  await build({
    ...shared,
    entryPoints: { main: 'electron/main/main.ts', 'integrity-check-worker': 'db/integrity-check-worker.ts' },
    outdir: 'out/main',
    outExtension: { '.js': '.mjs' },
    platform: 'node',
    format: 'esm',
    external: ['electron', 'better-sqlite3'],
    banner: { js: requireShim },
  });
  await build({
    ...shared,
    entryPoints: ['electron/preload/preload.ts'],
    outfile: 'out/preload/preload.cjs',
    platform: 'node',
    format: 'cjs',
    external: ['electron'],
  });
}

if (process.argv[1]?.endsWith('build.ts') === true) await buildShell();
