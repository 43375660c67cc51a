import { parentPort, threadId, workerData } from 'node:worker_threads';
import { closeDatabase, type DatabaseKey } from '../../db/connection';
import { openReadOnlyDatabase } from '../../db/read-only-connection';
import { referenceOfEditions, type StoredEditionVersion } from '../../db/repositories/rule-reference';
import { caseImpact, type ImpactFinding } from './impact-case';

/**
 * One share of an impact run (issue 18 item 3) in a worker thread, with a
 * read-only connection of its own: each open case of the share is read and
 * decided under the reference data before and after the change
 * (impact-case.ts). Posts progress every `progressEvery` cases and, at the
 * end, the findings. Reads only; the runner writes the inbox items.
 */
export type ImpactWorkerInput = {
  readonly path: string;
  readonly key: DatabaseKey;
  readonly applicationIds: readonly number[];
  readonly before: readonly StoredEditionVersion[];
  readonly after: readonly StoredEditionVersion[];
  readonly progressEvery: number;
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
    input.applicationIds.forEach((applicationId, index) => {
      const impact = caseImpact(db, applicationId, before, after);
      findings.push(...impact.findings);
      if (impact.unreadable) unreadable.push(applicationId);
      if ((index + 1) % input.progressEvery === 0) post({ kind: 'progress', done: index + 1 });
    });
    post({ kind: 'done', threadId, findings, unreadable });
  } finally {
    closeDatabase(db);
  }
} catch (error) {
  post({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
}
