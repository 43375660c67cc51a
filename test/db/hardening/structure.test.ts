import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase, type KobiDatabase } from '../../../db/connection';
import { storedEnterpriseSearchText } from '../../../db/repositories/enterprise-search-index';
import { cachedStatement, perConnection } from '../../../db/statement-cache';
import { makeTempDir, steppingClock, TEST_DATABASE_KEY } from '../helpers';

/** Issue 12 item 5: types-only module, the search rebuild as a hook, one statement cache, a tsconfig per layer. */

const ROOT = join(import.meta.dirname, '..', '..', '..');

function source(path: string): string {
  return readFileSync(join(ROOT, path), 'utf8');
}

const RUNTIME_IMPORT = /^import (?!type )[^;]*from '([^']+)';/gm;

function runtimeImports(path: string): string[] {
  return [...source(path).matchAll(RUNTIME_IMPORT)].map((match) => match[1] ?? '');
}

describe('db/ structure — issue 12 item 5', () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => {
    for (const cleanup of cleanups.splice(0)) cleanup();
  });

  function open(path: string, afterMigrations?: (db: KobiDatabase) => void): KobiDatabase {
    const opened = openDatabase(path, {
      key: TEST_DATABASE_KEY,
      create: true,
      now: steppingClock(),
      ...(afterMigrations === undefined ? {} : { afterMigrations }),
    });
    if (!opened.ok) throw new Error(opened.error.message);
    cleanups.unshift(() => {
      if (opened.db.sqlite.open) closeDatabase(opened.db);
    });
    return opened.db;
  }

  it('the after-migrations hook runs when migrations were applied, and only then', () => {
    const path = join(makeTempDir(), 'kobi-dosya.sqlite');
    const calls: string[] = [];
    closeDatabase(open(path, (db) => calls.push(db.path)));
    closeDatabase(open(path, (db) => calls.push(db.path)));
    expect(calls).toEqual([path]);
  });

  it('by default the hook rebuilds the search index', () => {
    const db = open(join(makeTempDir(), 'kobi-dosya.sqlite'));
    expect(storedEnterpriseSearchText(db, 1)).toBeNull();
    expect(db.sqlite.prepare('SELECT count(*) AS n FROM enterprise_search').get()).toEqual({ n: 0 });
  });

  it('no module that db/connection.ts loads imports db/connection.ts back', () => {
    const loadedByConnection = ['db/migrate.ts', 'db/busy.ts', 'db/repositories/enterprise-search-index.ts', 'db/statement-cache.ts'];
    for (const path of loadedByConnection)
      expect(
        runtimeImports(path).filter((each) => each.endsWith('/connection')),
        path,
      ).toEqual([]);
    expect(source('db/database-types.ts')).not.toMatch(/^import (?!type )/m);
    for (const path of [
      'db/write-context.ts',
      'db/migrate.ts',
      'db/repositories/enterprise-search-index.ts',
      'db/repositories/prepared-query.ts',
    ]) {
      expect(source(path), path).toMatch(/from '\.{1,2}\/database-types'/);
    }
  });

  it('one statement cache: the same statement and the same built value per connection', () => {
    const db = open(join(makeTempDir(), 'kobi-dosya.sqlite'));
    expect(cachedStatement(db.sqlite, 'SELECT 1')).toBe(cachedStatement(db.sqlite, 'SELECT 1'));
    let builds = 0;
    const build = (): object => {
      builds += 1;
      return {};
    };
    expect(perConnection(db.sqlite, build, build)).toBe(perConnection(db.sqlite, build, build));
    expect(builds).toBe(1);
    for (const path of [
      'db/write-context.ts',
      'db/repositories/prepared-query.ts',
      'db/search/inbox.ts',
      'db/search/search-enterprises.ts',
    ]) {
      expect(source(path), path).not.toContain('new WeakMap<Database.Database');
    }
  });

  it('db/ and electron/ are type-checked without DOM types, and npm run typecheck runs them', () => {
    const scripts = (JSON.parse(source('package.json')) as { scripts: Record<string, string> }).scripts;
    for (const layer of ['core', 'db', 'electron']) {
      const config = JSON.parse(source(`${layer}/tsconfig.json`)) as { compilerOptions: { lib: string[] } };
      expect(config.compilerOptions.lib.map((lib) => lib.toLowerCase())).not.toContain('dom');
      expect(scripts.typecheck).toContain(`tsc -p ${layer}/tsconfig.json --noEmit`);
    }
  });
});

describe('one audited upsert — issue 12 item 5', () => {
  it('every put of the repositories goes through putAudited (no hand-written insert/update/unchanged triple)', () => {
    for (const path of ['db/repositories/prim-days.ts', 'db/repositories/reference-data.ts']) {
      const text = source(path);
      expect(text.match(/return 'updated'/g) ?? [], path).toEqual([]);
    }
    expect(source('db/repositories/reference-data.ts').match(/putAudited\(/g)).toHaveLength(5);
    expect(source('db/repositories/prim-days.ts').match(/putAudited\(/g)).toHaveLength(2);
  });
});

describe('demo generator split by concern — issue 12 item 5', () => {
  it('generate.ts only re-exports; each part is its own module; the enums come from the schema', () => {
    expect(source('db/demo/generate.ts')).not.toMatch(/^(?:export )?(?:function|const|type) /m);
    for (const part of ['demo-types', 'probability-tables', 'people', 'ikdp', 'itkfdp', 'enterprise', 'case-common']) {
      expect(source(`db/demo/${part}.ts`).split('\n').length, part).toBeLessThan(300);
    }
    const types = source('db/demo/demo-types.ts');
    expect(types).toContain("from '../schema/enums'");
    expect(types).not.toContain("'DRAFT' | 'SUBMITTED'");
    expect(types).not.toContain("'sorumlu_personel' | 'mudur'");
  });
});
