import { createHash, verify as cryptoVerify, X509Certificate } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { arrayBufferOf, OID } from './cades-signature';
import { certificateNames } from './certificate-names';

/**
 * Checks every signature of a PDF from the raw bytes (so a damaged file is
 * still read as far as it can be): the byte range, the digest of the signed
 * bytes against the CMS messageDigest, the CMS signature with the signer's
 * certificate, the signing-certificate-v2 attribute, whether the range
 * reaches the end of the file, and — given trusted root certificates — the
 * chain to one of them, valid at the signing time.
 */

export type Integrity = 'valid' | 'digest-mismatch' | 'bad-signature' | 'unreadable';
export type Trust = 'trusted' | 'untrusted' | 'not-checked';

export type SignatureCheck = {
  readonly signer: string;
  readonly subject: string;
  readonly issuer: string;
  /** ISO timestamp from the signature dictionary's /M; `null` when absent. */
  readonly signedAt: string | null;
  readonly subFilter: string | null;
  readonly byteRange: readonly number[];
  readonly integrity: Integrity;
  readonly coversWholeDocument: boolean;
  readonly trust: Trust;
  /** Turkish sentences, empty when the signature is fine. */
  readonly problems: readonly string[];
};

type RawSignature = {
  readonly byteRange: number[];
  readonly contents: Uint8Array | null;
  readonly signedAt: string | null;
  readonly subFilter: string | null;
};

/** `D:20260331110500Z` / `D:20260331140500+03'00'` → ISO. */
export function pdfDateToIso(value: string): string | null {
  const match = /^D:(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(Z|([+-])(\d{2})'?(\d{2})'?)?/.exec(value);
  if (match === null) return null;
  const [, year, month, day, hour, minute, second, zone, sign, zoneHour, zoneMinute] = match;
  const offset = zone === undefined || zone === 'Z' ? 'Z' : `${sign ?? '+'}${zoneHour ?? '00'}:${zoneMinute ?? '00'}`;
  const date = new Date(`${year}-${month}-${day}T${hour}:${minute}:${second}${offset}`);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** Every signature dictionary in the file, in file order (= signing order for incremental updates). */
function rawSignatures(bytes: Uint8Array): RawSignature[] {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const found: RawSignature[] = [];
  for (const match of text.matchAll(/\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g)) {
    const byteRange = match.slice(1, 5).map(Number);
    const dictStart = text.lastIndexOf('obj', match.index);
    const dictEnd = text.indexOf('endobj', match.index);
    const dict = text.slice(dictStart < 0 ? match.index : dictStart, dictEnd < 0 ? text.length : dictEnd);
    const [start = 0, length = 0, second = 0] = byteRange;
    let contents: Uint8Array | null = null;
    if (second > start + length && text[start + length] === '<' && text[second - 1] === '>') {
      const hex = text.slice(start + length + 1, second - 1);
      if (/^[0-9A-Fa-f]*$/.test(hex)) contents = new Uint8Array(Buffer.from(hex, 'hex'));
    }
    const time = /\/M\s*\((D:[^)]*)\)/.exec(dict)?.[1];
    found.push({
      byteRange,
      contents,
      signedAt: time === undefined ? null : pdfDateToIso(time),
      subFilter: /\/SubFilter\s*\/([A-Za-z0-9.#_-]+)/.exec(dict)?.[1] ?? null,
    });
  }
  return found;
}

function signedBytesDigest(bytes: Uint8Array, range: readonly number[]): Buffer | null {
  const [start = -1, length = -1, second = -1, secondLength = -1] = range;
  if (start !== 0 || length <= 0 || second <= length || second + secondLength > bytes.length) return null;
  return createHash('sha256')
    .update(bytes.subarray(start, length))
    .update(bytes.subarray(second, second + secondLength))
    .digest();
}

function attributeValue(signerInfo: pkijs.SignerInfo, type: string): unknown {
  return signerInfo.signedAttrs?.attributes.find((attribute) => attribute.type === type)?.values[0];
}

function octets(value: unknown): Buffer | null {
  return value instanceof asn1js.OctetString ? Buffer.from(value.valueBlock.valueHexView) : null;
}

function derOf(certificate: pkijs.Certificate): Uint8Array {
  return new Uint8Array(certificate.toSchema(false).toBER(false));
}

function signerCertificate(signedData: pkijs.SignedData, signerInfo: pkijs.SignerInfo): pkijs.Certificate | undefined {
  const sid = signerInfo.sid as unknown;
  if (!(sid instanceof pkijs.IssuerAndSerialNumber)) return undefined;
  return signedData.certificates?.find(
    (candidate): candidate is pkijs.Certificate =>
      candidate instanceof pkijs.Certificate && candidate.issuer.isEqual(sid.issuer) && candidate.serialNumber.isEqual(sid.serialNumber),
  );
}

/** SigningCertificateV2: the first ESSCertIDv2's hash must be SHA-256 of the signer's certificate (default algorithm). */
function signingCertificateMatches(signerInfo: pkijs.SignerInfo, certificateDer: Uint8Array): boolean {
  const value = attributeValue(signerInfo, OID.signingCertificateV2);
  if (!(value instanceof asn1js.Sequence)) return false;
  const certs = value.valueBlock.value[0];
  const first = certs instanceof asn1js.Sequence ? certs.valueBlock.value[0] : undefined;
  if (!(first instanceof asn1js.Sequence)) return false;
  const hash = first.valueBlock.value.find((part) => part instanceof asn1js.OctetString);
  const expected = createHash('sha256').update(certificateDer).digest();
  return octets(hash)?.equals(expected) === true;
}

function chainIsTrusted(
  signer: X509Certificate,
  intermediates: readonly X509Certificate[],
  roots: readonly X509Certificate[],
  at: Date,
): boolean {
  let current = signer;
  for (let depth = 0; depth < 8; depth += 1) {
    const inValidity = (certificate: X509Certificate) => new Date(certificate.validFrom) <= at && at <= new Date(certificate.validTo);
    if (!inValidity(current)) return false;
    const root = roots.find((candidate) => current.checkIssued(candidate) && current.verify(candidate.publicKey));
    if (root !== undefined) return inValidity(root);
    const next = intermediates.find(
      (candidate) => candidate !== current && current.checkIssued(candidate) && current.verify(candidate.publicKey),
    );
    if (next === undefined) return false;
    current = next;
  }
  return false;
}

function checkOne(bytes: Uint8Array, raw: RawSignature, roots: readonly X509Certificate[] | null): SignatureCheck {
  const base = {
    signedAt: raw.signedAt,
    subFilter: raw.subFilter,
    byteRange: raw.byteRange,
    coversWholeDocument: (raw.byteRange[2] ?? 0) + (raw.byteRange[3] ?? 0) === bytes.length,
  };
  const unreadable = (problem: string): SignatureCheck => ({
    ...base,
    signer: '?',
    subject: '',
    issuer: '',
    integrity: 'unreadable',
    trust: 'not-checked',
    problems: [problem],
  });
  const digest = signedBytesDigest(bytes, raw.byteRange);
  if (digest === null || raw.contents === null) return unreadable('İmzanın bayt aralığı dosyayla uyuşmuyor.');
  let signedData: pkijs.SignedData;
  try {
    const parsed = asn1js.fromBER(arrayBufferOf(raw.contents));
    const info = new pkijs.ContentInfo({ schema: parsed.result });
    if (info.contentType !== OID.signedData) return unreadable('İmza bir CMS SignedData değil.');
    signedData = new pkijs.SignedData({ schema: info.content as asn1js.AsnType });
  } catch {
    return unreadable('İmza (CMS) okunamadı.');
  }
  const signerInfo = signedData.signerInfos[0];
  if (signerInfo === undefined) return unreadable('İmzada imzacı bilgisi yok.');
  const certificate = signerCertificate(signedData, signerInfo);
  if (certificate === undefined) return unreadable('İmzacının sertifikası imzada yok.');
  const certificateDer = derOf(certificate);
  const names = certificateNames(certificateDer);
  const problems: string[] = [];

  let integrity: Integrity = 'valid';
  const messageDigest = octets(attributeValue(signerInfo, OID.messageDigest));
  const encodedAttributes = signerInfo.signedAttrs?.encodedValue;
  if (messageDigest === null || encodedAttributes === undefined || !messageDigest.equals(digest)) {
    integrity = 'digest-mismatch';
    problems.push('Belge imzadan sonra değiştirilmiş: imzalanan baytların özeti imzadaki özetle uyuşmuyor.');
  } else {
    const signedAttributes = new Uint8Array(encodedAttributes);
    signedAttributes[0] = 0x31; // verified as the universal SET OF, not the [0] IMPLICIT tag it is stored with (RFC 5652 5.4)
    const x509 = new X509Certificate(certificateDer);
    const ok = cryptoVerify('sha256', signedAttributes, x509.publicKey, Buffer.from(signerInfo.signature.valueBlock.valueHexView));
    if (!ok) {
      integrity = 'bad-signature';
      problems.push('İmza değeri imzacının sertifikasıyla doğrulanamadı.');
    }
  }
  if (!signingCertificateMatches(signerInfo, certificateDer))
    problems.push('signing-certificate-v2 özniteliği yok ya da sertifikayla uyuşmuyor.');
  if (raw.subFilter !== 'ETSI.CAdES.detached') problems.push(`İmza türü PAdES değil (${raw.subFilter ?? 'yok'}).`);

  let trust: Trust = 'not-checked';
  if (roots !== null) {
    const at = raw.signedAt === null ? new Date() : new Date(raw.signedAt);
    const intermediates = (signedData.certificates ?? [])
      .filter((candidate): candidate is pkijs.Certificate => candidate instanceof pkijs.Certificate)
      .map((candidate) => new X509Certificate(derOf(candidate)));
    trust = chainIsTrusted(new X509Certificate(certificateDer), intermediates, roots, at) ? 'trusted' : 'untrusted';
    if (trust === 'untrusted')
      problems.push('İmzacının sertifikası güvenilen bir kök sertifikaya zincirlenmiyor (ya da imza anında geçerli değil).');
  }
  return { ...base, signer: names.commonName, subject: names.subject, issuer: names.issuer, integrity, trust, problems };
}

/** Every signature of `bytes` with its checks; `roots` (DER or PEM) turns the trust check on. */
export function verifySignatures(bytes: Uint8Array, roots?: readonly Uint8Array[]): SignatureCheck[] {
  const trusted = roots === undefined ? null : roots.map((root) => new X509Certificate(root));
  return rawSignatures(bytes).map((raw) => checkOne(bytes, raw, trusted));
}
