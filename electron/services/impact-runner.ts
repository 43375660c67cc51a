import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { DatabaseKey, KobiDatabase } from '../../db/connection';
import {
  editionRowsStoredBy,
  lastImpactRun,
  openApplicationIds,
  referenceTableWrites,
  referenceWatermark,
  responsibleUsers,
  saveImpactItems,
  saveImpactRun,
  type ImpactItemRow,
} from '../../db/repositories/impact-items';
import { listEditionVersions, newestEditionVersions, type StoredEditionVersion } from '../../db/repositories/rule-reference';
import { withWrite } from '../../db/write-context';
import type { ImpactFinding } from './impact-case';
import { editionParameterChanges, REFERENCE_TABLES, tableChange, type ParameterChange } from './impact-parameters';
import type { ImpactWorkerInput, ImpactWorkerMessage } from './impact-worker';

/**
 * The impact of a rule change (issue 18 item 3): after reference data changed
 * (a programme edition from the signed feed, a yönetici's edit), every open
 * case is decided again in worker threads under the data as it was at the
 * previous run and as it is now (impact-worker.ts, impact-case.ts), and each
 * stored decision the change would change becomes an inbox item for the
 * file's sorumlu personel, with before, after and the parameters that
 * changed. Nothing decided is changed: re-evaluating stays a person's action.
 *
 * "As it was" is the reference data as of the last audit entry of the
 * reference tables the previous run took into account (its `watermark`); the
 * first run starts from the built-in editions of core/ (and, having nothing
 * to compare the tables with, names only the editions' changed parameters).
 */
export type ImpactRunOptions = {
  /** Turkish: what started the run. */
  readonly trigger: string;
  /** The day the items are dated (the inbox's due date). */
  readonly today: string;
  /** Worker threads (default: the cores, at most 4, at least 1). */
  readonly workers?: number;
  /** The built worker (a bundle has `impact-worker.mjs` beside it); from sources when left out. */
  readonly workerScript?: URL;
  readonly onProgress?: (progress: { readonly checked: number; readonly total: number }) => void;
};

export type ImpactRunResult = {
  readonly runId: number;
  readonly trigger: string;
  readonly parameters: readonly ParameterChange[];
  readonly casesChecked: number;
  readonly casesAffected: number;
  /** Open cases whose file the rules cannot read yet (missing data): not compared. */
  readonly unreadable: number;
  readonly workers: number;
  /** The worker threads' ids: the rules ran there, not on the caller's thread. */
  readonly threads: readonly number[];
  readonly items: readonly ImpactItemRow[];
};

/** Open cases a worker reads at once: large enough that the per-query cost vanishes, small enough for a smooth progress bar. */
const CHUNK_SIZE = 500;

function workerFor(workerData: ImpactWorkerInput, workerScript: URL | undefined): Worker {
  // Run from sources (tsx) the worker loads its TypeScript through tsx's API; a build runs the bundled module beside it.
  const fromSources = workerScript === undefined && import.meta.url.endsWith('.ts');
  if (fromSources) {
    const script = new URL('./impact-worker.ts', import.meta.url);
    return new Worker(
      `import('tsx/esm/api').then((tsx) => tsx.tsImport(${JSON.stringify(script.href)}, ${JSON.stringify(import.meta.url)}))`,
      { eval: true, workerData },
    );
  }
  return new Worker(workerScript ?? new URL('./impact-worker.mjs', import.meta.url), { workerData });
}

type Share = { readonly threadId: number; readonly findings: readonly ImpactFinding[]; readonly unreadable: readonly number[] };

function runShare(workerData: ImpactWorkerInput, workerScript: URL | undefined, onDone: (done: number) => void): Promise<Share> {
  return new Promise((resolve, reject) => {
    const worker = workerFor(workerData, workerScript);
    let settled = false;
    const settle = (action: () => void): void => {
      if (settled) return;
      settled = true;
      action();
      void worker.terminate();
    };
    worker.on('message', (message: ImpactWorkerMessage) => {
      switch (message.kind) {
        case 'progress':
          onDone(message.done);
          break;
        case 'done':
          onDone(workerData.applicationIds.length);
          settle(() => {
            resolve({ threadId: message.threadId, findings: message.findings, unreadable: message.unreadable });
          });
          break;
        case 'failed':
          settle(() => {
            reject(new Error(`Etki değerlendirmesi yapılamadı: ${message.message}`));
          });
          break;
      }
    });
    worker.once('error', (error) => {
      settle(() => {
        reject(new Error(`Etki değerlendirmesi yapılamadı: ${error.message}`));
      });
    });
    worker.once('exit', (code) => {
      settle(() => {
        reject(new Error(`Etki değerlendirmesi yapılamadı: iş parçacığı ${code} koduyla bitti.`));
      });
    });
  });
}

function shares(ids: readonly number[], count: number): number[][] {
  const size = Math.ceil(ids.length / count);
  return Array.from({ length: count }, (_, index) => ids.slice(index * size, (index + 1) * size)).filter((share) => share.length > 0);
}

/** The reference data of the previous run and of now, and what changed between them. */
function referenceChange(db: KobiDatabase): {
  before: StoredEditionVersion[];
  after: StoredEditionVersion[];
  parameters: ParameterChange[];
  watermark: number;
} {
  const previous = lastImpactRun(db);
  const since = previous?.watermark ?? 0;
  const watermark = referenceWatermark(db, REFERENCE_TABLES);
  const versions = listEditionVersions(db);
  const known = editionRowsStoredBy(db, since);
  const before = newestEditionVersions(versions.filter((row) => known.has(row.rowId)));
  const after = newestEditionVersions(versions);
  const parameters = [
    ...editionParameterChanges(before, after),
    // The first run compares with the built-in editions; the tables as first filled (seeding) are no change to report.
    ...(previous === undefined
      ? []
      : referenceTableWrites(db, REFERENCE_TABLES, since, watermark).map((row) => tableChange(row.table, row.rows))),
  ];
  return { before: [...before.values()], after: [...after.values()], parameters, watermark };
}

/** Whether reference data changed after the last run (a first run is due once any reference data is stored). */
export function referenceChangedSinceLastRun(db: KobiDatabase): boolean {
  return referenceWatermark(db, REFERENCE_TABLES) > (lastImpactRun(db)?.watermark ?? 0);
}

function recordOf(value: object): Record<string, unknown> {
  return { ...value };
}

/** One run: every open case decided again in workers, the findings stored as inbox items in one audited transaction. */
export async function runImpact(db: KobiDatabase, key: DatabaseKey, options: ImpactRunOptions): Promise<ImpactRunResult> {
  const startedAt = db.now();
  const change = referenceChange(db);
  const ids = openApplicationIds(db);
  const workerCount = Math.max(1, Math.min(options.workers ?? Math.min(availableParallelism(), 4), ids.length));
  const parts = shares(ids, workerCount);
  const done = parts.map(() => 0);
  const results = await Promise.all(
    parts.map((applicationIds, index) =>
      runShare(
        { path: db.path, key, applicationIds, before: change.before, after: change.after, chunkSize: CHUNK_SIZE },
        options.workerScript,
        (count) => {
          done[index] = count;
          options.onProgress?.({ checked: done.reduce((sum, value) => sum + value, 0), total: ids.length });
        },
      ),
    ),
  );
  const findings = results.flatMap((result) => result.findings);
  const responsible = responsibleUsers(db, [...new Set(findings.map((finding) => finding.applicationId))]);
  return withWrite(db, { kind: 'system', name: 'impact' }, (w) => {
    const run = saveImpactRun(w, {
      trigger: options.trigger,
      watermark: change.watermark,
      parameters: change.parameters.map(recordOf),
      casesChecked: ids.length,
      casesAffected: responsible.size,
      workers: parts.length,
      startedAt,
      finishedAt: w.at,
    });
    const items = saveImpactItems(
      w,
      findings.map((finding) => ({
        runId: run.id,
        applicationId: finding.applicationId,
        responsibleUserId: responsible.get(finding.applicationId) ?? null,
        subject: finding.subject,
        evaluationId: finding.evaluationId,
        paymentRequestId: finding.paymentRequestId,
        foundOn: options.today,
        before: recordOf(finding.before),
        after: recordOf(finding.after),
        changes: finding.changes.map(recordOf),
        summary: finding.summary,
      })),
    );
    return {
      runId: run.id,
      trigger: options.trigger,
      parameters: change.parameters,
      casesChecked: ids.length,
      casesAffected: responsible.size,
      unreadable: results.reduce((sum, result) => sum + result.unreadable.length, 0),
      workers: parts.length,
      threads: results.map((result) => result.threadId),
      items,
    };
  });
}
