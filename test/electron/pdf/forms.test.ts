import { readFileSync, rmSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import jsQR from 'jsqr';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateIkdpCase, evaluateItkfdpCase } from '../../../core/rules';
import { ikdpCaseInput } from '../../../core/inputs/ikdp-input';
import { itkfdpCaseInput } from '../../../core/inputs/itkfdp-input';
import { readEvidence } from '../../../electron/pdf/evidence-reader';
import { pkcs12Signer } from '../../../electron/pdf/signing/pkcs12-signer';
import { signPdf } from '../../../electron/pdf/signing/pdf-signature';
import type { Signer } from '../../../electron/pdf/signing/signer';
import { verifyFormPdf } from '../../../electron/pdf/verify-form';
import type { FormRequest } from '../../../electron/services/forms/form-context';
import { createFormsService, type FormsService } from '../../../electron/services/forms/forms-service';
import { openTestDatabase, steppingClock, type TestDatabase } from '../../db/helpers';
import { buildFormsFixture, type FormsFixture } from './forms-fixture';
import {
  drawnSignaturePng,
  opensslVerify,
  pdfImages,
  pdfInfo,
  pdfSig,
  pdfText,
  pixelDifference,
  renderPage,
  signatureParts,
} from './poppler';
import { createTestPki, type TestPki } from './test-pki';

const REFERENCE_PAGE = join(dirname(new URL(import.meta.url).pathname), '../../fixtures/forms/FRM.39.00.05-sayfa-1.png');
const NOW = new Date('2027-03-01T09:00:00.000Z');

let database: TestDatabase;
let fixture: FormsFixture;
let service: FormsService;
let pki: TestPki;
let preparer: Signer;
let director: Signer;

beforeAll(async () => {
  database = openTestDatabase({ now: steppingClock('2026-02-20T08:00:00.000Z') });
  fixture = buildFormsFixture(database.db);
  service = createFormsService({ db: database.db, clock: () => NOW });
  pki = createTestPki();
  preparer = await pkcs12Signer(readFileSync(pki.preparerP12), pki.passphrase);
  director = await pkcs12Signer(readFileSync(pki.directorP12), pki.passphrase);
}, 60_000);

afterAll(() => {
  database.dispose();
  rmSync(pki.dir, { recursive: true, force: true });
});

async function exported(request: FormRequest, signer?: Signer): Promise<Uint8Array> {
  const result = await service.exportForm(request, signer);
  if (!result.ok) throw new Error(result.error.message);
  return result.value.bytes;
}

const now = () => new Date();

describe('the six programme forms — issue 15 item 1', () => {
  const cases: readonly (readonly [string, () => FormRequest, readonly string[]])[] = [
    [
      'FRM.39.00.03',
      () => ({ form: 'FRM.39.00.03', applicationId: fixture.ikdp }),
      ['BAŞVURU DEĞERLENDİRME FORMU', 'PROGRAM ŞARTLARINA UYGUNDUR', 'Baz ortalama prim gün'],
    ],
    [
      'FRM.39.00.05',
      () => ({ form: 'FRM.39.00.05', applicationId: fixture.ikdp }),
      [
        'DESTEK ÖDEME UYGUNLUK FORMU',
        '50.833,34 ₺',
        'Yalnız elli bin sekiz yüz otuz üç Türk Lirası otuz dört Kuruş',
        'Daha önce ödenen',
        '50.833,34 ₺',
        'Kalan üst limit',
      ],
    ],
    [
      'FRM.39.00.06',
      () => ({ form: 'FRM.39.00.06', applicationId: fixture.ikdp }),
      ['PROGRAM SONRASI İZLEME FORMU', 'İşyeri faal', 'Yalnız yüz bir bin altı yüz altmış altı Türk Lirası altmış sekiz Kuruş'],
    ],
    [
      'ITKFDP2-TAB.01',
      () => ({ form: 'ITKFDP2-TAB.01', applicationId: fixture.itkfdp }),
      ['BAŞVURU KONTROL TABLOSU', 'Yalnız bir milyon yedi yüz elli bin Türk Lirası', 'Türkiye Halk Bankası A.Ş.'],
    ],
    [
      'ITKFDP2-FRM.04',
      () => ({ form: 'ITKFDP2-FRM.04', applicationId: fixture.itkfdp, requestId: fixture.itkfdpFirstRequest }),
      ['ÖDEME UYGUNLUK FORMU', '2.500,00 €', 'Yalnız iki bin beş yüz Avro', 'Yalnız on iki bin beş yüz Avro', '1. dönem'],
    ],
    [
      'ITKFDP2-FRM.05',
      () => ({ form: 'ITKFDP2-FRM.05', applicationId: fixture.itkfdp }),
      ['YERİNDE İZLEME FORMU', 'Elif Şahin', 'Taahhüt edilen iki personel', 'Gülşen Çakıroğlu'],
    ],
  ];

  it.each(cases)('%s: pdftotext finds the Turkish texts, the amounts and the page numbers', async (code, request, texts) => {
    const bytes = await exported(request());
    const text = pdfText(bytes);
    for (const expected of [code, 'Sayfa 1 / ', 'T.C.', 'KOSGEB İzmir Müdürlüğü', 'Onaylayan', 'Kural sürümü', 'Yalnız', ...texts])
      expect(text).toContain(expected);
    expect(text).toMatch(/Şahinoğlu Ağaç Ürünleri|Öztürk Işık Çelik Döküm/);
    const info = pdfInfo(bytes);
    expect(info).toMatch(new RegExp(`Title: +${code.replace(/\./g, '\\.')} `));
    expect(info).toMatch(/Author: +KOSGEB İzmir Müdürlüğü/);
    expect(Buffer.from(bytes).toString('latin1')).toContain('/Lang (tr-TR)');
    expect(info).toMatch(/Subject: +.*KD-/);
    expect(info).toMatch(/Pages: +[1-9]/);
  });

  it('an unsuitable case is a Turkish error, not a form', async () => {
    const wrongProgramme = await service.exportForm({ form: 'ITKFDP2-FRM.04', applicationId: fixture.ikdp });
    expect(wrongProgramme).toMatchObject({ ok: false, error: { code: 'unsuitable' } });
    const noVisit = await service.exportForm({ form: 'ITKFDP2-FRM.05', applicationId: fixture.itkfdp, visitId: 99 });
    expect(noVisit).toMatchObject({ ok: false, error: { code: 'not-found', message: expect.stringContaining('ziyareti yok') as unknown } });
  });

  it('is deterministic: the same data gives the same bytes', async () => {
    const request = { form: 'FRM.39.00.05', applicationId: fixture.ikdp };
    expect(Buffer.from(await exported(request)).equals(Buffer.from(await exported(request)))).toBe(true);
  });

  it('takes the latest approved request when none is named', async () => {
    const text = pdfText(await exported({ form: 'ITKFDP2-FRM.04', applicationId: fixture.itkfdp }));
    expect(text).toContain('2. dönem');
    expect(text).toMatch(/Daha önce ödenen +2\.500,00 €/);
  });

  it('places the drawn signatures of the monitor and the representative on the Yerinde İzleme Formu — item 5', async () => {
    const bytes = await exported({
      form: 'ITKFDP2-FRM.05',
      applicationId: fixture.itkfdp,
      representative: 'Ömer Işıkçı',
      monitorSignaturePng: drawnSignaturePng(1),
      representativeSignaturePng: drawnSignaturePng(2),
    });
    const images = pdfImages(bytes)
      .split('\n')
      .filter((line) => /^\s*\d+\s+\d+\s+image/.test(line));
    expect(images).toHaveLength(2);
    expect(pdfText(bytes)).toContain('Ömer Işıkçı');
  });

  it('page 1 of FRM.39.00.05 matches its reference image (pdftoppm, pixel tolerance)', async () => {
    const page = renderPage(await exported({ form: 'FRM.39.00.05', applicationId: fixture.ikdp }), 1, 60);
    if (process.env.KOBI_UPDATE_FORM_REFERENCE === '1') {
      mkdirSync(dirname(REFERENCE_PAGE), { recursive: true });
      const { PNG } = await import('pngjs');
      writeFileSync(REFERENCE_PAGE, PNG.sync.write(page));
    }
    expect(existsSync(REFERENCE_PAGE)).toBe(true);
    const { PNG } = await import('pngjs');
    const reference = PNG.sync.read(readFileSync(REFERENCE_PAGE));
    expect(pixelDifference(page, reference)).toBeLessThan(0.005);
  });
});

describe('evidence inside the PDF — item 2', () => {
  it.each([
    ['FRM.39.00.05', () => fixture.ikdp],
    ['ITKFDP2-FRM.04', () => fixture.itkfdp],
  ] as const)('%s: the attachment hashes to the QR value and re-runs to the same evaluation', async (form, application) => {
    const bytes = await exported({ form, applicationId: application() });
    const evidence = await readEvidence(bytes);
    expect(evidence.attachmentSha256).toBe(evidence.qrSha256);
    expect(pdfText(bytes)).toContain(evidence.qrSha256 ?? 'yok');
    const data = JSON.parse(new TextDecoder().decode(evidence.attachment ?? new Uint8Array())) as {
      caseInput: unknown;
      evaluation: unknown;
    };
    const rerun =
      form === 'FRM.39.00.05'
        ? evaluateIkdpCase(ikdpCaseInput.parse(data.caseInput))
        : evaluateItkfdpCase(itkfdpCaseInput.parse(data.caseInput));
    expect(JSON.parse(JSON.stringify(rerun))).toEqual(data.evaluation);
  });

  it('the printed QR code decodes to the document id and the SHA-256 of the attached data', async () => {
    const bytes = await exported({ form: 'FRM.39.00.06', applicationId: fixture.ikdp });
    const page = renderPage(bytes, 1, 150);
    const decoded = jsQR(new Uint8ClampedArray(page.data), page.width, page.height);
    const evidence = await readEvidence(bytes);
    expect(decoded?.data).toBe(`KOBIDOSYA|1|${evidence.documentId ?? ''}|${evidence.attachmentSha256 ?? ''}`);
  });

  it('an unsigned form passes the evidence check but not verification', async () => {
    const result = await verifyFormPdf(await exported({ form: 'FRM.39.00.03', applicationId: fixture.ikdp }));
    expect(result.evidenceMatches).toBe(true);
    expect(result.problems).toContain('Belgede imza yok.');
    expect(result.ok).toBe(false);
  });
});

describe('signatures — items 3 and 4', () => {
  let countersigned: Uint8Array;
  beforeAll(async () => {
    const signed = await exported({ form: 'FRM.39.00.05', applicationId: fixture.ikdp }, preparer);
    countersigned = await signPdf(signed, director, { signedAt: now(), field: 'Onaylayan', reason: 'Müdür onayı' });
  }, 60_000);

  it('pdfsig: preparer and countersigning müdür both valid and trusted, Turkish names intact', () => {
    const { status, output } = pdfSig(countersigned, pki.nssDir);
    expect(status).toBe(0);
    expect(output.match(/Signature is Valid\./g)).toHaveLength(2);
    expect(output.match(/Certificate is Trusted\./g)).toHaveLength(2);
    expect(output).toContain('CN=Ayşe Yıldırım,O=KOSGEB İzmir Müdürlüğü,C=TR');
    expect(output).toContain('CN=Şükrü Öztürk,O=KOSGEB İzmir Müdürlüğü,C=TR');
    expect(output.match(/Signature Type: ETSI\.CAdES\.detached/g)).toHaveLength(2);
    expect(output).toContain('Total document signed');
  });

  it('openssl cms -verify accepts each CMS against the Turkish-named CA', () => {
    const parts = signatureParts(countersigned);
    expect(parts).toHaveLength(2);
    for (const part of parts) expect(opensslVerify(part, pki.caPem)).toMatchObject({ status: 0 });
  });

  it('the CMS names the issuer byte for byte (UTF8String) and carries signingCertificateV2, no signingTime', () => {
    const [first] = signatureParts(countersigned);
    const issuerUtf8 = Buffer.from('KOSGEB Test Kök Sertifika Otoritesi ĞÜŞİÖÇ', 'utf8');
    const cms = first?.cms ?? Buffer.alloc(0);
    // certificate issuer (signer + CA certificates), IssuerAndSerialNumber, signingCertificateV2 issuerSerial
    let count = 0;
    for (let at = cms.indexOf(issuerUtf8); at >= 0; at = cms.indexOf(issuerUtf8, at + 1)) count += 1;
    expect(count).toBeGreaterThanOrEqual(4);
    expect(cms.indexOf(Buffer.from('060b2a864886f70d010910022f', 'hex'))).toBeGreaterThan(0); // id-aa-signingCertificateV2
    expect(cms.indexOf(Buffer.from('06092a864886f70d010905', 'hex'))).toBe(-1); // id-signingTime
  });

  it('verify-pdf reads both signatures valid, trusted, the last covering the whole file, and the evidence matching', async () => {
    const result = await verifyFormPdf(countersigned, { trustedRoots: [readFileSync(pki.caPem)] });
    expect(result.ok).toBe(true);
    expect(
      result.signatures.map((signature) => [
        signature.field,
        signature.signer,
        signature.integrity,
        signature.trust,
        signature.coversWholeDocument,
      ]),
    ).toEqual([
      ['Hazirlayan', 'Ayşe Yıldırım', 'valid', 'trusted', false],
      ['Onaylayan', 'Şükrü Öztürk', 'valid', 'trusted', true],
    ]);
    expect(result.evidenceMatches).toBe(true);
    expect(pdfText(countersigned)).toContain('İmzalayan: Şükrü Öztürk');
  });

  it('flipping one signed byte gives a digest mismatch (pdfsig and verify-pdf)', async () => {
    const tampered = new Uint8Array(countersigned);
    const at = 2000;
    tampered[at] = (tampered[at] ?? 0) ^ 0x01;
    const result = await verifyFormPdf(tampered, { trustedRoots: [readFileSync(pki.caPem)] });
    expect(result.ok).toBe(false);
    expect(result.signatures.map((signature) => signature.integrity)).toEqual(['digest-mismatch', 'digest-mismatch']);
    expect(pdfSig(tampered, pki.nssDir).output).toMatch(/Digest Mismatch/);
  });

  it('an appended unsigned change after the last signature is reported', async () => {
    const appended = new Uint8Array(Buffer.concat([Buffer.from(countersigned), Buffer.from('% sonradan eklendi\n')]));
    const result = await verifyFormPdf(appended);
    expect(result.ok).toBe(false);
    expect(result.problems.join(' ')).toContain('son imza belgenin tamamını kapsamıyor');
  });

  it('a certificate from an unknown CA is valid but not trusted', async () => {
    const stranger = await pkcs12Signer(readFileSync(pki.strangerP12), pki.passphrase);
    const bytes = await exported({ form: 'FRM.39.00.03', applicationId: fixture.ikdp }, stranger);
    expect(pdfSig(bytes, pki.nssDir).output).toMatch(
      /Signature is Valid\.[\s\S]*Certificate (issuer isn't Trusted|isn't Trusted|has Expired|is not trusted|Issuer is unknown)/i,
    );
    const result = await verifyFormPdf(bytes, { trustedRoots: [readFileSync(pki.caPem)] });
    expect(result.signatures[0]).toMatchObject({ integrity: 'valid', trust: 'untrusted' });
  });

  it('a wrong PKCS#12 passphrase is a Turkish error', async () => {
    await expect(pkcs12Signer(readFileSync(pki.preparerP12), 'yanlış')).rejects.toThrow(/PKCS#12 dosyası açılamadı/);
  });

  it('signing a form with no empty signature field left is refused', async () => {
    await expect(signPdf(countersigned, director, { signedAt: now() })).rejects.toThrow('boş imza alanı kalmadı');
  });
});
