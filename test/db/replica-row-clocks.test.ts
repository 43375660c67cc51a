import { afterEach, describe, expect, it } from 'vitest';
import { getReplicaRow, putReplicaRow, updateReplicaClocks } from '../../db/repositories/replica-rows';
import { openTestDatabase, type TestDatabase } from './helpers';

/**
 * `replica_rows.clocks` (db/repositories/replica-rows.ts): written grouped by
 * clock, read back as one clock per column; a row the first replication
 * release wrote (one clock per column) reads the same.
 */
const DEVICE = '0192f0c1-7a00-7000-8000-000000000001';
const FIRST = `2026-03-02T08:00:00.000Z-00000000-${DEVICE}`;
const SECOND = `2026-03-02T08:05:00.000Z-00000001-${DEVICE}`;

let open: TestDatabase | null = null;
afterEach(() => {
  open?.dispose();
  open = null;
});

function stored(test: TestDatabase, localId: number): string {
  return (
    test.db.sqlite.prepare('SELECT clocks FROM replica_rows WHERE entity = ? AND local_id = ?').get('applications', localId) as {
      clocks: string;
    }
  ).clocks;
}

describe('replica row clocks', () => {
  it.each([
    ['no column', {}, '{}'],
    ['one clock for every column', { status: FIRST, applied_on: FIRST, program: FIRST }, `{"${FIRST}":["status","applied_on","program"]}`],
    ['two clocks', { status: SECOND, applied_on: FIRST, program: FIRST }, `{"${SECOND}":["status"],"${FIRST}":["applied_on","program"]}`],
  ])('%s: stored grouped by clock, read back per column', (_name, clocks: Record<string, string>, text) => {
    const test = (open = openTestDatabase());
    test.db.sqlite
      .transaction(() => {
        putReplicaRow(test.db, 'applications', 7, { originDevice: DEVICE, originId: '7', clocks, deleted: false });
      })
      .immediate();
    expect(stored(test, 7)).toBe(text);
    expect(getReplicaRow(test.db, 'applications', 7)).toEqual({ originDevice: DEVICE, originId: '7', clocks, deleted: false });
  });

  it('an update keeps the origin and replaces the clocks', () => {
    const test = (open = openTestDatabase());
    putReplicaRow(test.db, 'applications', 3, { originDevice: DEVICE, originId: '9', clocks: { status: FIRST }, deleted: false });
    updateReplicaClocks(test.db, 'applications', 3, { status: SECOND, program: FIRST }, true);
    expect(getReplicaRow(test.db, 'applications', 3)).toEqual({
      originDevice: DEVICE,
      originId: '9',
      clocks: { status: SECOND, program: FIRST },
      deleted: true,
    });
  });

  it('a row written by the first replication release (one clock per column) reads the same', () => {
    const test = (open = openTestDatabase());
    test.db.sqlite
      .prepare('INSERT INTO replica_rows (entity, local_id, origin_device, origin_id, clocks, deleted) VALUES (?, ?, ?, ?, ?, 0)')
      .run('applications', 5, DEVICE, '5', JSON.stringify({ status: SECOND, program: FIRST }));
    expect(getReplicaRow(test.db, 'applications', 5)?.clocks).toEqual({ status: SECOND, program: FIRST });
  });
});
