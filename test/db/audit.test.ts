import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditEntryHash, canonicalEntryJson, GENESIS_HASH } from '../../db/audit/audit-chain';
import { canonicalRowJson } from '../../db/audit/canonical-json';
import { verifyAudit } from '../../db/audit/verify-audit';
import { createApplication, updateApplication } from '../../db/repositories/applications';
import { addCommittedPerson } from '../../db/repositories/committed-personnel';
import { addEnterpriseSite, createEnterprise, updateEnterprise } from '../../db/repositories/enterprises';
import { putEnterpriseMonthlyPrimDays, putPersonMonthlyDays } from '../../db/repositories/prim-days';
import { putExchangeRate } from '../../db/repositories/reference-data';
import { createUser } from '../../db/repositories/users';
import { syntheticTckn, syntheticVkn } from '../../db/scenario-import/synthetic-identifiers';
import { enterpriseSites, users } from '../../db/schema';
import { withWrite } from '../../db/write-context';
import { openTestDatabase, TEST_ACTOR, type TestDatabase } from './helpers';

/** issue 3 item 7: a hash-chained audit log of every write, and verification that catches any edit made outside the app. */

function fill(t: TestDatabase): { enterpriseId: number; applicationId: number } {
  return withWrite(t.db, { kind: 'user', userId: 1 }, (w) => {
    createUser(w, { username: 'mehmet.oz', fullName: 'Mehmet Öz', role: 'mudur' });
    const enterprise = createEnterprise(w, {
      vkn: syntheticVkn('audit'),
      unvan: 'Denetim Örme A.Ş.',
      legalForm: 'TUZEL_KISI',
      registered: true,
      active: true,
      declarationCurrent: true,
      naceMain: '14.13',
    });
    addEnterpriseSite(w, { enterpriseId: enterprise.id, province: 'Bursa', kind: 'merkez' });
    const application = createApplication(w, {
      enterpriseId: enterprise.id,
      program: 'ITKFDP-II',
      status: 'SUBMITTED',
      applicationProvince: 'Bursa',
      appliedOn: '2025-06-02',
    });
    const tckn = syntheticTckn('audit-person');
    addCommittedPerson(w, {
      applicationId: application.id,
      personKey: 'p1',
      tckn,
      firstName: 'Elif',
      lastName: 'Şahin',
      citizenship: 'TR',
      gender: 'F',
      birthDate: '1996-02-02',
      hiredOn: '2025-06-01',
    });
    putEnterpriseMonthlyPrimDays(w, { enterpriseId: enterprise.id, province: 'Bursa', month: '2025-02', primDays: 60 });
    putPersonMonthlyDays(w, { enterpriseId: enterprise.id, province: 'Bursa', tckn, month: '2025-08', primDays: 30, countedLeaveDays: 0 });
    putExchangeRate(w, { rateDate: '2025-03-10', currency: 'EUR', buyingRate: '39.1234', source: 'test' });
    return { enterpriseId: enterprise.id, applicationId: application.id };
  });
}

describe('audit log — issue 3 item 7', () => {
  let t: TestDatabase;
  let ids: { enterpriseId: number; applicationId: number };
  beforeEach(() => {
    t = openTestDatabase();
    ids = fill(t);
  });
  afterEach(() => {
    t.dispose();
  });

  it('records who, when, what and the row before and after, one entry per changed row', () => {
    withWrite(t.db, { kind: 'user', userId: 1 }, (w) => updateEnterprise(w, ids.enterpriseId, { unvan: 'Denetim Örme Tekstil A.Ş.' }));
    const last = t.db.sqlite.prepare('SELECT * FROM audit_log ORDER BY seq DESC LIMIT 1').get() as Record<string, string | number>;
    expect(last).toMatchObject({ seq: 9, actor: 'user:1', action: 'update', table_name: 'enterprises', row_id: String(ids.enterpriseId) });
    expect(JSON.parse(String(last.before_json))).toMatchObject({ unvan: 'Denetim Örme A.Ş.' });
    expect(JSON.parse(String(last.after_json))).toMatchObject({ unvan: 'Denetim Örme Tekstil A.Ş.' });
    expect(verifyAudit(t.db)).toEqual({ ok: true, entries: 9, rows: 8 });
  });

  it('chains each entry to the one before: hash = SHA-256(prev_hash, canonical entry)', () => {
    const entries = t.db.sqlite.prepare('SELECT * FROM audit_log ORDER BY seq').all() as Record<string, string | number | null>[];
    let previous = GENESIS_HASH;
    for (const entry of entries) {
      expect(entry.prev_hash).toBe(previous);
      const fields = {
        seq: Number(entry.seq),
        at: String(entry.at),
        actor: String(entry.actor),
        action: String(entry.action),
        tableName: String(entry.table_name),
        rowId: String(entry.row_id),
        beforeJson: entry.before_json === null ? null : String(entry.before_json),
        afterJson: entry.after_json === null ? null : String(entry.after_json),
      };
      expect(JSON.parse(canonicalEntryJson(fields))).toMatchObject({ seq: fields.seq, table: fields.tableName });
      expect(entry.hash).toBe(auditEntryHash(previous, fields));
      previous = String(entry.hash);
    }
  });

  it('stores row images as canonical JSON (sorted keys)', () => {
    expect(canonicalRowJson({ b: 1, a: 'ş', c: null })).toBe('{"a":"ş","b":1,"c":null}');
  });

  it('writes nothing, not even audit or outbox entries, when the transaction fails', () => {
    const before = t.db.sqlite
      .prepare(
        'SELECT (SELECT count(*) FROM audit_log) AS audit, (SELECT count(*) FROM sync_outbox) AS outbox, (SELECT count(*) FROM enterprises) AS enterprises',
      )
      .get();
    expect(() =>
      withWrite(t.db, TEST_ACTOR, (w) => {
        updateEnterprise(w, ids.enterpriseId, { unvan: 'Yarım Kalan' });
        throw new Error('işlem yarıda kesildi');
      }),
    ).toThrow('işlem yarıda kesildi');
    expect(
      t.db.sqlite
        .prepare(
          'SELECT (SELECT count(*) FROM audit_log) AS audit, (SELECT count(*) FROM sync_outbox) AS outbox, (SELECT count(*) FROM enterprises) AS enterprises',
        )
        .get(),
    ).toEqual(before);
    expect(t.db.sqlite.prepare('SELECT unvan FROM enterprises').get()).toEqual({ unvan: 'Denetim Örme A.Ş.' });
    expect(verifyAudit(t.db)).toMatchObject({ ok: true });
  });

  it('writes no entry for an update that changes nothing', () => {
    withWrite(t.db, TEST_ACTOR, (w) => {
      w.update(enterpriseSites, 1, { province: 'Bursa', kind: 'merkez' });
      expect(putEnterpriseMonthlyPrimDays(w, { enterpriseId: ids.enterpriseId, province: 'BURSA', month: '2025-02', primDays: 60 })).toBe(
        'unchanged',
      );
    });
    expect(t.db.sqlite.prepare('SELECT count(*) AS n FROM audit_log').get()).toEqual({ n: 8 });
    withWrite(t.db, TEST_ACTOR, (w) => updateApplication(w, ids.applicationId, { status: 'APPROVED' }));
    expect(t.db.sqlite.prepare('SELECT count(*) AS n FROM audit_log').get()).toEqual({ n: 9 });
  });

  it('refuses nested write contexts and asynchronous work', () => {
    expect(() => withWrite(t.db, TEST_ACTOR, () => withWrite(t.db, TEST_ACTOR, () => 1))).toThrow(/iç içe/);
    expect(() => withWrite(t.db, TEST_ACTOR, () => Promise.resolve(1))).toThrow(/eşzamanlı/);
    expect(verifyAudit(t.db)).toMatchObject({ ok: true });
  });

  describe('catches a hand edit of an audited row', () => {
    it.each([
      ['enterprises: unvan', "UPDATE enterprises SET unvan = 'Sahte Unvan' WHERE id = 1", 'row-altered', 'unvan'],
      ['enterprise_sites: province', "UPDATE enterprise_sites SET province = 'Ankara'", 'row-altered', 'province'],
      ['applications: status', "UPDATE applications SET status = 'APPROVED'", 'row-altered', 'status'],
      ['committed_personnel: birth date', "UPDATE committed_personnel SET birth_date = '2001-01-01'", 'row-altered', 'birth_date'],
      ['enterprise_monthly_prim_days: prim gün', 'UPDATE enterprise_monthly_prim_days SET prim_days = 61', 'row-altered', 'prim_days'],
      ['person_monthly_days: leave days', 'UPDATE person_monthly_days SET counted_leave_days = 3', 'row-altered', 'counted_leave_days'],
      ['exchange_rates: rate', "UPDATE exchange_rates SET buying_rate = '40.0000'", 'row-altered', 'buying_rate'],
      ['users: role', "UPDATE users SET role = 'yonetici'", 'row-altered', 'role'],
      ['a deleted row', 'DELETE FROM person_monthly_days', 'row-missing', null],
      [
        'an inserted row',
        "INSERT INTO users (username, full_name, role, active, created_at) VALUES ('sahte', 'Sahte Kişi', 'yonetici', 1, '2025-01-01T00:00:00Z')",
        'row-unaudited',
        null,
      ],
    ] as const)('%s', (_case, edit, kind, column) => {
      t.db.sqlite.pragma('foreign_keys = OFF');
      t.db.sqlite.exec(edit);
      const result = verifyAudit(t.db);
      expect(result).toMatchObject({ ok: false, problem: { kind } });
      if (!result.ok && column !== null) expect(result.problem.message).toContain(`"${column}"`);
    });
  });

  describe('a column added by a later migration', () => {
    beforeEach(() => {
      // What a migration adding a column does: rows written before it hold the default.
      t.db.sqlite.exec("ALTER TABLE enterprises ADD COLUMN kobi_size TEXT NOT NULL DEFAULT 'küçük'");
      t.db.sqlite.exec('ALTER TABLE enterprises ADD COLUMN employees INTEGER');
    });

    it('verifies rows written before it while they hold its default', () => {
      expect(verifyAudit(t.db)).toMatchObject({ ok: true });
    });

    it.each([
      ['a text column with a default', "UPDATE enterprises SET kobi_size = 'orta' WHERE id = 1", 'kobi_size'],
      ['a column without a default (NULL)', 'UPDATE enterprises SET employees = 12 WHERE id = 1', 'employees'],
    ])('catches a hand edit of it in a row written before it: %s', (_case, edit, column) => {
      t.db.sqlite.exec(edit);
      const result = verifyAudit(t.db);
      expect(result).toMatchObject({ ok: false, problem: { kind: 'row-altered', table: 'enterprises' } });
      if (!result.ok) expect(result.problem.message).toContain(`"${column}"`);
    });

    it('audits it with the rest of the row at the next write', () => {
      withWrite(t.db, TEST_ACTOR, (w) => updateEnterprise(w, ids.enterpriseId, { unvan: 'Denetim Örme ve Dokuma A.Ş.' }));
      const image = t.db.sqlite
        .prepare("SELECT after_json AS json FROM audit_log WHERE table_name = 'enterprises' ORDER BY seq DESC LIMIT 1")
        .get() as { json: string };
      expect(JSON.parse(image.json)).toMatchObject({ kobi_size: 'küçük', employees: null });
      expect(verifyAudit(t.db)).toMatchObject({ ok: true });
    });

    it('still catches a hand edit of it that a later write of the app carried on', () => {
      t.db.sqlite.exec("UPDATE enterprises SET kobi_size = 'orta' WHERE id = 1");
      withWrite(t.db, TEST_ACTOR, (w) => updateEnterprise(w, ids.enterpriseId, { unvan: 'Denetim Örme ve Dokuma A.Ş.' }));
      const result = verifyAudit(t.db);
      expect(result).toMatchObject({ ok: false, problem: { kind: 'row-altered', table: 'enterprises' } });
      if (!result.ok) expect(result.problem.message).toContain('"kobi_size"');
    });
  });

  describe('catches a hand edit that a later write of the app carried on (the before image does not follow the log)', () => {
    it.each([
      [
        'the edited column written again',
        "UPDATE enterprises SET unvan = 'Sahte Unvan' WHERE id = 1",
        { unvan: 'Denetim Örme Ltd.' },
        'unvan',
      ],
      ['another column written', "UPDATE enterprises SET nace_main = '10.71' WHERE id = 1", { unvan: 'Denetim Örme Ltd.' }, 'nace_main'],
    ] as const)('%s', (_case, edit, change, column) => {
      t.db.sqlite.exec(edit);
      const { seq } = withWrite(t.db, TEST_ACTOR, (w) => {
        updateEnterprise(w, ids.enterpriseId, change);
        return t.db.sqlite.prepare('SELECT max(seq) AS seq FROM audit_log').get() as { seq: number };
      });
      const result = verifyAudit(t.db);
      expect(result).toMatchObject({ ok: false, problem: { kind: 'row-altered', table: 'enterprises', seq } });
      if (!result.ok) expect(result.problem.message).toContain(`"${column}"`);
    });

    it('and a row inserted by hand that the app changed later', () => {
      t.db.sqlite.exec(
        "INSERT INTO users (id, username, full_name, role, active, created_at) VALUES (50, 'sahte', 'Sahte Kişi', 'yonetici', 1, '2025-01-01T00:00:00Z')",
      );
      withWrite(t.db, TEST_ACTOR, (w) => w.update(users, 50, { fullName: 'Sahte Kişi Değil' }));
      expect(verifyAudit(t.db)).toMatchObject({ ok: false, problem: { kind: 'row-unaudited', table: 'users', rowId: '50' } });
    });
  });

  describe('catches a hand edit of the log itself', () => {
    it.each([
      [
        'an edited after image',
        "UPDATE audit_log SET after_json = replace(after_json, 'Bursa', 'Ankara') WHERE seq = 3",
        'entry-altered',
        3,
      ],
      ['an edited actor', "UPDATE audit_log SET actor = 'user:99' WHERE seq = 2", 'entry-altered', 2],
      ['a deleted entry', 'DELETE FROM audit_log WHERE seq = 4', 'chain-broken', 5],
      ['a rewritten hash', "UPDATE audit_log SET hash = '00' || substr(hash, 3) WHERE seq = 6", 'entry-altered', 6],
      [
        'a rewritten hash and the next prev_hash',
        "UPDATE audit_log SET hash = '00' || substr(hash, 3) WHERE seq = 6; UPDATE audit_log SET prev_hash = '00' || substr(prev_hash, 3) WHERE seq = 7",
        'entry-altered',
        6,
      ],
    ] as const)('%s', (_case, edit, kind, seq) => {
      t.db.sqlite.pragma('foreign_keys = OFF');
      t.db.sqlite.exec(edit);
      expect(verifyAudit(t.db)).toMatchObject({ ok: false, problem: { kind, seq } });
    });

    it('and a row edited together with its entry (the entry hash no longer matches)', () => {
      t.db.sqlite.exec("UPDATE enterprises SET unvan = 'Sahte' WHERE id = 1");
      t.db.sqlite.exec(
        "UPDATE audit_log SET after_json = replace(after_json, 'Denetim Örme A.Ş.', 'Sahte') WHERE table_name = 'enterprises'",
      );
      expect(verifyAudit(t.db)).toMatchObject({ ok: false, problem: { kind: 'entry-altered', table: 'enterprises' } });
    });
  });
});

describe('sync outbox — written in the same transaction as the change (ROADMAP 4)', () => {
  let t: TestDatabase;
  beforeEach(() => {
    t = openTestDatabase();
    fill(t);
  });
  afterEach(() => {
    t.dispose();
  });

  it('reports case-file changes with the audit entry they belong to and a content hash', () => {
    const rows = t.db.sqlite
      .prepare(
        'SELECT entity, op, audit_seq AS auditSeq, length(content_hash) AS hashLength, sent_at AS sentAt FROM sync_outbox ORDER BY id',
      )
      .all();
    expect(rows).toEqual([
      { entity: 'enterprises', op: 'insert', auditSeq: 2, hashLength: 64, sentAt: null },
      { entity: 'enterprise_sites', op: 'insert', auditSeq: 3, hashLength: 64, sentAt: null },
      { entity: 'applications', op: 'insert', auditSeq: 4, hashLength: 64, sentAt: null },
      { entity: 'committed_personnel', op: 'insert', auditSeq: 5, hashLength: 64, sentAt: null },
    ]);
  });
});
