import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/**
 * `npm start` (issue 13 item 5): the Electron shell when its binary is
 * present; otherwise one Turkish line saying so, then browser mode on the
 * database in the user's data folder, printing the URL. A missing renderer
 * build is built first when the project has `build:renderer`; without it the
 * API alone is served, and a line says so.
 */
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RENDERER_INDEX = `${ROOT}renderer/dist/index.html`;

function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

function electronBinary(): string | null {
  try {
    const path: unknown = createRequire(import.meta.url)('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

function hasScript(name: string): boolean {
  const manifest = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as { scripts?: Record<string, string> };
  return manifest.scripts?.[name] !== undefined;
}

function ensureRenderer(): boolean {
  if (existsSync(RENDERER_INDEX)) return true;
  if (!hasScript('build:renderer')) return false;
  log('Arayüz derleniyor (npm run build:renderer)…');
  const built = spawnSync('npm', ['run', '--silent', 'build:renderer'], {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit'],
    shell: process.platform === 'win32',
  });
  return built.status === 0 && existsSync(RENDERER_INDEX);
}

async function main(): Promise<void> {
  ensureRenderer();
  const electron = electronBinary();
  if (electron !== null) {
    const { buildShell } = await import('./build');
    await buildShell();
    const child = spawn(electron, [`${ROOT}out/main/main.mjs`], { cwd: ROOT, stdio: 'inherit' });
    child.on('exit', (code) => {
      process.exitCode = code ?? 0;
    });
    return;
  }
  log('Electron çalıştırılabilir dosyası bu bilgisayarda yok; KOBİ Dosya tarayıcı kipinde açılıyor.');
  const { buildWeb } = await import('./build');
  await buildWeb();
  // The browser mode module prints the URL line itself; signals reach it through the shared process group.
  const child = spawn(process.execPath, [`${ROOT}out/web/main.mjs`, ...process.argv.slice(2)], { cwd: ROOT, stdio: 'inherit' });
  child.on('exit', (code) => {
    process.exitCode = code ?? 0;
  });
}

await main();
