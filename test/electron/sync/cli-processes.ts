import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';

/**
 * The real CLI (`electron/cli/main.ts` under tsx) as a person runs it, for the sync and reference-feed CLI tests:
 * one command to its end, or `hq-server` until it says where it listens.
 */
const REPOSITORY_ROOT = join(import.meta.dirname, '..', '..', '..');
const MAIN = join(REPOSITORY_ROOT, 'electron', 'cli', 'main.ts');

export type Run = { readonly status: number | null; readonly stdout: string; readonly stderr: string };

export function cli(args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', MAIN, ...args], { cwd: REPOSITORY_ROOT, env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (status) => {
      resolve({ status, stdout, stderr });
    });
  });
}

export function startServer(args: readonly string[]): Promise<{ child: ChildProcessWithoutNullStreams; url: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', MAIN, 'hq-server', ...args], { cwd: REPOSITORY_ROOT });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      const url = /dinliyor: (http:\/\/127\.0\.0\.1:\d+)/.exec(stdout)?.[1];
      if (url !== undefined) resolve({ child, url });
    });
    child.on('error', reject);
    child.on('close', (status) => {
      reject(new Error(`hq-server çıktı (${status}): ${stdout}`));
    });
  });
}
