import { parentPort, threadId, workerData } from 'node:worker_threads';
import { closeDatabase, type DatabaseKey } from '../../db/connection';
import { openReadOnlyDatabase } from '../../db/read-only-connection';
import { referenceOfEditions, type StoredEditionVersion } from '../../db/repositories/rule-reference';
import { caseImpact, readOpenCases, type ImpactFinding } from './impact-case';

/**
 * One share of an impact run (issue 18 item 3) in a worker thread, with a
 * read-only connection of its own: the open cases of the share are read a
 * chunk at a time (`readOpenCases`: a handful of set-based queries per chunk)
 * and each is decided under the reference data before and after the change
 * (impact-case.ts). Posts progress after each chunk and, at the end, the
 * findings. Reads only; the runner writes the inbox items.
 */
export type ImpactWorkerInput = {
  readonly path: string;
  readonly key: DatabaseKey;
  readonly applicationIds: readonly number[];
  readonly before: readonly StoredEditionVersion[];
  readonly after: readonly StoredEditionVersion[];
  /** Cases read at once (a handful of set-based queries per chunk); progress is posted after each chunk. */
  readonly chunkSize: number;
};

export type ImpactWorkerMessage =
  | { readonly kind: 'progress'; readonly done: number }
  | {
      readonly kind: 'done';
      readonly threadId: number;
      readonly findings: readonly ImpactFinding[];
      readonly unreadable: readonly number[];
    }
  | { readonly kind: 'failed'; readonly message: string };

const input = workerData as ImpactWorkerInput;

function post(message: ImpactWorkerMessage): void {
  parentPort?.postMessage(message);
}

try {
  const db = openReadOnlyDatabase(input.path, input.key);
  try {
    const before = referenceOfEditions(input.before).reference;
    const after = referenceOfEditions(input.after).reference;
    const findings: ImpactFinding[] = [];
    const unreadable: number[] = [];
    for (let start = 0; start < input.applicationIds.length; start += input.chunkSize) {
      for (const openCase of readOpenCases(db, input.applicationIds.slice(start, start + input.chunkSize))) {
        const impact = caseImpact(db, openCase, before, after);
        findings.push(...impact.findings);
        if (impact.unreadable) unreadable.push(openCase.applicationId);
      }
      post({ kind: 'progress', done: Math.min(start + input.chunkSize, input.applicationIds.length) });
    }
    post({ kind: 'done', threadId, findings, unreadable });
  } finally {
    closeDatabase(db);
  }
} catch (error) {
  post({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
}
