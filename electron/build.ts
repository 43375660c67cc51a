import { build } from 'esbuild';

/**
 * Builds the Electron shell into out/ (what electron-builder packages):
 * the main process as one ES module with the integrity-check and impact
 * workers beside it, and the sandboxed preload as one CommonJS file (a sandboxed preload
 * cannot load modules). The native SQLite module stays outside the bundle
 * (unpacked from the asar by electron-builder).
 */
const shared = { bundle: true, sourcemap: true, logLevel: 'warning', target: 'node22' } as const;
const requireShim = "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);";

export async function buildShell(): Promise<void> {
  await build({
    ...shared,
    entryPoints: {
      main: 'electron/main/main.ts',
      'integrity-check-worker': 'db/integrity-check-worker.ts',
      'impact-worker': 'electron/services/impact-worker.ts',
    },
    outdir: 'out/main',
    outExtension: { '.js': '.mjs' },
    platform: 'node',
    format: 'esm',
    external: ['electron', 'better-sqlite3'],
    banner: { js: requireShim },
  });
  await buildWeb();
  await build({
    ...shared,
    entryPoints: ['electron/preload/preload.ts'],
    outfile: 'out/preload/preload.cjs',
    platform: 'node',
    format: 'cjs',
    external: ['electron'],
  });
}

/**
 * Browser mode as one module (out/web/main.mjs), what `npm start` runs where
 * there is no Electron binary: loading one file starts far faster than
 * compiling the sources on the fly. Packages with native parts or dynamic
 * loading stay in node_modules.
 */
export async function buildWeb(): Promise<void> {
  await build({
    ...shared,
    entryPoints: {
      main: 'electron/web/main.ts',
      'integrity-check-worker': 'db/integrity-check-worker.ts',
      'impact-worker': 'electron/services/impact-worker.ts',
    },
    outdir: 'out/web',
    outExtension: { '.js': '.mjs' },
    platform: 'node',
    format: 'esm',
    external: ['better-sqlite3', 'fastify', '@fastify/*', 'exceljs'],
    banner: { js: requireShim },
  });
}

if (process.argv[1]?.endsWith('build.ts') === true) await buildShell();
