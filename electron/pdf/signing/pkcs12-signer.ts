import { createPrivateKey, createPublicKey, sign as cryptoSign, type KeyObject } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import type { Signer } from './signer';

/**
 * A signer from a PKCS#12 file (.p12/.pfx): the private key, its certificate
 * and the CA certificates in the file. Read with pkijs (PBES2 with AES and
 * PBKDF2, what current openssl and Windows write); older RC2/3DES files are
 * refused with a Turkish message (re-export them with a current tool).
 * pkijs takes Node's global Web Crypto (`globalThis.crypto`) as its engine by itself.
 */

const KEY_BAG = '1.2.840.113549.1.12.10.1.2';
const CERT_BAG = '1.2.840.113549.1.12.10.1.3';

export class SignerError extends Error {
  override readonly name = 'SignerError';
}

function arrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

function keyIdentifierOf(certificate: pkijs.Certificate): string {
  return Buffer.from(certificate.subjectPublicKeyInfo.subjectPublicKey.valueBlock.valueHexView).toString('hex');
}

type StoredCertificate = { readonly der: Uint8Array; readonly parsed: pkijs.Certificate };
type Bags = { keys: ArrayBuffer[]; certificates: StoredCertificate[] };

async function collectBags(contents: pkijs.SafeContents, password: ArrayBuffer, bags: Bags): Promise<void> {
  for (const bag of contents.safeBags) {
    if (bag.bagId === KEY_BAG && bag.bagValue instanceof pkijs.PKCS8ShroudedKeyBag) {
      // pkijs declares the decryption protected, yet its own PKCS#12 examples call it: it is the only way to open the bag.
      const shrouded = bag.bagValue as unknown as { parseInternalValues(parameters: { password: ArrayBuffer }): Promise<void> };
      await shrouded.parseInternalValues({ password });
      const info = bag.bagValue.parsedValue;
      if (info !== undefined) bags.keys.push(info.toSchema().toBER(false));
    } else if (bag.bagId === CERT_BAG && bag.bagValue instanceof pkijs.CertBag) {
      // The certificate's own DER bytes, never a re-encoding: the CMS must name its issuer byte for byte.
      const value: unknown = bag.bagValue.certValue;
      if (!(value instanceof asn1js.OctetString)) continue;
      const der = new Uint8Array(value.valueBlock.valueHexView);
      bags.certificates.push({ der, parsed: pkijs.Certificate.fromBER(arrayBuffer(der)) });
    }
  }
}

async function readPkcs12(file: Uint8Array, passphrase: string): Promise<Bags> {
  const password = arrayBuffer(new TextEncoder().encode(passphrase));
  const pfx = pkijs.PFX.fromBER(arrayBuffer(file));
  await pfx.parseInternalValues({ password, checkIntegrity: true });
  const safe = pfx.parsedValue?.authenticatedSafe;
  if (safe === undefined) throw new SignerError('PKCS#12 dosyasında içerik yok.');
  await safe.parseInternalValues({ safeContents: safe.safeContents.map(() => ({ password })) });
  const bags: Bags = { keys: [], certificates: [] };
  // pkijs types the parsed authenticated safe as `any`; each entry holds one SafeContents.
  const parsed = safe.parsedValue as { safeContents?: readonly { value: pkijs.SafeContents }[] } | undefined;
  for (const contents of parsed?.safeContents ?? []) await collectBags(contents.value, password, bags);
  return bags;
}

function publicKeyHex(key: KeyObject): string {
  const spki = key.export({ type: 'spki', format: 'der' });
  const parsed = pkijs.PublicKeyInfo.fromBER(arrayBuffer(spki));
  return Buffer.from(parsed.subjectPublicKey.valueBlock.valueHexView).toString('hex');
}

export async function pkcs12Signer(file: Uint8Array, passphrase: string): Promise<Signer> {
  let bags: Bags;
  try {
    bags = await readPkcs12(file, passphrase);
  } catch (error) {
    if (error instanceof SignerError) throw error;
    throw new SignerError(
      `PKCS#12 dosyası açılamadı: parola yanlış ya da dosya desteklenmeyen (eski RC2/3DES) şifrelemeyle yazılmış (${error instanceof Error ? error.message : String(error)}).`,
    );
  }
  const keyDer = bags.keys[0];
  if (keyDer === undefined) throw new SignerError('PKCS#12 dosyasında özel anahtar yok.');
  const privateKey = createPrivateKey({ key: Buffer.from(keyDer), format: 'der', type: 'pkcs8' });
  const ownKey = publicKeyHex(createPublicKey(privateKey));
  const own = bags.certificates.find((certificate) => keyIdentifierOf(certificate.parsed) === ownKey);
  if (own === undefined) throw new SignerError('PKCS#12 dosyasında anahtarın sertifikası yok.');
  const algorithm = privateKey.asymmetricKeyType === 'ec' ? 'ecdsa-sha256' : 'rsa-pkcs1-sha256';
  if (privateKey.asymmetricKeyType !== 'rsa' && privateKey.asymmetricKeyType !== 'ec')
    throw new SignerError(`Desteklenmeyen anahtar türü: ${privateKey.asymmetricKeyType ?? 'bilinmiyor'} (RSA ya da EC gerekir).`);
  return {
    certificate: own.der,
    chain: bags.certificates.filter((certificate) => certificate !== own).map((certificate) => certificate.der),
    algorithm,
    sign: (data) => Promise.resolve(new Uint8Array(cryptoSign('sha256', data, privateKey))),
  };
}
