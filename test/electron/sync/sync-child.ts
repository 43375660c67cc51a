import { writeSync } from 'node:fs';
import { openDatabase } from '../../../db/connection';
import { runSync, SyncClient } from '../../../electron/sync/sync-client';
import { TEST_DATABASE_KEY } from '../../db/helpers';

/**
 * The child process of the kill test (sync-kill.test.ts): drains the outbox
 * to headquarters in small batches and chunks, until the parent SIGKILLs it.
 * A drained outbox says `done` and waits for the kill all the same.
 */
const [path, hqUrl, token, migrationsFolder] = process.argv.slice(2);
if (path === undefined || hqUrl === undefined || token === undefined || migrationsFolder === undefined)
  throw new Error('Kullanım: sync-child <veritabanı> <merkez> <anahtar> <migrations klasörü>');
const opened = openDatabase(path, { key: TEST_DATABASE_KEY, integrityCheck: 'quick', migrationsFolder });
if (!opened.ok) throw new Error(opened.error.message);
const { db } = opened;
writeSync(1, 'ready\n');
const client = new SyncClient({ db, hqUrl, token, batchSize: 25, chunkBytes: 16 * 1024, requestTimeoutMs: 10_000 });
const counts = await runSync(client, db, { once: true, maxFailures: 1000, backoff: { baseMs: 2, capMs: 30 } });
writeSync(1, `done ${counts.pending}\n`);
setInterval(() => undefined, 60_000);
