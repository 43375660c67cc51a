import { readFileSync } from 'node:fs';
import { validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/**
 * issue 13 item 7, offline: electron-builder.yml passes electron-builder's own
 * configuration schema, and holds what the issue asks (targets, fuses, the
 * native module unpacked, migrations as resources, Turkish product name).
 * Packaging itself (`npm run dist`) needs the network.
 */
const config = parse(readFileSync(new URL('../../../electron-builder.yml', import.meta.url), 'utf8')) as Record<string, unknown>;

describe('electron-builder.yml', () => {
  it('is valid for electron-builder', async () => {
    await expect(validateConfiguration(config as never, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('the check is real: a misspelt fuse is refused', async () => {
    const wrong = { ...config, electronFuses: { runAsNod: false } };
    await expect(validateConfiguration(wrong as never, new DebugLogger(false))).rejects.toThrow();
  });

  it('packages NSIS, deb and AppImage under the Turkish product name', () => {
    expect(config).toMatchObject({ productName: 'KOBİ Dosya', win: { target: ['nsis'] }, linux: { target: ['deb', 'AppImage'] } });
  });

  it('flips the fuses: no run-as-node, NODE_OPTIONS or inspect; asar integrity; load only from asar', () => {
    expect(config['electronFuses']).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });

  it('unpacks the native SQLite module and ships the migrations as resources', () => {
    expect(config['asarUnpack']).toContain('node_modules/better-sqlite3/**');
    expect(config['extraResources']).toEqual([{ from: 'db/migrations', to: 'migrations', filter: ['**/*'] }]);
  });
});
