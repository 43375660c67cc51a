import { readFileSync } from 'node:fs';
import { DEFAULT_REMOVAL_SHARE, type FeedPullOptions } from './feed-client';
import { pinnedKeysFromPem } from './feed-signature';

/**
 * Where this PC sends its changes (issue 17 item 2): the headquarters address,
 * the branch's token and, optionally, the pinned keys of the signed reference
 * feed. The token never lives in the case-file database: it comes from a file
 * (`KOBI_DOSYA_HQ_TOKEN_FILE`, the CLI's `--token-file`) or from
 * `KOBI_DOSYA_HQ_TOKEN`; the file wins, like the database key.
 */
export const HQ_URL_ENV = 'KOBI_DOSYA_HQ_URL';
export const HQ_TOKEN_ENV = 'KOBI_DOSYA_HQ_TOKEN';
export const HQ_TOKEN_FILE_ENV = 'KOBI_DOSYA_HQ_TOKEN_FILE';
export const HQ_FEED_KEYS_ENV = 'KOBI_DOSYA_HQ_FEED_KEYS';

export type BranchSyncSettings = { readonly hqUrl: string; readonly token: string; readonly feed: FeedPullOptions | null };

export type BranchSettingsResult =
  { readonly ok: true; readonly settings: BranchSyncSettings | null } | { readonly ok: false; readonly message: string };

/** The origin of an http(s) address, or the Turkish reason it is not one. */
export function hqOrigin(
  text: string,
  name = 'Merkez adresi',
): { readonly ok: true; readonly origin: string } | { readonly ok: false; readonly message: string } {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, message: `${name} geçerli bir adres değil: ${text}` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return { ok: false, message: `${name} http:// ya da https:// ile başlamalı: ${text}` };
  return { ok: true, origin: url.origin };
}

/** The token from its file (trimmed) or the environment; a Turkish reason when neither holds one. */
export function branchToken(
  tokenFile: string | null,
  env: NodeJS.ProcessEnv,
  fileOption = `${HQ_TOKEN_FILE_ENV} ile anahtar dosyasını`,
): { readonly ok: true; readonly token: string } | { readonly ok: false; readonly message: string } {
  if (tokenFile !== null) {
    let text: string;
    try {
      text = readFileSync(tokenFile, 'utf8').trim();
    } catch {
      return { ok: false, message: `Merkez anahtarı dosyası okunamadı: ${tokenFile}` };
    }
    return text === '' ? { ok: false, message: `Merkez anahtarı dosyası boş: ${tokenFile}` } : { ok: true, token: text };
  }
  const token = (env[HQ_TOKEN_ENV] ?? '').trim();
  return token === ''
    ? { ok: false, message: `Merkez anahtarı yok: ${HQ_TOKEN_ENV} ortam değişkenini ya da ${fileOption} verin.` }
    : { ok: true, token };
}

/** The pinned headquarters keys of a PEM file, as the feed pull takes them (default removal share). */
export function feedPins(
  keysFile: string,
): { readonly ok: true; readonly feed: FeedPullOptions } | { readonly ok: false; readonly message: string } {
  let pins;
  try {
    pins = pinnedKeysFromPem(readFileSync(keysFile, 'utf8'));
  } catch {
    return { ok: false, message: `Merkez yayın anahtarları okunamadı ya da Ed25519 açık anahtarı değil: ${keysFile}` };
  }
  if (pins.length === 0) return { ok: false, message: `${keysFile} içinde PEM biçiminde açık anahtar yok.` };
  return { ok: true, feed: { pins, removalShare: DEFAULT_REMOVAL_SHARE } };
}

/**
 * The app's settings: `hqUrl`/`tokenFile` given on the command line win over
 * the environment. No address: this PC is not connected (`settings: null`);
 * an address without a usable token or keys is a Turkish error.
 */
export function branchSyncSettings(
  env: NodeJS.ProcessEnv,
  given: { readonly hqUrl?: string | null; readonly tokenFile?: string | null } = {},
): BranchSettingsResult {
  const address = given.hqUrl ?? env[HQ_URL_ENV] ?? '';
  if (address.trim() === '') return { ok: true, settings: null };
  const origin = hqOrigin(address.trim());
  if (!origin.ok) return origin;
  const tokenFile = given.tokenFile ?? (env[HQ_TOKEN_FILE_ENV] ?? '').trim();
  const token = branchToken(tokenFile === '' ? null : tokenFile, env);
  if (!token.ok) return token;
  const keysFile = (env[HQ_FEED_KEYS_ENV] ?? '').trim();
  if (keysFile === '') return { ok: true, settings: { hqUrl: origin.origin, token: token.token, feed: null } };
  const feed = feedPins(keysFile);
  if (!feed.ok) return feed;
  return { ok: true, settings: { hqUrl: origin.origin, token: token.token, feed: feed.feed } };
}
