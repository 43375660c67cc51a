import Database from 'better-sqlite3';
import Fastify from 'fastify';
import pg from 'pg';
import { join } from 'node:path';
import { envelopeText } from '../hq/changes';
import { startHqServer } from '../hq/start';
import { newBranchToken, tokenSha256 } from '../hq/tokens';
import type { PushItem } from '../electron/sync/protocol';

/**
 * The servers of the sync benchmark (bench/sync-bench.ts), each in a process
 * of its own as headquarters runs on a machine of its own:
 * `hq DIR [PG_URL]` — the reference server with one registered branch;
 * `plain DIR [PG_URL]` — the yardstick, a route that inserts the POSTed push
 * items, every field, in one transaction per request. Prints one JSON line `{ url, token }` and
 * stops on SIGTERM.
 */
type PlainItem = PushItem;

const COLUMNS = 'id, device_id, entity, entity_id, op, supersedes, content_sha256, payload, audit_seq, created_at, file_sha256, envelope';
const CREATE = `CREATE TABLE plain_items (id TEXT, device_id TEXT, entity TEXT, entity_id TEXT, op TEXT, supersedes TEXT, content_sha256 TEXT, payload TEXT, audit_seq BIGINT, created_at TEXT, file_sha256 TEXT, envelope TEXT)`;

/** An item's column values, in `COLUMNS` order (the envelope as JSON text, as headquarters stores it). */
function plainValues(item: PlainItem): unknown[] {
  return [
    item.id,
    item.deviceId,
    item.entity,
    item.entityId,
    item.op,
    item.supersedes,
    item.contentSha256,
    item.payload,
    item.auditSeq,
    item.createdAt,
    item.file?.sha256 ?? null,
    envelopeText(item),
  ];
}

async function plainServer(dir: string, pgUrl: string | null): Promise<{ url: string; close: () => Promise<void> }> {
  let insertBatch: (items: readonly PlainItem[]) => Promise<void>;
  let closeStore: () => Promise<void>;
  const placeholders = COLUMNS.split(', ').map((_, index) => (pgUrl === null ? '?' : `$${String(index + 1)}`));
  const insertSql = `INSERT INTO plain_items (${COLUMNS}) VALUES (${placeholders.join(', ')})`;
  if (pgUrl === null) {
    const sqlite = new Database(join(dir, 'duz.sqlite'));
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = FULL');
    sqlite.exec(CREATE);
    const insert = sqlite.prepare(insertSql);
    const write = sqlite.transaction((items: readonly PlainItem[]) => {
      for (const item of items) insert.run(...plainValues(item));
    });
    insertBatch = (items) => {
      write(items);
      return Promise.resolve();
    };
    closeStore = () => {
      sqlite.close();
      return Promise.resolve();
    };
  } else {
    const pool = new pg.Pool({ connectionString: pgUrl, max: 8 });
    await pool.query(CREATE);
    insertBatch = async (items) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        for (const item of items) await client.query(insertSql, plainValues(item));
        await client.query('COMMIT');
      } finally {
        client.release();
      }
    };
    closeStore = () => pool.end();
  }
  const app = Fastify({ bodyLimit: 16 * 1024 * 1024 });
  app.post('/plain', async (request) => {
    const { items } = request.body as { items: PlainItem[] };
    await insertBatch(items);
    return { ok: true };
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/plain`,
    close: async () => {
      await app.close();
      await closeStore();
    },
  };
}

async function hqServer(dir: string, pgUrl: string | null): Promise<{ url: string; token: string; close: () => Promise<void> }> {
  const hq = await startHqServer({ port: 0, dataDir: dir, pgUrl });
  const token = newBranchToken();
  await hq.store.registerBranch('gaziantep', 'Gaziantep', tokenSha256(token), new Date().toISOString());
  return { url: hq.url, token, close: hq.close };
}

const [mode, dir, pgUrl] = process.argv.slice(2);
if ((mode !== 'hq' && mode !== 'plain') || dir === undefined) throw new Error('Kullanım: sync-bench-server hq|plain KLASÖR [PG_URL]');
const server = mode === 'hq' ? await hqServer(dir, pgUrl ?? null) : { token: '', ...(await plainServer(dir, pgUrl ?? null)) };
process.stdout.write(`${JSON.stringify({ url: server.url, token: server.token })}\n`);
process.once('SIGTERM', () => {
  void server.close().then(() => process.exit(0));
});
