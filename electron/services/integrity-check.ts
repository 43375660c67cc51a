import { Worker } from 'node:worker_threads';
import type { DatabaseKey } from '../../db/connection';

/**
 * Starts the full integrity check of the database in a worker thread
 * (db/integrity-check-worker.ts) and resolves with the problems found (empty
 * when the file is sound). Never rejects: a worker failure is a problem line.
 */
export function integrityCheckInBackground(path: string, key: DatabaseKey, workerScript?: URL): Promise<string[]> {
  return new Promise((resolve) => {
    // Run from sources (tsx) the worker loads its TypeScript through tsx's API; a build runs the compiled .js.
    const fromSources = workerScript === undefined && import.meta.url.endsWith('.ts');
    const script = workerScript ?? new URL(`../../db/integrity-check-worker.${fromSources ? 'ts' : 'js'}`, import.meta.url);
    const worker = fromSources
      ? new Worker(
          `import('tsx/esm/api').then((tsx) => tsx.tsImport(${JSON.stringify(script.href)}, ${JSON.stringify(import.meta.url)}))`,
          {
            eval: true,
            workerData: { path, key },
          },
        )
      : new Worker(script, { workerData: { path, key } });
    worker.once('message', (problems: string[]) => {
      resolve(problems);
      void worker.terminate();
    });
    worker.once('error', (error) => {
      resolve([`Bütünlük denetimi çalışamadı: ${error.message}`]);
    });
  });
}
