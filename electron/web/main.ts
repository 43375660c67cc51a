import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseBrowserModeArgs, runBrowserMode, UsageError } from './browser-mode';

/** `npm run dev:web -- …`: browser mode. The URL with the token is the one stdout line. */
const RENDERER_DIST = fileURLToPath(new URL('../../renderer/dist', import.meta.url));

function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

try {
  const options = parseBrowserModeArgs(process.argv.slice(2));
  const hasRenderer = existsSync(`${RENDERER_DIST}/index.html`);
  if (!hasRenderer) log('Arayüz derlenmemiş (renderer/dist/index.html yok): yalnızca API sunuluyor. Derlemek için: npm run build:renderer');
  const running = await runBrowserMode(options, log, hasRenderer ? RENDERER_DIST : null);
  process.stdout.write(`${running.web.url}\n`);
  const stop = (): void => {
    void running.stop().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  if (error instanceof UsageError) {
    log(`Hata: ${error.message}`);
    process.exitCode = 2;
  } else {
    throw error;
  }
}
