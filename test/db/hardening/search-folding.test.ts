import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase, type KobiDatabase } from '../../../db/connection';
import { MIGRATIONS_FOLDER } from '../../../db/migrate';
import { storedEnterpriseSearchText } from '../../../db/repositories/enterprise-search-index';
import { createEnterprise } from '../../../db/repositories/enterprises';
import { searchEnterprises } from '../../../db/search/search-enterprises';
import { withWrite, type WriteOptions } from '../../../db/write-context';
import { makeTempDir, openTestDatabase, steppingClock, TEST_ACTOR, TEST_DATABASE_KEY, type TestDatabase } from '../helpers';

/** Issue 12 item 4: search finds text as people paste it, and a migration refolds the index. */

const REBUILD_MIGRATION = 'rebuild-search-index';

type Journal = { entries: { tag: string }[] };

/**
 * `queueOutbox: false` for a file of an older schema: today's write path readies outbox messages with tables of later
 * migrations, and the outbox is not what these tests are about.
 */
function addEnterprise(db: KobiDatabase, unvan: string, vkn: string, options: WriteOptions = {}): number {
  return withWrite(
    db,
    TEST_ACTOR,
    (w) => createEnterprise(w, { vkn, unvan, legalForm: 'TUZEL_KISI', registered: true, active: true, declarationCurrent: true }),
    options,
  ).id;
}

function found(db: KobiDatabase, query: string): number[] {
  return searchEnterprises(db, query, 20).map((hit) => hit.id);
}

describe('search with pasted text — issue 12 item 4', () => {
  let t: TestDatabase;
  afterEach(() => {
    t.dispose();
  });

  it.each([
    ['fullwidth letters in the unvan', 'ＩŞＩＫ Tekstil', 'ışık'],
    ['a zero-width space inside a word', 'I\u200bŞIK Tekstil', 'isik'],
    ['a soft hyphen inside a word', 'Işı\u00adk Tekstil', 'IŞIK'],
    ['a byte order mark before the name', '\ufeffIşık Tekstil', 'isi'],
    ['a plain unvan found by a fullwidth query', 'Işık Tekstil', 'ｉｓｉｋ'],
    ['a plain unvan found by a query with a zero-width joiner', 'Işık Tekstil', 'ış\u200dık'],
  ])('%s', (_case, unvan, query) => {
    t = openTestDatabase();
    const id = addEnterprise(t.db, unvan, '4391208413');
    expect(found(t.db, query)).toEqual([id]);
  });

  it('fullwidth digits find the VKN', () => {
    t = openTestDatabase();
    const id = addEnterprise(t.db, 'Kaya Gıda', '4391208413');
    expect(found(t.db, '４３９１２')).toEqual([id]);
  });
});

describe(`migration ${REBUILD_MIGRATION} — issue 12 item 4`, () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => {
    for (const cleanup of cleanups.splice(0)) cleanup();
  });

  /** The migrations folder as it was before the rebuild migration (the journal cut just before it). */
  function migrationsBeforeRebuild(): string {
    const folder = join(makeTempDir(), 'migrations');
    cleanups.push(() => {
      rmSync(join(folder, '..'), { recursive: true, force: true });
    });
    cpSync(MIGRATIONS_FOLDER, folder, { recursive: true });
    const journalPath = join(folder, 'meta', '_journal.json');
    const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as Journal;
    const cut = journal.entries.findIndex((entry) => entry.tag.endsWith(REBUILD_MIGRATION));
    expect(cut).toBeGreaterThan(0);
    writeFileSync(journalPath, JSON.stringify({ ...journal, entries: journal.entries.slice(0, cut) }));
    return folder;
  }

  it('an index folded the old way is refolded when the file is upgraded', () => {
    const oldFolder = migrationsBeforeRebuild();
    const dir = makeTempDir();
    cleanups.push(() => {
      rmSync(dir, { recursive: true, force: true });
    });
    const path = join(dir, 'kobi-dosya.sqlite');
    const opened = openDatabase(path, { key: TEST_DATABASE_KEY, create: true, now: steppingClock(), migrationsFolder: oldFolder });
    if (!opened.ok) throw new Error(opened.error.message);
    const id = addEnterprise(opened.db, 'ＩŞＩＫ Tek\u00adstil', '4391208413', { queueOutbox: false });
    // What the folding before issue 12 stored: fullwidth letters lowered, the soft hyphen kept.
    opened.db.sqlite.prepare('UPDATE enterprise_search SET folded_text = ? WHERE rowid = ?').run('ｉşｉｋ tek\u00adstil 4391208413', id);
    expect(found(opened.db, 'ışık tekstil')).toEqual([]);
    closeDatabase(opened.db);

    const upgraded = openDatabase(path, { key: TEST_DATABASE_KEY, now: steppingClock() });
    if (!upgraded.ok) throw new Error(upgraded.error.message);
    cleanups.unshift(() => {
      closeDatabase(upgraded.db);
    });
    expect(storedEnterpriseSearchText(upgraded.db, id)).toBe('isik tekstil 4391208413');
    expect(found(upgraded.db, 'ışık tekstil')).toEqual([id]);
  });
});
