import { createHash } from 'node:crypto';
import { sharedFontkit } from '../shared-fontkit';
import {
  beginText,
  endText,
  moveText,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFRef,
  PDFString,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  setFontAndSize,
  setLineWidth,
  setStrokingGrayscaleColor,
  showText,
  stroke,
  type PDFObject,
} from 'pdf-lib';
import { formFonts, PLAIN_TEXT_FEATURES } from '../fonts';
import { cadesDetachedSignature } from './cades-signature';
import { certificateNames } from './certificate-names';
import type { Signer } from './signer';

/**
 * Signs a PDF by an incremental update (ISO 32000-1 7.5.6): the original
 * bytes stay as they are and the signature, its visible appearance and the
 * filled signature field are appended with their own cross-reference
 * section. A second signature (the müdür's countersignature) is appended the
 * same way, so the first signature's byte range is untouched and it stays
 * valid. The signature fills an empty signature field the form left on its
 * signing block.
 *
 * pdf-lib rewrites whole files and cannot save incrementally, so the appended
 * section is written here by hand; pdf-lib still builds and serializes the
 * objects (and embeds the font subset of the appearance).
 */

/** Room reserved for the CMS (hex doubles it): signer and CA certificates with room for a longer chain. */
const SIGNATURE_SPACE = 16_384;
/** How pdf-lib writes the placeholder array; overwritten in place with the real ranges, padded with spaces. */
const BYTE_RANGE_PLACEHOLDER = '/ByteRange [ 0 9999999999 9999999999 9999999999 ]';

export class PdfSignatureError extends Error {
  override readonly name = 'PdfSignatureError';
}

export type SignOptions = {
  readonly signedAt: Date;
  /** Name of the empty signature field (`Hazirlayan`, `Onaylayan`); the first empty one when absent. */
  readonly field?: string;
  readonly reason?: string;
  readonly location?: string;
};

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}

/** Türkiye time (UTC+3 all year since 2016), as the visible block prints it. */
export function formatTurkeyTime(date: Date): string {
  const local = new Date(date.getTime() + 3 * 3600_000);
  return `${pad2(local.getUTCDate())}.${pad2(local.getUTCMonth() + 1)}.${local.getUTCFullYear()} ${pad2(local.getUTCHours())}:${pad2(local.getUTCMinutes())}:${pad2(local.getUTCSeconds())} (TSİ, UTC+3)`;
}

type SignatureField = { readonly ref: PDFRef; readonly dict: PDFDict; readonly name: string };

function fieldName(dict: PDFDict): string {
  const value = dict.lookup(PDFName.of('T'));
  return value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : '';
}

export function signatureFields(
  doc: PDFDocument,
): { readonly ref: PDFRef; readonly dict: PDFDict; readonly name: string; readonly signed: boolean }[] {
  const acroForm = doc.catalog.lookup(PDFName.of('AcroForm'));
  if (!(acroForm instanceof PDFDict)) return [];
  const fields = acroForm.lookup(PDFName.of('Fields'));
  if (!(fields instanceof PDFArray)) return [];
  const result = [];
  for (let index = 0; index < fields.size(); index += 1) {
    const ref = fields.get(index);
    if (!(ref instanceof PDFRef)) continue;
    const dict = doc.context.lookup(ref);
    if (!(dict instanceof PDFDict) || dict.get(PDFName.of('FT')) !== PDFName.of('Sig')) continue;
    result.push({ ref, dict, name: fieldName(dict), signed: dict.get(PDFName.of('V')) !== undefined });
  }
  return result;
}

function chooseField(doc: PDFDocument, wanted: string | undefined): SignatureField {
  const fields = signatureFields(doc);
  if (wanted !== undefined) {
    const field = fields.find((candidate) => candidate.name === wanted);
    if (field === undefined)
      throw new PdfSignatureError(`Belgede "${wanted}" adlı imza alanı yok (alanlar: ${fields.map((f) => f.name).join(', ') || 'yok'}).`);
    if (field.signed) throw new PdfSignatureError(`"${wanted}" imza alanı zaten imzalı.`);
    return field;
  }
  const empty = fields.find((candidate) => !candidate.signed);
  if (empty === undefined) throw new PdfSignatureError('Belgede imzalanacak boş imza alanı kalmadı.');
  return empty;
}

function rectSize(dict: PDFDict): { width: number; height: number } {
  const rect = dict.lookup(PDFName.of('Rect'));
  if (!(rect instanceof PDFArray) || rect.size() !== 4) throw new PdfSignatureError('İmza alanının konumu okunamadı.');
  const [x1, y1, x2, y2] = [0, 1, 2, 3].map((index) => {
    const value = rect.lookup(index);
    return value instanceof PDFNumber ? value.asNumber() : 0;
  }) as [number, number, number, number];
  return { width: Math.abs(x2 - x1), height: Math.abs(y2 - y1) };
}

/** The visible signature block: who signed and when, drawn into the field's rectangle. */
async function appearance(doc: PDFDocument, field: SignatureField, lines: readonly string[]): Promise<PDFRef> {
  doc.registerFontkit(sharedFontkit);
  const font = await doc.embedFont(formFonts().regular, { subset: true, customName: 'DejaVuSans-Imza', features: PLAIN_TEXT_FEATURES });
  const { width, height } = rectSize(field.dict);
  const widest = Math.max(...lines.map((line) => font.widthOfTextAtSize(line, 1)));
  const size = Math.min(7, (height - 6) / (lines.length * 1.25), (width - 8) / widest);
  const operators = [
    pushGraphicsState(),
    setLineWidth(0.6),
    setStrokingGrayscaleColor(0.3),
    rectangle(1, 1, width - 2, height - 2),
    stroke(),
    beginText(),
    setFontAndSize('F1', size),
    moveText(4, height - 3 - size),
  ];
  lines.forEach((line, index) => {
    if (index > 0) operators.push(moveText(0, -size * 1.25));
    operators.push(showText(font.encodeText(line)));
  });
  operators.push(endText(), popGraphicsState());
  const stream = doc.context.formXObject(operators, {
    BBox: [0, 0, width, height],
    Resources: { Font: { F1: font.ref } },
  });
  await doc.flush();
  return doc.context.register(stream);
}

function serializeObject(ref: PDFRef, object: PDFObject): Uint8Array {
  const head = new TextEncoder().encode(`${ref.objectNumber} ${ref.generationNumber} obj\n`);
  const tail = new TextEncoder().encode('\nendobj\n');
  const body = new Uint8Array(object.sizeInBytes());
  object.copyBytesInto(body, 0);
  const out = new Uint8Array(head.length + body.length + tail.length);
  out.set(head, 0);
  out.set(body, head.length);
  out.set(tail, head.length + body.length);
  return out;
}

function lastStartXref(bytes: Uint8Array): number {
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 1024))).toString('latin1');
  const matches = [...tail.matchAll(/startxref\s+(\d+)/g)];
  const last = matches.at(-1)?.[1];
  if (last === undefined) throw new PdfSignatureError('PDF dosyasının sonunda startxref yok.');
  return Number(last);
}

function xrefSection(entries: readonly { readonly objectNumber: number; readonly offset: number }[]): string {
  const sorted = [...entries].sort((a, b) => a.objectNumber - b.objectNumber);
  const lines = ['xref'];
  let index = 0;
  while (index < sorted.length) {
    let end = index;
    while (end + 1 < sorted.length && (sorted[end + 1]?.objectNumber ?? 0) === (sorted[end]?.objectNumber ?? 0) + 1) end += 1;
    lines.push(`${sorted[index]?.objectNumber ?? 0} ${end - index + 1}`);
    for (let entry = index; entry <= end; entry += 1) lines.push(`${String(sorted[entry]?.offset ?? 0).padStart(10, '0')} 00000 n `);
    index = end + 1;
  }
  return `${lines.join('\n')}\n`;
}

function trailerText(doc: PDFDocument, previous: number): string {
  const info = doc.context.trailerInfo;
  const parts = [`/Size ${doc.context.largestObjectNumber + 1}`, `/Prev ${previous}`];
  if (info.Root instanceof PDFRef) parts.push(`/Root ${info.Root.toString()}`);
  if (info.Info instanceof PDFRef) parts.push(`/Info ${info.Info.toString()}`);
  if (info.ID !== undefined) parts.push(`/ID ${info.ID.toString()}`);
  return `trailer\n<< ${parts.join(' ')} >>\n`;
}

function indexOfText(bytes: Uint8Array, text: string, from: number): number {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(text, from, 'latin1');
}

/** Sign `pdf` with `signer` into an empty signature field; returns the new file (the old bytes plus the update). */
export async function signPdf(pdf: Uint8Array, signer: Signer, options: SignOptions): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const field = chooseField(doc, options.field);
  const names = certificateNames(signer.certificate);
  const previousXref = lastStartXref(pdf);
  const firstNewObject = doc.context.largestObjectNumber + 1;

  const signature = doc.context.obj({
    Type: 'Sig',
    Filter: 'Adobe.PPKLite',
    SubFilter: 'ETSI.CAdES.detached',
    ByteRange: [0, 9999999999, 9999999999, 9999999999],
    Contents: PDFHexString.of('0'.repeat(SIGNATURE_SPACE * 2)),
    M: PDFString.fromDate(options.signedAt),
    Name: PDFHexString.fromText(names.commonName),
    ...(options.reason === undefined ? {} : { Reason: PDFHexString.fromText(options.reason) }),
    ...(options.location === undefined ? {} : { Location: PDFHexString.fromText(options.location) }),
  });
  const signatureRef = doc.context.register(signature);
  const appearanceRef = await appearance(doc, field, [
    'Elektronik olarak imzalanmıştır',
    `İmzalayan: ${names.commonName}`,
    `Zaman: ${formatTurkeyTime(options.signedAt)}`,
    `Sertifika: ${names.issuer.replace(/^.*CN=/, '')}`,
  ]);
  field.dict.set(PDFName.of('V'), signatureRef);
  field.dict.set(PDFName.of('AP'), doc.context.obj({ N: appearanceRef }));

  const changed: PDFRef[] = [field.ref];
  for (const [ref] of doc.context.enumerateIndirectObjects()) if (ref.objectNumber >= firstNewObject) changed.push(ref);

  const start = pdf[pdf.length - 1] === 0x0a ? pdf : Buffer.concat([pdf, Buffer.from('\n')]);
  const chunks: Uint8Array[] = [start];
  let offset = start.length;
  const entries: { objectNumber: number; offset: number }[] = [];
  for (const ref of changed) {
    const object = doc.context.lookup(ref);
    if (object === undefined) continue;
    const bytes = serializeObject(ref, object);
    entries.push({ objectNumber: ref.objectNumber, offset });
    chunks.push(bytes);
    offset += bytes.length;
  }
  const xrefOffset = offset;
  chunks.push(new TextEncoder().encode(`${xrefSection(entries)}${trailerText(doc, previousXref)}startxref\n${xrefOffset}\n%%EOF\n`));
  const out = new Uint8Array(Buffer.concat(chunks));

  // Fill the byte range, then sign everything but the /Contents hex string.
  const signatureOffset = entries.find((entry) => entry.objectNumber === signatureRef.objectNumber)?.offset ?? 0;
  const rangeAt = indexOfText(out, BYTE_RANGE_PLACEHOLDER, signatureOffset);
  const contentsAt = indexOfText(out, '/Contents <', signatureOffset);
  if (rangeAt < 0 || contentsAt < 0) throw new PdfSignatureError('İmza sözlüğü yazılamadı.');
  const contentsStart = contentsAt + '/Contents '.length;
  const contentsEnd = contentsStart + SIGNATURE_SPACE * 2 + 2;
  const range = `/ByteRange [ 0 ${contentsStart} ${contentsEnd} ${out.length - contentsEnd} ]`;
  out.set(new TextEncoder().encode(range.padEnd(BYTE_RANGE_PLACEHOLDER.length, ' ')), rangeAt);

  const digest = createHash('sha256').update(out.subarray(0, contentsStart)).update(out.subarray(contentsEnd)).digest();
  const cms = await cadesDetachedSignature(new Uint8Array(digest), signer);
  if (cms.length > SIGNATURE_SPACE) throw new PdfSignatureError('İmza, ayrılan yere sığmadı.');
  out.set(new TextEncoder().encode(Buffer.from(cms).toString('hex').toUpperCase()), contentsStart + 1);
  return out;
}
