import { copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyAudit } from '../../../db/audit/verify-audit';
import { closeDatabase, openDatabase, type KobiDatabase } from '../../../db/connection';
import { createApplication } from '../../../db/repositories/applications';
import { addDocument, getDocument, listFormVersions } from '../../../db/repositories/documents';
import { withWrite } from '../../../db/write-context';
import { migrationFixturePath, migrationJournal } from '../../db/create-first-migration-fixture';
import { makeTempDir, TEST_ACTOR, TEST_DATABASE_KEY } from '../../db/helpers';

/**
 * Migration 0010 (a form's versions in `documents`: visit, printed document id,
 * signature count) on the file the migration before it wrote: the columns
 * arrive in place, an older row reads as unsigned, and new rows continue the
 * audit chain.
 */
let dir: string | null = null;
let db: KobiDatabase | null = null;
afterEach(() => {
  if (db?.sqlite.open === true) closeDatabase(db);
  if (dir !== null) rmSync(dir, { recursive: true, force: true });
});

describe('migration 0010: documents record a form’s versions', () => {
  it('upgrades the previous migration’s file and records two versions of one form', () => {
    const entries = migrationJournal();
    const current = entries.findIndex((entry) => entry.tag.endsWith('documents-form-versions'));
    const previous = entries[current - 1];
    if (previous === undefined) throw new Error('no migration before documents-form-versions');
    dir = makeTempDir();
    const path = join(dir, 'eski.sqlite');
    copyFileSync(migrationFixturePath(previous), path);
    const opened = openDatabase(path, { key: TEST_DATABASE_KEY });
    if (!opened.ok) throw new Error(opened.error.message);
    db = opened.db;
    const open = db;
    expect(verifyAudit(open)).toMatchObject({ ok: true });
    const sha = (digit: string) => digit.repeat(64);
    const [older, first, second] = withWrite(open, TEST_ACTOR, (w) => {
      const application = createApplication(w, { enterpriseId: 1, program: 'IKDP-2025', status: 'APPROVED' });
      const base = { applicationId: application.id, formCode: 'FRM.39.00.03', title: 'Başvuru Değerlendirme Formu', sizeBytes: 10 };
      return [
        addDocument(w, { ...base, sha256: sha('a') }),
        addDocument(w, { ...base, sha256: sha('b'), formDocumentId: 'KD-1', storagePath: 'belgeler/1/a.pdf' }),
        addDocument(w, { ...base, sha256: sha('c'), formDocumentId: 'KD-1', signatureCount: 1, storagePath: 'belgeler/1/b.pdf' }),
      ];
    });
    expect(getDocument(open, older.id)).toMatchObject({ formDocumentId: null, signatureCount: 0, visitId: null });
    expect(listFormVersions(open, first.applicationId ?? 0, 'KD-1').map((row) => [row.id, row.signatureCount])).toEqual([
      [first.id, 0],
      [second.id, 1],
    ]);
    expect(verifyAudit(open)).toMatchObject({ ok: true });
  });
});
