import { createHash } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import type { Signer } from './signer';

/**
 * The CMS of a PAdES baseline-B signature (ETSI EN 319 142-1, SubFilter
 * ETSI.CAdES.detached): SignedData without content, SHA-256, signed
 * attributes contentType, messageDigest and signingCertificateV2 (no
 * signingTime: PAdES puts the time in the signature dictionary's /M).
 *
 * Built with pkijs/asn1js, never node-forge (which re-encodes names and
 * breaks UTF-8 ones): the issuer in the SignerIdentifier and in
 * signingCertificateV2 is copied byte for byte from the certificate, and the
 * certificates are embedded as their original DER.
 */

export const OID = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
  sha256: '2.16.840.1.101.3.4.2.1',
  rsaEncryption: '1.2.840.113549.1.1.1',
  ecdsaWithSha256: '1.2.840.10045.4.3.2',
} as const;

export function arrayBufferOf(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

function sha256(bytes: Uint8Array): Uint8Array {
  return new Uint8Array(createHash('sha256').update(bytes).digest());
}

/** The certificate's issuer Name exactly as encoded in the certificate. */
function issuerName(certificate: pkijs.Certificate): asn1js.AsnType {
  return certificate.issuer.toSchema();
}

/** SigningCertificateV2 ::= SEQUENCE { certs SEQUENCE OF ESSCertIDv2 } with ESSCertIDv2 { certHash (SHA-256, the default), issuerSerial }. */
function signingCertificateV2(certificateDer: Uint8Array, certificate: pkijs.Certificate): asn1js.Sequence {
  const directoryName = new asn1js.Constructed({ idBlock: { tagClass: 3, tagNumber: 4 }, value: [issuerName(certificate)] });
  const issuerSerial = new asn1js.Sequence({
    value: [
      new asn1js.Sequence({ value: [directoryName] }),
      new asn1js.Integer({ valueHex: certificate.serialNumber.valueBlock.valueHexView }),
    ],
  });
  const essCertIdV2 = new asn1js.Sequence({
    value: [new asn1js.OctetString({ valueHex: arrayBufferOf(sha256(certificateDer)) }), issuerSerial],
  });
  return new asn1js.Sequence({ value: [new asn1js.Sequence({ value: [essCertIdV2] })] });
}

/** DER orders the members of a SET OF by their encodings (X.690 11.6); verifiers re-encode the signed attributes that way. */
function compareEncodings(a: Uint8Array, b: Uint8Array): number {
  const length = Math.max(a.length, b.length);
  for (let index = 0; index < length; index += 1) {
    const difference = (a[index] ?? 0) - (b[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

function sortedAttributes(attributes: readonly pkijs.Attribute[]): pkijs.Attribute[] {
  return attributes
    .map((attribute) => ({ attribute, der: new Uint8Array(attribute.toSchema().toBER(false)) }))
    .sort((a, b) => compareEncodings(a.der, b.der))
    .map((entry) => entry.attribute);
}

/** The DER-encoded CMS ContentInfo signing `digest` (SHA-256 of the PDF's byte ranges). */
export async function cadesDetachedSignature(digest: Uint8Array, signer: Signer): Promise<Uint8Array> {
  const certificate = pkijs.Certificate.fromBER(arrayBufferOf(signer.certificate));
  const attributes = sortedAttributes([
    new pkijs.Attribute({ type: OID.contentType, values: [new asn1js.ObjectIdentifier({ value: OID.data })] }),
    new pkijs.Attribute({ type: OID.messageDigest, values: [new asn1js.OctetString({ valueHex: arrayBufferOf(digest) })] }),
    new pkijs.Attribute({ type: OID.signingCertificateV2, values: [signingCertificateV2(signer.certificate, certificate)] }),
  ]);
  const toBeSigned = new asn1js.Set({ value: attributes.map((attribute) => attribute.toSchema()) }).toBER(false);
  const signature = await signer.sign(new Uint8Array(toBeSigned));

  const signerInfo = new pkijs.SignerInfo({
    version: 1,
    sid: new pkijs.IssuerAndSerialNumber({ issuer: certificate.issuer, serialNumber: certificate.serialNumber }),
    digestAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: OID.sha256 }),
    signedAttrs: new pkijs.SignedAndUnsignedAttributes({ type: 0, attributes }),
    signatureAlgorithm:
      signer.algorithm === 'ecdsa-sha256'
        ? new pkijs.AlgorithmIdentifier({ algorithmId: OID.ecdsaWithSha256 })
        : new pkijs.AlgorithmIdentifier({ algorithmId: OID.rsaEncryption, algorithmParams: new asn1js.Null() }),
    signature: new asn1js.OctetString({ valueHex: arrayBufferOf(signature) }),
  });
  const signedData = new pkijs.SignedData({
    version: 1,
    digestAlgorithms: [new pkijs.AlgorithmIdentifier({ algorithmId: OID.sha256 })],
    encapContentInfo: new pkijs.EncapsulatedContentInfo({ eContentType: OID.data }),
    certificates: [certificate, ...signer.chain.map((der) => pkijs.Certificate.fromBER(arrayBufferOf(der)))],
    signerInfos: [signerInfo],
  });
  const contentInfo = new pkijs.ContentInfo({ contentType: OID.signedData, content: signedData.toSchema(false) });
  return new Uint8Array(contentInfo.toSchema().toBER(false));
}
