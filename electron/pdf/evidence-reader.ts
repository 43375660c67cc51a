import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRawStream, PDFString } from 'pdf-lib';
import { parseQrPayload } from './qr-code';
import { EVIDENCE_FILE_NAME, QR_INFO_KEY, sha256Hex } from './render-form';
import { signatureFields } from './signing/pdf-signature';

/** What a form PDF says about its own data: the QR code's text and the attached evidence JSON. */
export type EvidenceReading = {
  readonly documentId: string | null;
  readonly qrSha256: string | null;
  readonly attachment: Uint8Array | null;
  readonly attachmentSha256: string | null;
  /** Signature field names by the byte range of the signature that fills them. */
  readonly signatureFields: readonly { readonly name: string; readonly byteRange: string }[];
};

function signatureFieldNames(doc: PDFDocument): { name: string; byteRange: string }[] {
  const names: { name: string; byteRange: string }[] = [];
  for (const field of signatureFields(doc)) {
    const value = field.dict.lookup(PDFName.of('V'));
    const range = value instanceof PDFDict ? value.lookup(PDFName.of('ByteRange')) : undefined;
    if (range instanceof PDFArray) names.push({ name: field.name, byteRange: range.asArray().map(String).join(' ') });
  }
  return names;
}

function text(value: unknown): string | null {
  return value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : null;
}

function embeddedFile(doc: PDFDocument, wanted: string): Uint8Array | null {
  const names = doc.catalog.lookup(PDFName.of('Names'));
  if (!(names instanceof PDFDict)) return null;
  const files = names.lookup(PDFName.of('EmbeddedFiles'));
  if (!(files instanceof PDFDict)) return null;
  const list = files.lookup(PDFName.of('Names'));
  if (!(list instanceof PDFArray)) return null;
  for (let index = 0; index + 1 < list.size(); index += 2) {
    if (text(list.lookup(index)) !== wanted) continue;
    const spec = list.lookup(index + 1);
    if (!(spec instanceof PDFDict)) return null;
    const ef = spec.lookup(PDFName.of('EF'));
    const stream = ef instanceof PDFDict ? ef.lookup(PDFName.of('F')) : undefined;
    return stream instanceof PDFRawStream ? decodePDFRawStream(stream).decode() : null;
  }
  return null;
}

export async function readEvidence(bytes: Uint8Array): Promise<EvidenceReading> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const info = doc.context.lookup(doc.context.trailerInfo.Info);
  const payload = info instanceof PDFDict ? text(info.lookup(PDFName.of(QR_INFO_KEY))) : null;
  const qr = payload === null ? null : parseQrPayload(payload);
  const attachment = embeddedFile(doc, EVIDENCE_FILE_NAME);
  return {
    documentId: qr?.documentId ?? null,
    qrSha256: qr?.dataSha256 ?? null,
    attachment,
    attachmentSha256: attachment === null ? null : sha256Hex(attachment),
    signatureFields: signatureFieldNames(doc),
  };
}
