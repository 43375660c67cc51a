import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import jsQR from 'jsqr';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { amountInWordsTr } from '../../core/lib/amount-in-words';
import { putEnterpriseMonthlyPek } from '../../db/repositories/enterprise-pek';
import { createEnterprise } from '../../db/repositories/enterprises';
import { decideFinansmanApplication } from '../../db/repositories/finansman-case';
import { createUser } from '../../db/repositories/users';
import { recordTransition } from '../../db/repositories/workflow-records';
import { withWrite } from '../../db/write-context';
import { readEvidence } from '../../electron/pdf/evidence-reader';
import { pkcs12Signer } from '../../electron/pdf/signing/pkcs12-signer';
import { createFinansmanCase } from '../../electron/services/finansman/finansman-service';
import { createFormsService, type FormsService } from '../../electron/services/forms/forms-service';
import { openTestDatabase, steppingClock, TEST_ACTOR, type TestDatabase } from '../db/helpers';
import { pdfSig, pdfText, renderPage } from './pdf/poppler';
import { createTestPki, type TestPki } from './pdf/test-pki';

/** Finansman Desteği Uygunluk Formu (FIN2026-FRM.01) read back with poppler: Turkish texts, amounts in words, provisional marks, QR, signature. */
const FORM = 'FIN2026-FRM.01';
let database: TestDatabase;
let service: FormsService;
let pki: TestPki;
let approvedId: number;
let unevaluatedId: number;

beforeAll(() => {
  database = openTestDatabase({ now: steppingClock('2026-03-25T08:00:00.000Z') });
  const { db } = database;
  const ids = withWrite(db, TEST_ACTOR, (w) => {
    const uzman = createUser(w, { username: 'uzman', fullName: 'Ayşe Yıldırım', role: 'sorumlu_personel' }).id;
    const mudur = createUser(w, { username: 'mudur', fullName: 'Zeynep Aksoy', role: 'mudur' }).id;
    const enterprise = createEnterprise(w, {
      vkn: '4391208413',
      unvan: 'Örnek Metal Sanayi A.Ş.',
      legalForm: 'TUZEL_KISI',
      registered: true,
      active: true,
      declarationCurrent: true,
      naceMain: '25.62',
    });
    putEnterpriseMonthlyPek(w, { enterpriseId: enterprise.id, month: '2025-11', pekTRY: '2400000.00', workplaces: 1 });
    putEnterpriseMonthlyPek(w, { enterpriseId: enterprise.id, month: '2025-12', pekTRY: '2600000.00', workplaces: 1 });
    return { uzman, mudur, enterpriseId: enterprise.id };
  });
  const newCase = () =>
    createFinansmanCase(db, TEST_ACTOR, {
      enterpriseId: ids.enterpriseId,
      call: '2026-1',
      size: 'KOBI',
      appliedOn: '2026-03-20',
      bankName: 'Örnek Bankası',
      loan: {
        amountTRY: '2400000.00',
        annualRatePercent: '33',
        drawnOn: ['2026-04-15'],
        termMonths: 3,
        graceMonths: 1,
        installments: [
          { dueOn: '2026-05-15', principalTRY: '0.00', interestTRY: '66000.00' },
          { dueOn: '2026-06-15', principalTRY: '1200000.00', interestTRY: '66000.00' },
          { dueOn: '2026-07-15', principalTRY: '1200000.00', interestTRY: '60500.00' },
        ],
      },
    });
  approvedId = newCase();
  unevaluatedId = newCase();
  withWrite(db, TEST_ACTOR, (w) => {
    decideFinansmanApplication(w, approvedId, { decidedByUserId: ids.uzman });
    recordTransition(w, {
      recordKind: 'finansman_application',
      recordId: approvedId,
      fromState: 'mudur_onayinda',
      toState: 'onaylandi',
      userId: ids.mudur,
    });
  });
  service = createFormsService({ db, clock: () => new Date('2026-03-26T09:00:00.000Z') });
  pki = createTestPki();
}, 60_000);

afterAll(() => {
  database.dispose();
});

describe('Finansman Desteği Uygunluk Formu', () => {
  it('prints the identity, every check, the schedule, the totals in figures and words, the provisional marks and both signers', async () => {
    const exported = await service.exportForm({ form: FORM, applicationId: approvedId });
    if (!exported.ok) throw new Error(exported.error.message);
    // Kept for a person to look at (pdftoppm), next to the journey's screenshots.
    mkdirSync('test-results/finansman', { recursive: true });
    writeFileSync('test-results/finansman/FIN2026-FRM.01.pdf', exported.value.bytes);
    const text = pdfText(exported.value.bytes).replace(/\s+/g, ' ');
    for (const expected of [
      'FİNANSMAN DESTEĞİ UYGUNLUK FORMU',
      'FIN2026-FRM.01',
      'Örnek Metal Sanayi A.Ş.',
      '4391208413',
      'Onaylandı',
      '2.400.000,00 ₺',
      'loan-payroll-limit',
      'one-line-only',
      'UYGUNDUR',
      '15.07.2026',
      '3 15.07.2026 1.200.000,00 ₺ 60.500,00 ₺ 18.333,33 ₺ 42.166,67 ₺ 58.333,33 ₺',
      '18.333,33 ₺',
      '58.333,33 ₺',
      '192.500,00 ₺',
      'DUYURULMADI',
      '(geçici)',
      'GEÇİCİDİR',
      'Ayşe Yıldırım',
      'Zeynep Aksoy',
    ]) {
      expect(text, expected).toContain(expected);
    }
    expect(text).toContain(amountInWordsTr('58333.33', 'TRY'));
    expect(amountInWordsTr('58333.33', 'TRY')).toMatch(/^Yalnız .* Türk Lirası .* Kuruş$/);
  });

  it('carries its evidence (the stored evaluation, the case) attached and in the QR code', async () => {
    const exported = await service.exportForm({ form: FORM, applicationId: approvedId });
    if (!exported.ok) throw new Error(exported.error.message);
    const evidence = await readEvidence(exported.value.bytes);
    expect(evidence.attachmentSha256).toBe(evidence.qrSha256);
    const data = JSON.parse(new TextDecoder().decode(evidence.attachment ?? new Uint8Array())) as {
      storedEvaluation: { support: { totalSupportTRY: string } };
      caseInput: { call: string } | null;
      state: string;
    };
    expect(data.storedEvaluation.support.totalSupportTRY).toBe('58333.33');
    expect(data.caseInput?.call).toBe('2026-1');
    expect(data.state).toBe('onaylandi');
    const page = renderPage(exported.value.bytes, 1, 150);
    const decoded = jsQR(new Uint8ClampedArray(page.data), page.width, page.height);
    expect(decoded?.data).toBe(`KOBIDOSYA|1|${evidence.documentId ?? ''}|${evidence.attachmentSha256 ?? ''}`);
  });

  it('is signed by the preparer and pdfsig finds the signature valid', async () => {
    const signer = await pkcs12Signer(readFileSync(pki.preparerP12), pki.passphrase);
    const exported = await service.exportForm({ form: FORM, applicationId: approvedId }, signer);
    if (!exported.ok) throw new Error(exported.error.message);
    const { status, output } = pdfSig(exported.value.bytes, pki.nssDir);
    expect(status).toBe(0);
    expect(output).toContain('Signature is Valid.');
  });

  it('refuses an application not evaluated yet and an unknown one, in Turkish', async () => {
    expect(await service.exportForm({ form: FORM, applicationId: unevaluatedId })).toMatchObject({
      ok: false,
      error: { code: 'unsuitable', message: expect.stringContaining('henüz değerlendirilmedi') as unknown },
    });
    expect(await service.exportForm({ form: FORM, applicationId: 999 })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});
