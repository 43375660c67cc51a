import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { demoDataCommand } from '../../../electron/cli/commands/demo-data';
import { makeTempDir, TEST_DATABASE_KEY_HEX } from '../helpers';

let dir: string;
let keyFile: string;

beforeEach(() => {
  dir = makeTempDir();
  keyFile = join(dir, 'anahtar');
  writeFileSync(keyFile, TEST_DATABASE_KEY_HEX, { mode: 0o600 });
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function demo(...args: string[]): ReturnType<typeof demoDataCommand> {
  return demoDataCommand(['--key-file', keyFile, ...args]);
}

describe('cli demo-data', () => {
  it('creates the file and prints one line of JSON, the same for the same seed', () => {
    const first = demo('--db', join(dir, 'a.sqlite'), '--enterprises', '12', '--seed', '42');
    const second = demo('--db', join(dir, 'b.sqlite'), '--enterprises', '12', '--seed', '42');
    expect(first.exitCode).toBe(0);
    expect(first.output.split('\n')).toHaveLength(1);
    expect(JSON.parse(first.output)).toMatchObject({ seed: 42, enterprises: 12 });
    expect(second).toEqual(first);
  });

  it('refuses a database that already has enterprises', () => {
    demo('--db', join(dir, 'a.sqlite'), '--enterprises', '2');
    expect(() => demo('--db', join(dir, 'a.sqlite'), '--enterprises', '2')).toThrow(
      'Veritabanında zaten 2 işletme var; demo verisi yalnızca boş bir veritabanına yazılır.',
    );
  });

  it.each([
    [['--db', 'x.sqlite'], /^--enterprises seçeneği gerekli/],
    [['--db', 'x.sqlite', '--enterprises', '-3'], /^Seçeneğin değeri eksik: --enterprises\n/],
    [['--db', 'x.sqlite', '--enterprises', '2.5'], /^--enterprises 0 ile 500000 arasında bir tam sayı olmalı: 2.5$/],
    [['--db', 'x.sqlite', '--enterprises', '2', '--seed', 'abc'], /^--seed 0 ile 4294967295 arasında bir tam sayı olmalı: abc$/],
  ])('refuses %j', (args, message) => {
    expect(() => demo(...args)).toThrow(message);
  });
});
