import { readEvidence, type EvidenceReading } from './evidence-reader';
import { verifySignatures, type SignatureCheck } from './signing/verify-signatures';

/**
 * The full check of a form PDF, as `verify-pdf` and the forms tab show it:
 * every signature, whether the last one covers the whole file (an earlier one
 * covers its own revision, later revisions being the countersignatures), and
 * whether the attached evidence matches the hash in the QR code.
 */
export type NamedSignatureCheck = SignatureCheck & { readonly field: string | null };

export type FormVerification = {
  readonly signatures: readonly NamedSignatureCheck[];
  readonly evidence: EvidenceReading | null;
  readonly evidenceMatches: boolean;
  /** Problems of the whole document (Turkish); each signature lists its own too. */
  readonly problems: readonly string[];
  readonly ok: boolean;
};

export async function verifyFormPdf(
  bytes: Uint8Array,
  options: { readonly trustedRoots?: readonly Uint8Array[] } = {},
): Promise<FormVerification> {
  const signatures = verifySignatures(bytes, options.trustedRoots);
  const problems: string[] = [];
  if (signatures.length === 0) problems.push('Belgede imza yok.');
  const last = signatures.at(-1);
  if (last !== undefined && !last.coversWholeDocument)
    problems.push('Son imzadan sonra belgeye imzasız ekleme yapılmış: son imza belgenin tamamını kapsamıyor.');
  let evidence: EvidenceReading | null = null;
  try {
    evidence = await readEvidence(bytes);
  } catch {
    problems.push('PDF yapısı okunamadı: ekli veri ve QR kodu denetlenemedi.');
  }
  let evidenceMatches = false;
  if (evidence !== null) {
    if (evidence.qrSha256 === null) problems.push('Belgede KOBİ Dosya doğrulama kodu (QR) bilgisi yok.');
    else if (evidence.attachment === null) problems.push('Belgede ekli kanıt verisi (kanit-verisi.json) yok.');
    else if (evidence.attachmentSha256 !== evidence.qrSha256) problems.push('Ekli kanıt verisinin özeti QR koddaki özetle uyuşmuyor.');
    else evidenceMatches = true;
  }
  const ok = problems.length === 0 && signatures.every((signature) => signature.problems.length === 0);
  const named = signatures.map((signature) => ({
    ...signature,
    field: evidence?.signatureFields.find((field) => field.byteRange === signature.byteRange.join(' '))?.name ?? null,
  }));
  return { signatures: named, evidence, evidenceMatches, problems, ok };
}
