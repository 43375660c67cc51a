import { formatTurkeyTime } from '../../pdf/signing/pdf-signature';
import type { NamedSignatureCheck } from '../../pdf/verify-form';
import { verifyFormPdf } from '../../pdf/verify-form';
import type { CommandResult } from '../command';
import { parseCommandArgs } from '../database-options';
import { readInputFile } from '../form-command-options';

const USAGE = 'verify-pdf <F.pdf> [--ca <kök-sertifika.pem>]';

const INTEGRITY_TR = {
  valid: 'GEÇERLİ (imzalanan baytların özeti ve imza değeri doğru)',
  'digest-mismatch': 'BOZUK (özet uyuşmuyor: belge imzadan sonra değiştirilmiş)',
  'bad-signature': 'BOZUK (imza değeri sertifikayla doğrulanamadı)',
  unreadable: 'OKUNAMADI',
} as const;

const TRUST_TR = {
  trusted: 'güvenilen kök sertifikaya zincirleniyor',
  untrusted: 'GÜVENİLMİYOR (verilen kök sertifikaya zincirlenmiyor)',
  'not-checked': 'denetlenmedi (--ca ile kök sertifika verin)',
} as const;

/** PEM bundle → DER certificates. */
function pemCertificates(text: string): Uint8Array[] {
  return [...text.matchAll(/-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----/g)].map(
    (match) => new Uint8Array(Buffer.from((match[1] ?? '').replace(/\s+/g, ''), 'base64')),
  );
}

function coverage(signature: NamedSignatureCheck, index: number, all: readonly NamedSignatureCheck[]): string {
  if (signature.coversWholeDocument) return 'belgenin tamamı';
  const later = all.slice(index + 1).map((_, offset) => `${index + offset + 2}. imza`);
  const revisionLength = (signature.byteRange[2] ?? 0) + (signature.byteRange[3] ?? 0);
  return `belgenin ilk ${revisionLength} baytı (imzalandığı sürüm); sonraki eklemeler: ${later.length === 0 ? 'imzasız' : later.join(', ')}`;
}

/**
 * `verify-pdf F`: each signature (signer, time, integrity, whether it covers
 * the whole document, with `--ca` the trust chain) and whether the attached
 * evidence matches the QR code's hash. Exit status 0 only when nothing is wrong.
 */
export async function verifyPdfCommand(args: readonly string[]): Promise<CommandResult> {
  const parsed = parseCommandArgs(USAGE, args, ['ca'], { min: 1, max: 1 });
  const path = parsed.positionals[0] ?? '';
  const bytes = readInputFile(path, 'PDF dosyası');
  const roots =
    parsed.options.ca === undefined
      ? undefined
      : pemCertificates(Buffer.from(readInputFile(parsed.options.ca, 'Kök sertifika dosyası')).toString('utf8'));
  const result = await verifyFormPdf(bytes, roots === undefined ? {} : { trustedRoots: roots });
  const lines = [`Belge: ${path}`];
  if (result.evidence?.documentId != null) lines.push(`Belge no: ${result.evidence.documentId}`);
  result.signatures.forEach((signature, index) => {
    lines.push(
      `İmza ${index + 1}${signature.field === null ? '' : ` (${signature.field})`}: ${signature.signer}`,
      `  Zaman: ${signature.signedAt === null ? 'yok' : formatTurkeyTime(new Date(signature.signedAt))}`,
      `  Bütünlük: ${INTEGRITY_TR[signature.integrity]}`,
      `  Kapsam: ${coverage(signature, index, result.signatures)}`,
      `  Güven: ${TRUST_TR[signature.trust]}`,
      `  Sertifika: ${signature.subject}; veren: ${signature.issuer}`,
      ...signature.problems.map((problem) => `  Sorun: ${problem}`),
    );
  });
  const evidence = result.evidence;
  if (evidence !== null) {
    lines.push(
      `Ekli veri: ${evidence.attachmentSha256 === null ? 'yok' : `kanit-verisi.json, SHA-256 ${evidence.attachmentSha256}`}`,
      `QR kod: ${evidence.qrSha256 === null ? 'yok' : `SHA-256 ${evidence.qrSha256}`} — ${result.evidenceMatches ? 'ekli veriyle AYNI' : 'ekli veriyle UYUŞMUYOR'}`,
    );
  }
  lines.push(...result.problems.map((problem) => `Sorun: ${problem}`));
  lines.push(`Sonuç: ${result.ok ? 'GEÇERLİ' : 'SORUNLU'}`);
  return { output: lines.join('\n'), exitCode: result.ok ? 0 : 1 };
}
