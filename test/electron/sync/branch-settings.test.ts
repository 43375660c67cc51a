import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { branchSyncSettings } from '../../../electron/sync/branch-settings';
import { parseBrowserModeArgs, UsageError } from '../../../electron/web/browser-mode';

/**
 * Where the running app sends its changes: `--hq`/`--hq-token-file` in
 * browser mode, else `KOBI_DOSYA_HQ_URL`, `KOBI_DOSYA_HQ_TOKEN_FILE` or
 * `KOBI_DOSYA_HQ_TOKEN` and `KOBI_DOSYA_HQ_FEED_KEYS`; every mistake is a
 * Turkish reason, and no address means no sync (not an error).
 */
const dir = mkdtempSync(join(tmpdir(), 'kobi-branch-settings-'));
const tokenFile = join(dir, 'merkez.anahtar');
writeFileSync(tokenFile, '  kdhq_dosyadan \n', { mode: 0o600 });
const emptyFile = join(dir, 'bos.anahtar');
writeFileSync(emptyFile, '\n', { mode: 0o600 });
const keysFile = join(dir, 'yayin.pub.pem');
writeFileSync(keysFile, generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' }));
const notKeys = join(dir, 'bozuk.pem');
writeFileSync(notKeys, 'anahtar değil');

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('branchSyncSettings', () => {
  it.each([
    ['no address: not connected', {}, {}, { ok: true, settings: null }],
    [
      'address and token from the environment; the origin only',
      { KOBI_DOSYA_HQ_URL: 'https://merkez.example:8443/yol', KOBI_DOSYA_HQ_TOKEN: ' kdhq_ortam ' },
      {},
      { ok: true, settings: { hqUrl: 'https://merkez.example:8443', token: 'kdhq_ortam', feed: null } },
    ],
    [
      'the token file wins over the variable',
      { KOBI_DOSYA_HQ_URL: 'http://127.0.0.1:9000', KOBI_DOSYA_HQ_TOKEN: 'kdhq_ortam', KOBI_DOSYA_HQ_TOKEN_FILE: tokenFile },
      {},
      { ok: true, settings: { hqUrl: 'http://127.0.0.1:9000', token: 'kdhq_dosyadan', feed: null } },
    ],
    [
      'command-line flags win over the environment',
      { KOBI_DOSYA_HQ_URL: 'http://127.0.0.1:9000', KOBI_DOSYA_HQ_TOKEN: 'kdhq_ortam' },
      { hqUrl: 'http://127.0.0.1:9100', tokenFile },
      { ok: true, settings: { hqUrl: 'http://127.0.0.1:9100', token: 'kdhq_dosyadan', feed: null } },
    ],
    [
      'an address without a token',
      { KOBI_DOSYA_HQ_URL: 'http://127.0.0.1:9000' },
      {},
      {
        ok: false,
        message: 'Merkez anahtarı yok: KOBI_DOSYA_HQ_TOKEN ortam değişkenini ya da KOBI_DOSYA_HQ_TOKEN_FILE ile anahtar dosyasını verin.',
      },
    ],
    [
      'an empty token file',
      { KOBI_DOSYA_HQ_URL: 'http://127.0.0.1:9000', KOBI_DOSYA_HQ_TOKEN_FILE: emptyFile },
      {},
      { ok: false, message: `Merkez anahtarı dosyası boş: ${emptyFile}` },
    ],
    [
      'a missing token file',
      { KOBI_DOSYA_HQ_URL: 'http://127.0.0.1:9000' },
      { tokenFile: join(dir, 'yok') },
      { ok: false, message: `Merkez anahtarı dosyası okunamadı: ${join(dir, 'yok')}` },
    ],
    [
      'not an address',
      { KOBI_DOSYA_HQ_URL: 'merkez', KOBI_DOSYA_HQ_TOKEN: 't' },
      {},
      { ok: false, message: 'Merkez adresi geçerli bir adres değil: merkez' },
    ],
    [
      'not http(s)',
      { KOBI_DOSYA_HQ_URL: 'ftp://merkez.example', KOBI_DOSYA_HQ_TOKEN: 't' },
      {},
      { ok: false, message: 'Merkez adresi http:// ya da https:// ile başlamalı: ftp://merkez.example' },
    ],
    [
      'feed keys that are not keys',
      { KOBI_DOSYA_HQ_URL: 'http://127.0.0.1:9000', KOBI_DOSYA_HQ_TOKEN: 't', KOBI_DOSYA_HQ_FEED_KEYS: notKeys },
      {},
      { ok: false, message: `${notKeys} içinde PEM biçiminde açık anahtar yok.` },
    ],
  ] as const)('%s', (_name, env, given, expected) => {
    expect(branchSyncSettings(env, given)).toEqual(expected);
  });

  it('pins the feed keys with the default removal share', () => {
    const result = branchSyncSettings({
      KOBI_DOSYA_HQ_URL: 'http://127.0.0.1:9000',
      KOBI_DOSYA_HQ_TOKEN: 't',
      KOBI_DOSYA_HQ_FEED_KEYS: keysFile,
    });
    if (!result.ok || result.settings === null) throw new Error('ayar bekleniyordu');
    expect(result.settings.feed?.pins).toHaveLength(1);
    expect(result.settings.feed?.removalShare).toBe(0.2);
  });
});

describe('browser mode flags', () => {
  it('takes --hq and --hq-token-file', () => {
    expect(parseBrowserModeArgs(['--hq', 'http://127.0.0.1:9000', '--hq-token-file', tokenFile])).toMatchObject({
      hqUrl: 'http://127.0.0.1:9000',
      hqTokenFile: tokenFile,
    });
    expect(parseBrowserModeArgs([])).toMatchObject({ hqUrl: null, hqTokenFile: null });
  });

  it.each([
    [['--hq'], '--hq bir merkez adresi ister.'],
    [['--hq-token-file', ''], '--hq-token-file bir dosya yolu ister.'],
  ])('%j → %s', (args, message) => {
    expect(() => parseBrowserModeArgs(args)).toThrow(new UsageError(message));
  });
});
