import { copyFileSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CommittedPerson, ItkfdpCaseInput } from '../../core/inputs/itkfdp-input';
import { evaluateItkfdpCase } from '../../core/rules';
import { parseScenario } from '../../core/scenarios/run-scenario';
import { verifyAudit } from '../../db/audit/verify-audit';
import { closeDatabase, openDatabase } from '../../db/connection';
import { loadCase } from '../../db/repositories/case-loading';
import {
  listCommittedPersonnel,
  updateCommittedPerson,
  type CommittedPersonFields,
  type CommittedPersonRecord,
} from '../../db/repositories/committed-personnel';
import { RepositoryInputError } from '../../db/repositories/repository-error';
import { importScenario } from '../../db/scenario-import/import-scenario';
import { withWrite } from '../../db/write-context';
import { migrationFixturePath, migrationJournal } from './create-first-migration-fixture';
import { makeTempDir, openTestDatabase, steppingClock, TEST_ACTOR, TEST_DATABASE_KEY, type TestDatabase } from './helpers';

/**
 * Issue 16 leftovers: `protectedStatus` (MADDE 14(22), 14(23)) and `otherProgrammeSupport` (MADDE 9(12)) are stored
 * with the committed person, so a case loaded from the database is decided as its scenario file is.
 */
const SCENARIOS = join(import.meta.dirname, '..', 'scenarios', 'itkfdp-periods');

type ItkfdpScenario = ItkfdpCaseInput & { readonly id: string };

function scenario(file: string): ItkfdpScenario {
  const parsed = parseScenario(readFileSync(join(SCENARIOS, file), 'utf8'), file);
  if (!parsed.ok || parsed.scenario.kind !== 'itkfdp-periods') throw new Error(`${file}: ITKFDP-II senaryosu okunamadı`);
  return parsed.scenario;
}

function loaded(database: TestDatabase, applicationId: number): ItkfdpCaseInput {
  const input = loadCase(database.db, applicationId);
  if (!input.ok || input.value.program !== 'ITKFDP-II') throw new Error('ITKFDP-II dosyası yüklenemedi');
  return input.value;
}

function imported(database: TestDatabase, input: ItkfdpScenario): number {
  const result = importScenario(database.db, TEST_ACTOR, { ...input, kind: 'itkfdp-periods', expect: {} });
  if (!result.ok) throw new Error(result.issues.map((issue) => issue.message).join('; '));
  return result.value.applicationId;
}

/** The same case without the two stored inputs: what the database gave back before they were stored. */
function withoutStoredInputs(input: ItkfdpCaseInput): ItkfdpCaseInput {
  const strip = (person: CommittedPerson): CommittedPerson =>
    Object.fromEntries(
      Object.entries(person).filter(([key]) => key !== 'protectedStatus' && key !== 'otherProgrammeSupport'),
    ) as CommittedPerson;
  return { ...input, personnel: input.personnel.map(strip) };
}

function person(database: TestDatabase, applicationId: number, key: string): CommittedPersonRecord {
  const found = listCommittedPersonnel(database.db, applicationId).find((record) => record.personKey === key);
  if (found === undefined) throw new Error(`${key} yok`);
  return found;
}

describe('stored ITKFDP-II inputs: protectedStatus and otherProgrammeSupport', () => {
  let database: TestDatabase;
  beforeEach(() => {
    database = openTestDatabase();
  });
  afterEach(() => {
    database.dispose();
  });

  it.each([
    'itk-gkas-status-proven-after-announcement.json',
    'itk-gkas-status-not-confirmed-no-proof.json',
    'itk-uksk-proven-on-hiring-date.json',
    'itk-uksk-proven-day-after-hiring.json',
    'itk-other-programme-ends-first-month.json',
    'itk-other-programme-starts-month-after.json',
  ])('%s: the stored case is decided as the scenario', (file) => {
    const input = scenario(file);
    const applicationId = imported(database, input);
    const stored = loaded(database, applicationId);
    expect(evaluateItkfdpCase(stored)).toEqual(evaluateItkfdpCase(input));
    expect(verifyAudit(database.db)).toMatchObject({ ok: true });
  });

  it('the stored values decide: without them the same scenarios are decided otherwise', () => {
    for (const file of ['itk-gkas-status-not-confirmed-no-proof.json', 'itk-other-programme-ends-first-month.json']) {
      const input = scenario(file);
      const stored = loaded(database, imported(database, input));
      expect(evaluateItkfdpCase(withoutStoredInputs(stored)).periods.map((period) => period.approved)).not.toEqual(
        evaluateItkfdpCase(stored).periods.map((period) => period.approved),
      );
    }
  });

  it('reads back what was written, changes it and clears it, each change audited', () => {
    const input = scenario('itk-gkas-status-proven-after-announcement.json');
    const applicationId = imported(database, input);
    expect(person(database, applicationId, 'p2').protectedStatus).toEqual({ confirmed: false, provenFrom: '2025-09-01' });
    expect(person(database, applicationId, 'p1')).toMatchObject({ protectedStatus: null, otherProgrammeSupport: null });

    const support = [{ program: 'FRIT-II-ITKDP', from: '2024-01', to: '2025-08' }] as const;
    withWrite(database.db, TEST_ACTOR, (w) => {
      updateCommittedPerson(w, person(database, applicationId, 'p2').id, { protectedStatus: { confirmed: false, provenFrom: null } });
      updateCommittedPerson(w, person(database, applicationId, 'p1').id, { otherProgrammeSupport: support });
    });
    const changed = loaded(database, applicationId);
    expect(
      changed.personnel.map(({ id, protectedStatus, otherProgrammeSupport }) => ({ id, protectedStatus, otherProgrammeSupport })),
    ).toEqual([
      { id: 'p1', protectedStatus: undefined, otherProgrammeSupport: support },
      { id: 'p2', protectedStatus: { confirmed: false, provenFrom: null }, otherProgrammeSupport: undefined },
    ]);
    const [first] = evaluateItkfdpCase(changed).periods;
    expect(first?.failed).toEqual(['commitment-staff', 'other-programme-staff']);

    withWrite(database.db, TEST_ACTOR, (w) => {
      updateCommittedPerson(w, person(database, applicationId, 'p2').id, { protectedStatus: null });
      updateCommittedPerson(w, person(database, applicationId, 'p1').id, { otherProgrammeSupport: null });
    });
    expect(evaluateItkfdpCase(loaded(database, applicationId))).toEqual(evaluateItkfdpCase(withoutStoredInputs(input)));
    const audited = database.db.sqlite
      .prepare<[], { n: number }>("SELECT count(*) AS n FROM audit_log WHERE table_name = 'committed_personnel' AND action = 'update'")
      .get();
    expect(audited?.n).toBe(4);
    expect(verifyAudit(database.db)).toMatchObject({ ok: true });
  });

  it.each<[string, Partial<CommittedPersonFields>, string]>([
    ['a proof date with a confirmed status', { protectedStatus: { confirmed: true, provenFrom: '2025-09-01' } }, 'provenFrom'],
    ['a proof date that is not a date', { protectedStatus: { confirmed: false, provenFrom: '2025-02-30' } }, 'protectedStatus'],
    [
      'an unknown programme',
      { otherProgrammeSupport: [{ program: 'IKDP' as 'ITKFDP-I', from: '2025-01', to: '2025-06' }] },
      'otherProgrammeSupport',
    ],
    [
      'a support period that ends before it starts',
      { otherProgrammeSupport: [{ program: 'ITKFDP-I', from: '2025-07', to: '2025-06' }] },
      'otherProgrammeSupport',
    ],
    [
      'a month that is not a month',
      { otherProgrammeSupport: [{ program: 'ITKFDP-I', from: '2025-13', to: '2026-01' }] },
      'otherProgrammeSupport',
    ],
  ])('refuses %s and writes nothing', (_name, changes, field) => {
    const applicationId = imported(database, scenario('itk-gkas-status-proven-after-announcement.json'));
    const before = person(database, applicationId, 'p2');
    expect(() => {
      withWrite(database.db, TEST_ACTOR, (w) => {
        updateCommittedPerson(w, before.id, changes);
      });
    }).toThrow(RepositoryInputError);
    expect(() => {
      withWrite(database.db, TEST_ACTOR, (w) => {
        updateCommittedPerson(w, before.id, changes);
      });
    }).toThrow(field);
    expect(person(database, applicationId, 'p2')).toEqual(before);
  });
});

describe('migration 0014_itkfdp-stored-inputs', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('upgrades a database of the previous migration: the columns are added empty and the audit chain holds', () => {
    const previous = migrationJournal().find((entry) => entry.tag === '0009_reference-feed');
    if (previous === undefined) throw new Error('0009 göçü yok');
    const dir = makeTempDir();
    dirs.push(dir);
    const path = join(dir, 'kobi-dosya.sqlite');
    copyFileSync(migrationFixturePath(previous), path);
    const opened = openDatabase(path, { key: TEST_DATABASE_KEY, now: steppingClock() });
    if (!opened.ok) throw new Error(opened.error.message);
    try {
      const columns = opened.db.sqlite
        .prepare<[], { name: string; type: string; notnull: number }>(
          'SELECT name, type, "notnull" FROM pragma_table_info(\'committed_personnel\')',
        )
        .all()
        .filter((column) =>
          ['protected_status_confirmed', 'protected_status_proven_from', 'other_programme_support'].includes(column.name),
        );
      expect(columns).toEqual([
        { name: 'protected_status_confirmed', type: 'INTEGER', notnull: 0 },
        { name: 'protected_status_proven_from', type: 'TEXT', notnull: 0 },
        { name: 'other_programme_support', type: 'TEXT', notnull: 0 },
      ]);
      expect(verifyAudit(opened.db)).toMatchObject({ ok: true });
    } finally {
      closeDatabase(opened.db);
    }
  });
});
