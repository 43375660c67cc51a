import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The journeys test the renderer as it is now: build it first (Vite, a few seconds). */
export function buildRenderer(): void {
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
}
