import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TSX = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));

export type RunningApp = { readonly url: string; readonly origin: string; readonly stderr: () => string; stop(): Promise<void> };

/**
 * Starts browser mode (`electron/web/main.ts`, what `npm run dev:web` runs) with the demo data set on a new temp
 * database and a free port, and waits for the one stdout line with the URL and its token.
 */
export async function startBrowserMode(
  options: {
    readonly enterprises?: number;
    readonly db?: string;
    readonly startupTimeoutMs?: number;
    /** More flags (`--hq URL`…) and environment variables (`KOBI_DOSYA_HQ_TOKEN`…). */
    readonly args?: readonly string[];
    readonly env?: NodeJS.ProcessEnv;
  } = {},
): Promise<RunningApp> {
  const args = ['electron/web/main.ts', '--demo', '--port', '0', ...(options.args ?? [])];
  if (options.enterprises !== undefined) args.push('--enterprises', String(options.enterprises));
  if (options.db !== undefined) args.push('--db', options.db);
  const child: ChildProcess = spawn(TSX, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...options.env } });
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    errors += chunk.toString('utf8');
  });
  const stdout = child.stdout;
  if (stdout === null) throw new Error('browser mode has no stdout');
  const url = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: stdout });
    const timeout = options.startupTimeoutMs ?? 300_000;
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      reject(new Error(`browser mode did not print its URL within ${timeout / 1000} s:\n${errors}`));
    }, timeout);
    lines.once('line', (line) => {
      clearTimeout(timer);
      resolve(line.trim());
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`browser mode exited (${String(code)}) before printing its URL:\n${errors}`));
    });
  });
  return {
    url,
    origin: new URL(url).origin,
    stderr: () => errors,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) {
          resolve();
          return;
        }
        child.once('exit', () => {
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}
