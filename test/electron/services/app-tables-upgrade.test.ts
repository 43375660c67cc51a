import { copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyAudit } from '../../../db/audit/verify-audit';
import { closeDatabase, openDatabase, type KobiDatabase } from '../../../db/connection';
import { createApplication } from '../../../db/repositories/applications';
import { listEvaluations, saveEvaluation } from '../../../db/repositories/evaluations';
import { getPasswordHash, putPasswordHash } from '../../../db/repositories/user-credentials';
import { createUser } from '../../../db/repositories/users';
import { listTransitions, recordTransition } from '../../../db/repositories/workflow-records';
import { withWrite } from '../../../db/write-context';
import { FIRST_MIGRATION_FIXTURE } from '../../db/create-first-migration-fixture';
import { makeTempDir, TEST_ACTOR, TEST_DATABASE_KEY } from '../../db/helpers';

/**
 * Migration 0005 (the application's tables) on a real older file: the
 * first-migration fixture upgrades, and the new tables take audited writes
 * that continue its audit chain.
 */
let dir: string | null = null;
let db: KobiDatabase | null = null;
afterEach(() => {
  if (db?.sqlite.open === true) closeDatabase(db);
  if (dir !== null) rmSync(dir, { recursive: true, force: true });
});

describe('migration 0005: users’ credentials, workflow states and transitions, evaluations, visit reports', () => {
  it('upgrades an older file and writes to the new tables through the audit', () => {
    dir = makeTempDir();
    const path = join(dir, 'eski.sqlite');
    copyFileSync(FIRST_MIGRATION_FIXTURE, path);
    const opened = openDatabase(path, { key: TEST_DATABASE_KEY });
    if (!opened.ok) throw new Error(opened.error.message);
    db = opened.db;
    const before = verifyAudit(db);
    expect(before).toMatchObject({ ok: true });
    const written = withWrite(db, TEST_ACTOR, (w) => {
      const user = createUser(w, { username: 'uzman', fullName: 'Uzman', role: 'sorumlu_personel' });
      putPasswordHash(w, user.id, 'scrypt$32768$8$1$c2FsdA==$aGFzaA==');
      const application = createApplication(w, { enterpriseId: 1, program: 'IKDP-2025', status: 'SUBMITTED' });
      saveEvaluation(w, {
        applicationId: application.id,
        eligible: true,
        result: { checks: [] },
        rulesVersion: 'test',
        preparedByUserId: user.id,
      });
      recordTransition(w, {
        recordKind: 'ikdp_application',
        recordId: application.id,
        fromState: 'degerlendirmede',
        toState: 'mudur_onayinda',
        userId: user.id,
      });
      return { user, application };
    });
    expect(getPasswordHash(db, written.user.id)).toMatch(/^scrypt\$/);
    expect(listEvaluations(db, written.application.id)).toHaveLength(1);
    expect(listTransitions(db, 'ikdp_application', written.application.id)).toMatchObject([
      { toState: 'mudur_onayinda', userId: written.user.id },
    ]);
    expect(verifyAudit(db)).toMatchObject({ ok: true });
  });
});
