import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createItkfdpPaymentRequest } from '../../../db/repositories/payment-requests';
import { createUser } from '../../../db/repositories/users';
import { withWrite } from '../../../db/write-context';
import type { ChannelResponse, ContractResult } from '../../../electron/contract';
import { createAppContext, type AppContext } from '../../../electron/services/app-context';
import { dispatch } from '../../../electron/services/dispatcher';
import { openTestDatabase, TEST_ACTOR, type TestDatabase } from '../../db/helpers';
import { buildFormsFixture, type FormsFixture } from '../pdf/forms-fixture';
import { pdfSig } from '../pdf/poppler';
import { createTestPki, type TestPki } from '../pdf/test-pki';
import { slotOf } from './app-fixture';

/**
 * The forms tab's channels through the real dispatcher, on a real encrypted
 * database with the forms fixture's cases and a test CA: list, export (stored
 * as a document, owner-only, audited and queued), sign, countersign with four
 * eyes, verify (also after the stored file is tampered with), and the
 * certificate's passphrase never stored.
 */
type Who = 'uzman' | 'uzman2' | 'mudur' | 'mudur2' | 'izleyici' | 'yonetici';
type FormList = ChannelResponse<'form:list'>;
type DocumentAnswer = ChannelResponse<'form:export'>;
type Verification = ChannelResponse<'form:verify'>;

let database: TestDatabase;
let fixture: FormsFixture;
let app: AppContext;
let pki: TestPki;
const users = new Map<Who, number>();
const sessions = new Map<Who, string>();

beforeAll(() => {
  database = openTestDatabase();
  fixture = buildFormsFixture(database.db);
  const ids = database.db.sqlite.prepare('SELECT id, username FROM users').all() as { id: number; username: string }[];
  for (const row of ids) users.set(row.username as Who, row.id);
  withWrite(database.db, TEST_ACTOR, (w) => {
    users.set('uzman2', createUser(w, { username: 'uzman2', fullName: 'Mehmet Çelik', role: 'sorumlu_personel' }).id);
    users.set('mudur2', createUser(w, { username: 'mudur2', fullName: 'Hakan Öztürk', role: 'mudur' }).id);
    users.set('yonetici', createUser(w, { username: 'yonetici', fullName: 'Murat Doğan', role: 'yonetici' }).id);
  });
  app = createAppContext(database.db, { clock: () => Date.parse('2027-03-01T09:00:00.000Z'), today: () => '2027-03-01' });
  pki = createTestPki();
}, 60_000);

afterAll(() => {
  database.dispose();
});

function call(as: Who, channel: string, request: unknown): Promise<ContractResult<unknown>> {
  let id = sessions.get(as);
  if (id === undefined) {
    const userId = users.get(as);
    if (userId === undefined) throw new Error(`no user ${as}`);
    id = app.sessions.create(userId).id;
    sessions.set(as, id);
  }
  return dispatch(app, slotOf(id), channel, request);
}

async function value<T>(as: Who, channel: string, request: unknown): Promise<T> {
  const result = await call(as, channel, request);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

function certificate(path: string, passphrase = pki.passphrase) {
  return { fileName: path.split('/').at(-1) ?? 'sertifika.p12', contentBase64: readFileSync(path).toString('base64'), passphrase };
}

function paymentForm(list: FormList) {
  const form = list.forms.find((entry) => entry.code === 'FRM.39.00.05');
  if (form === undefined) throw new Error('FRM.39.00.05 not listed');
  return form;
}

describe('form:list', () => {
  it('lists the IKDP forms of the case with whether each can be made now, for every role', async () => {
    for (const who of ['uzman', 'mudur', 'izleyici', 'yonetici'] as const) {
      const list = await value<FormList>(who, 'form:list', { applicationId: fixture.ikdp });
      expect(list.forms.map((form) => form.code)).toEqual(expect.arrayContaining(['FRM.39.00.03', 'FRM.39.00.05', 'FRM.39.00.06']));
      expect(list.forms.some((form) => form.code.startsWith('ITKFDP2'))).toBe(false);
    }
    const list = await value<FormList>('uzman', 'form:list', { applicationId: fixture.ikdp });
    const payment = paymentForm(list);
    expect(payment).toMatchObject({ subject: 'request', available: true, reason: null, documents: [] });
    expect(payment.currentFormDocumentId).toMatch(/^KD-FRM\.39\.00\.05-/);
    const pending = withWrite(database.db, TEST_ACTOR, (w) =>
      createItkfdpPaymentRequest(w, { applicationId: fixture.itkfdp, submittedOn: '2026-05-11', periods: [3] }),
    );
    const itkfdp = await value<FormList>('uzman', 'form:list', { applicationId: fixture.itkfdp });
    expect(itkfdp.forms.map((form) => form.code)).toEqual([
      'ITKFDP2-TAB.01',
      'ITKFDP2-FRM.04',
      'ITKFDP2-FRM.04',
      'ITKFDP2-FRM.04',
      'ITKFDP2-FRM.05',
    ]);
    expect(itkfdp.forms.filter((form) => !form.available).map((form) => [form.requestId, form.reason])).toEqual([
      [pending.id, expect.stringContaining('karara bağlanmadı') as string],
    ]);
    expect(await call('uzman', 'form:list', { applicationId: 999_999 })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});

describe('a visit form', () => {
  it('records the visit it is about, and the same export twice is one version', async () => {
    const request = { applicationId: fixture.itkfdp, form: 'ITKFDP2-FRM.05', visitId: fixture.onSiteVisit };
    const first = await value<DocumentAnswer>('uzman2', 'form:export', request);
    const row = database.db.sqlite.prepare('SELECT visit_id, payment_request_id FROM documents WHERE id = ?').get(first.document.id);
    expect(row).toEqual({ visit_id: fixture.onSiteVisit, payment_request_id: null });
    expect(first.document.createdBy).toBe('Mehmet Çelik');
    expect((await value<DocumentAnswer>('uzman', 'form:export', request)).document.id).toBe(first.document.id);
    const listed = (await value<FormList>('izleyici', 'form:list', { applicationId: fixture.itkfdp })).forms.find(
      (form) => form.visitId === fixture.onSiteVisit,
    );
    expect(listed?.documents.map((document) => document.id)).toEqual([first.document.id]);
    expect(listed?.currentFormDocumentId).toBe(first.document.formDocumentId);
  });
});

describe('export, sign, countersign, verify', () => {
  let exported: DocumentAnswer;
  let signed: DocumentAnswer;

  it('exports unsigned, stores the file owner-only under the database folder and records it as an audited, queued document', async () => {
    const list = await value<FormList>('uzman', 'form:list', { applicationId: fixture.ikdp });
    const form = paymentForm(list);
    const request = { applicationId: fixture.ikdp, form: 'FRM.39.00.05', requestId: form.requestId ?? 0 };
    expect(await call('izleyici', 'form:export', request)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await call('mudur', 'form:export', request)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    exported = await value<DocumentAnswer>('uzman', 'form:export', request);
    expect(exported.document).toMatchObject({ signatureCount: 0, stage: 'hazirlandi', formDocumentId: form.currentFormDocumentId });
    expect(exported.message).toContain('imzasız');

    const row = database.db.sqlite.prepare('SELECT * FROM documents WHERE id = ?').get(exported.document.id) as Record<string, unknown>;
    expect(row).toMatchObject({
      application_id: fixture.ikdp,
      payment_request_id: form.requestId,
      form_code: 'FRM.39.00.05',
      signature_count: 0,
      form_document_id: form.currentFormDocumentId,
      created_by_user_id: users.get('uzman'),
    });
    const storagePath = String(row.storage_path);
    expect(storagePath).toMatch(new RegExp(`^belgeler/${fixture.ikdp}/FRM\\.39\\.00\\.05_${fixture.ikdp}-\\d+_[0-9a-f]{12}\\.pdf$`));
    const path = join(database.dir, storagePath);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(statSync(join(database.dir, 'belgeler', String(fixture.ikdp))).mode & 0o777).toBe(0o700);
    expect(statSync(join(database.dir, 'belgeler')).mode & 0o777).toBe(0o700);
    expect(statSync(path).size).toBe(row.size_bytes);
    const audit = database.db.sqlite
      .prepare("SELECT count(*) AS n FROM audit_log WHERE table_name = 'documents' AND row_id = ?")
      .get(String(exported.document.id));
    expect(audit).toEqual({ n: 1 });
    const queued = database.db.sqlite
      .prepare("SELECT payload FROM sync_outbox WHERE entity = 'documents' AND entity_id = ?")
      .get(String(exported.document.id)) as { payload: string };
    expect(JSON.parse(queued.payload)).toMatchObject({ storage_path: storagePath, sha256: row.sha256, size_bytes: row.size_bytes });

    // The same data exports the same bytes: the version already recorded, not a second row.
    const again = await value<DocumentAnswer>('uzman', 'form:export', request);
    expect(again.document.id).toBe(exported.document.id);
    const listed = paymentForm(await value<FormList>('mudur', 'form:list', { applicationId: fixture.ikdp }));
    expect(listed.documents.map((document) => document.id)).toEqual([exported.document.id]);

    const unsigned = await value<Verification>('izleyici', 'form:verify', { documentId: exported.document.id });
    expect(unsigned).toMatchObject({ ok: true, fileMatchesRecord: true, evidenceMatches: true, signatures: [], problems: [] });
    expect(unsigned.formDocumentId).toBe(form.currentFormDocumentId);
  });

  it('refuses the countersignature before the preparer signs, and a wrong passphrase with a Turkish reason', async () => {
    expect(
      await call('mudur', 'form:countersign', { documentId: exported.document.id, certificate: certificate(pki.directorP12) }),
    ).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('hazırlayan imzalamalı') as string } });
    const wrong = await call('uzman', 'form:sign', {
      documentId: exported.document.id,
      certificate: certificate(pki.preparerP12, 'yanlış parola'),
    });
    expect(wrong).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: expect.stringContaining('parola yanlış') as string },
    });
  });

  it('the preparer signs: a new version with one valid signature covering the whole file', async () => {
    signed = await value<DocumentAnswer>('uzman', 'form:sign', {
      documentId: exported.document.id,
      certificate: certificate(pki.preparerP12),
    });
    expect(signed.document).toMatchObject({ signatureCount: 1, stage: 'imzalandi', formDocumentId: exported.document.formDocumentId });
    expect(signed.document.id).not.toBe(exported.document.id);
    const check = await value<Verification>('mudur', 'form:verify', { documentId: signed.document.id });
    expect(check.ok).toBe(true);
    expect(check.signatures).toMatchObject([
      { field: 'Hazirlayan', fieldLabel: 'Hazırlayan', signer: 'Ayşe Yıldırım', integrity: 'valid', coversWholeDocument: true },
    ]);
    expect(await call('uzman', 'form:sign', { documentId: exported.document.id, certificate: certificate(pki.preparerP12) })).toMatchObject(
      { ok: false, error: { code: 'conflict', message: expect.stringContaining('daha yeni') as string } },
    );
    expect(await call('uzman', 'form:sign', { documentId: signed.document.id, certificate: certificate(pki.preparerP12) })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringContaining('zaten imzalı') as string },
    });
  });

  it('four eyes: not with the preparer’s certificate, not by a user who prepared it, not by an officer', async () => {
    const request = { documentId: signed.document.id, certificate: certificate(pki.directorP12) };
    expect(await call('uzman', 'form:countersign', request)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(
      await call('mudur', 'form:countersign', { documentId: signed.document.id, certificate: certificate(pki.preparerP12) }),
    ).toMatchObject({ ok: false, error: { code: 'four-eyes', message: expect.stringContaining('Ayşe Yıldırım') as string } });
    // The officer who exported and signed the form becomes a müdür: still not the one to countersign it.
    await value('yonetici', 'user:update', { id: users.get('uzman'), role: 'mudur' });
    // A role change ends the user's sessions: they sign in again.
    sessions.delete('uzman');
    try {
      expect(await call('uzman', 'form:countersign', request)).toMatchObject({
        ok: false,
        error: { code: 'four-eyes', message: expect.stringContaining('Dört göz') as string },
      });
    } finally {
      await value('yonetici', 'user:update', { id: users.get('uzman'), role: 'sorumlu_personel' });
      sessions.delete('uzman');
    }
  });

  it('the müdür countersigns by incremental update: both signatures valid, the QR hash matches, pdfsig agrees', async () => {
    const countersigned = await value<DocumentAnswer>('mudur', 'form:countersign', {
      documentId: signed.document.id,
      certificate: certificate(pki.directorP12),
    });
    expect(countersigned.document).toMatchObject({ signatureCount: 2, stage: 'onaylandi', createdBy: 'Zeynep Aksoy' });
    const check = await value<Verification>('izleyici', 'form:verify', { documentId: countersigned.document.id });
    expect(check).toMatchObject({ ok: true, fileMatchesRecord: true, evidenceMatches: true, problems: [] });
    expect(check.signatures).toMatchObject([
      { fieldLabel: 'Hazırlayan', signer: 'Ayşe Yıldırım', integrity: 'valid', coversWholeDocument: false },
      { fieldLabel: 'Onaylayan (müdür)', signer: 'Şükrü Öztürk', integrity: 'valid', coversWholeDocument: true },
    ]);
    const stored = database.db.sqlite.prepare('SELECT storage_path FROM documents WHERE id = ?').get(countersigned.document.id) as {
      storage_path: string;
    };
    const sig = pdfSig(readFileSync(join(database.dir, stored.storage_path)), pki.nssDir);
    expect(sig.status).toBe(0);
    expect(sig.output.match(/Signature is Valid\./g)).toHaveLength(2);
    expect(sig.output.match(/Certificate is Trusted\./g)).toHaveLength(2);
    const file = await value<ChannelResponse<'form:file'>>('izleyici', 'form:file', { documentId: countersigned.document.id });
    expect(Buffer.from(file.contentBase64, 'base64').equals(readFileSync(join(database.dir, stored.storage_path)))).toBe(true);

    const listed = paymentForm(await value<FormList>('uzman', 'form:list', { applicationId: fixture.ikdp }));
    expect(listed.documents.map((document) => document.stage)).toEqual(['hazirlandi', 'imzalandi', 'onaylandi']);
    expect(
      await call('mudur2', 'form:countersign', { documentId: countersigned.document.id, certificate: certificate(pki.directorP12) }),
    ).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('zaten karşı imzalanmış') as string } });
  });

  it('never stores the passphrase or the certificate file', () => {
    const tables = ['audit_log', 'sync_outbox', 'documents'];
    for (const table of tables) {
      const text = JSON.stringify(database.db.sqlite.prepare(`SELECT * FROM ${table}`).all());
      expect(text).not.toContain(pki.passphrase);
      expect(text).not.toContain(readFileSync(pki.directorP12).toString('base64').slice(0, 40));
    }
  });

  it('a stored file changed on disk: verify says so, the preview refuses it', async () => {
    const stored = database.db.sqlite.prepare('SELECT storage_path FROM documents WHERE id = ?').get(signed.document.id) as {
      storage_path: string;
    };
    const path = join(database.dir, stored.storage_path);
    const bytes = readFileSync(path);
    const at = Math.floor(bytes.length / 3);
    bytes[at] = (bytes[at] ?? 0) ^ 0x01;
    writeFileSync(path, bytes);
    const check = await value<Verification>('mudur', 'form:verify', { documentId: signed.document.id });
    expect(check.ok).toBe(false);
    expect(check.fileMatchesRecord).toBe(false);
    expect(check.problems[0]).toContain('sonradan değiştirilmiş');
    expect(await call('mudur', 'form:file', { documentId: signed.document.id })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringContaining('uyuşmuyor') as string },
    });
  });
});
