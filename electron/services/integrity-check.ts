import { Worker } from 'node:worker_threads';
import type { DatabaseKey } from '../../db/connection';

/**
 * Starts the background maintenance of an open database in a worker thread
 * (db/integrity-check-worker.ts): the day's backup when `backup` is given,
 * then the full integrity check. Resolves with the problems found (empty when
 * the file is sound) and the backup's failure message (`null`: done or not
 * asked). Never rejects: a worker failure is a problem line.
 */
export type MaintenanceReport = { readonly problems: string[]; readonly backup: string | null };

export type MaintenanceOptions = {
  readonly backup?: { readonly folder: string; readonly today: string; readonly keep: number };
  /** The built worker (Electron: out/main/integrity-check-worker.mjs); from sources when left out. */
  readonly workerScript?: URL;
  readonly migrationsFolder?: string;
};

export function integrityCheckInBackground(path: string, key: DatabaseKey, options: MaintenanceOptions = {}): Promise<MaintenanceReport> {
  return new Promise((resolve) => {
    const workerData = {
      path,
      key,
      ...(options.backup === undefined ? {} : { backup: options.backup }),
      ...(options.migrationsFolder === undefined ? {} : { migrationsFolder: options.migrationsFolder }),
    };
    // Run from sources (tsx) the worker loads its TypeScript through tsx's API; a build runs the compiled module.
    const fromSources = options.workerScript === undefined && import.meta.url.endsWith('.ts');
    // A bundle (electron/build.ts) has the worker beside it.
    const script =
      options.workerScript ??
      (fromSources
        ? new URL('../../db/integrity-check-worker.ts', import.meta.url)
        : new URL('./integrity-check-worker.mjs', import.meta.url));
    const worker = fromSources
      ? new Worker(
          `import('tsx/esm/api').then((tsx) => tsx.tsImport(${JSON.stringify(script.href)}, ${JSON.stringify(import.meta.url)}))`,
          {
            eval: true,
            workerData,
          },
        )
      : new Worker(script, { workerData });
    worker.once('message', (report: MaintenanceReport) => {
      resolve(report);
      void worker.terminate();
    });
    worker.once('error', (error) => {
      resolve({ problems: [`Bütünlük denetimi çalışamadı: ${error.message}`], backup: null });
    });
  });
}
