import * as pkijs from 'pkijs';
import { arrayBufferOf } from './cades-signature';

/** The readable names of a certificate (asn1js decodes UTF8String, BMPString and PrintableString alike). */
export type CertificateNames = {
  readonly commonName: string;
  readonly subject: string;
  readonly issuer: string;
  readonly serialHex: string;
};

const SHORT_NAMES: Readonly<Record<string, string>> = {
  '2.5.4.3': 'CN',
  '2.5.4.6': 'C',
  '2.5.4.7': 'L',
  '2.5.4.8': 'ST',
  '2.5.4.10': 'O',
  '2.5.4.11': 'OU',
  '2.5.4.5': 'serialNumber',
};

function valueText(value: unknown): string {
  if (typeof value === 'object' && value !== null && 'valueBlock' in value) {
    const block = (value as { valueBlock: { value?: unknown } }).valueBlock;
    if (typeof block.value === 'string') return block.value;
  }
  return '';
}

function nameText(name: pkijs.RelativeDistinguishedNames): string {
  return name.typesAndValues.map((entry) => `${SHORT_NAMES[entry.type] ?? entry.type}=${valueText(entry.value)}`).join(', ');
}

export function certificateNames(der: Uint8Array): CertificateNames {
  const certificate = pkijs.Certificate.fromBER(arrayBufferOf(der));
  const commonName = certificate.subject.typesAndValues.find((entry) => entry.type === '2.5.4.3');
  return {
    commonName: commonName === undefined ? nameText(certificate.subject) : valueText(commonName.value),
    subject: nameText(certificate.subject),
    issuer: nameText(certificate.issuer),
    serialHex: Buffer.from(certificate.serialNumber.valueBlock.valueHexView).toString('hex'),
  };
}
