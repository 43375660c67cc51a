import { createHash, createPrivateKey, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import type { FeedItem } from './feed-protocol';

/**
 * Ed25519 signatures of feed items (node:crypto; no library needed). What is
 * signed is `kobi-feed/1\n` followed by the canonical JSON of the item's
 * fields other than `signature`; the payload inside is itself canonical JSON
 * text, so the signed bytes are fixed by the item alone.
 */
const DOMAIN = 'kobi-feed/1\n';

/**
 * Canonical JSON (keys sorted at every level, no whitespace). Hand-written:
 * the values here are JSON data (strings, safe integers, booleans, null,
 * arrays, objects; decimals travel as strings), for which sorted keys plus
 * JSON.stringify's escaping is the whole canonical form, and a library for
 * RFC 8785 would add number formatting rules these payloads never need.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((entry) => canonicalJson(entry)).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record)
      .filter((key) => record[key] !== undefined)
      .sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`).join(',')}}`;
  }
  if (typeof value === 'number' && !Number.isSafeInteger(value)) throw new Error(`Kanonik JSON yalnızca tam sayı taşır: ${value}`);
  return JSON.stringify(value);
}

export function signedFeedText(item: Omit<FeedItem, 'signature'>): string {
  return `${DOMAIN}${canonicalJson({
    id: item.id,
    issuedAt: item.issuedAt,
    keyId: item.keyId,
    kind: item.kind,
    payload: item.payload,
    sequence: item.sequence,
  })}`;
}

/** The key id of a public key: the first 16 hex digits of the SHA-256 of its SPKI DER. */
export function feedKeyIdOf(publicKey: KeyObject): string {
  return createHash('sha256')
    .update(publicKey.export({ type: 'spki', format: 'der' }))
    .digest('hex')
    .slice(0, 16);
}

export type PinnedKey = { readonly keyId: string; readonly publicKey: KeyObject; readonly pem: string };

/** Every Ed25519 public key in a PEM text (one or more `PUBLIC KEY` blocks). */
export function pinnedKeysFromPem(text: string): PinnedKey[] {
  const blocks = text.match(/-----BEGIN PUBLIC KEY-----[\s\S]+?-----END PUBLIC KEY-----/g) ?? [];
  return blocks.map((pem) => {
    const publicKey = createPublicKey(pem);
    if (publicKey.asymmetricKeyType !== 'ed25519') throw new Error('Merkez yayın anahtarı Ed25519 olmalı.');
    return { keyId: feedKeyIdOf(publicKey), publicKey, pem: publicKey.export({ type: 'spki', format: 'pem' }).toString() };
  });
}

export type FeedSigner = { readonly keyId: string; readonly privateKey: KeyObject };

/** A signer from an Ed25519 private key in PEM (`openssl genpkey -algorithm ed25519`). */
export function feedSignerFromPem(pem: string | Buffer): FeedSigner {
  const privateKey = createPrivateKey(pem);
  if (privateKey.asymmetricKeyType !== 'ed25519') throw new Error('Yayın anahtarı Ed25519 olmalı.');
  return { keyId: feedKeyIdOf(createPublicKey(privateKey)), privateKey };
}

/** Sign an item: `payload` is canonicalised first, so equal payloads sign equal bytes. */
export function signFeedItem(
  signer: FeedSigner,
  fields: { readonly id: string; readonly sequence: number; readonly kind: string; readonly issuedAt: string; readonly payload: unknown },
): FeedItem {
  const unsigned = { ...fields, keyId: signer.keyId, payload: canonicalJson(fields.payload) };
  const signature = sign(null, Buffer.from(signedFeedText(unsigned), 'utf8'), signer.privateKey).toString('base64');
  return { ...unsigned, signature };
}

export type SignatureProblem = 'unsigned' | 'unknown-key' | 'bad-signature';

/** Why an item's signature does not hold against the trusted keys, or `null` when it does. */
export function signatureProblem(item: FeedItem, trusted: ReadonlyMap<string, KeyObject>): SignatureProblem | null {
  if (item.signature === null || item.signature === '') return 'unsigned';
  const key = trusted.get(item.keyId);
  if (key === undefined) return 'unknown-key';
  const signature = Buffer.from(item.signature, 'base64');
  if (signature.length !== 64) return 'bad-signature';
  return verify(null, Buffer.from(signedFeedText(item), 'utf8'), key, signature) ? null : 'bad-signature';
}
