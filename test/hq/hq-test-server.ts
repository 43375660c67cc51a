import pg from 'pg';
import { openPostgresStore } from '../../hq/postgres-store';
import { buildHqServer } from '../../hq/server';
import { openSqliteStore } from '../../hq/sqlite-store';
import type { HqStore } from '../../hq/store';
import type { StatsResponse } from '../../electron/sync/protocol';

/**
 * A real headquarters server on 127.0.0.1 for tests, on either store. The
 * PostgreSQL tests read the server's URL from `KOBI_TEST_PG_URL` (`.ci/run`
 * installs and starts PostgreSQL and sets it); each server gets a database of
 * its own, dropped afterwards. Without the variable the PostgreSQL tests are
 * skipped locally with the reason in their name, and fail in CI (`CI=true`).
 */
export const PG_URL_ENV = 'KOBI_TEST_PG_URL';
export const PG_URL = process.env[PG_URL_ENV] ?? '';

if (PG_URL === '' && process.env.CI === 'true')
  throw new Error(`${PG_URL_ENV} tanımlı değil: CI'da PostgreSQL testleri atlanamaz (.ci/run PostgreSQL'i kurup başlatmalı).`);

export type StoreKind = 'sqlite' | 'postgresql';

/** The stores to run a test against; PostgreSQL only when its URL is known. */
export const STORE_KINDS: readonly StoreKind[] = PG_URL === '' ? ['sqlite'] : ['sqlite', 'postgresql'];

export const PG_SKIP_REASON = PG_URL === '' ? ` (PostgreSQL atlandı: ${PG_URL_ENV} tanımlı değil)` : '';

/** A seeded generator (LCG), so a fault sequence is the same on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

let databaseCounter = 0;

export async function freshPgDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  databaseCounter += 1;
  const name = `kobi_hq_test_${process.pid}_${databaseCounter}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(PG_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: PG_URL });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

export type TestHq = {
  readonly url: string;
  readonly store: HqStore;
  readonly registerBranch: (branchId: string) => Promise<string>;
  readonly stats: () => Promise<StatsResponse>;
  readonly close: () => Promise<void>;
};

export async function startTestHq(
  kind: StoreKind,
  dataDir: string,
  options: {
    readonly faultRate?: number;
    readonly seed?: number;
    readonly port?: number;
    /** Called when a request arrives (its body read), before headquarters works on it. */
    readonly onReceived?: (method: string, url: string, body: unknown) => void;
    /** Called after headquarters has answered a request (the kill test uses it to kill a client mid-upload). */
    readonly onAnswered?: (method: string, url: string) => void;
  } = {},
): Promise<TestHq> {
  const pgDatabase = kind === 'postgresql' ? await freshPgDatabase() : null;
  const store = pgDatabase === null ? openSqliteStore(dataDir) : await openPostgresStore(pgDatabase.url);
  const { app } = buildHqServer({ store, faultRate: options.faultRate ?? 0, random: seededRandom(options.seed ?? 17) });
  const { onReceived, onAnswered } = options;
  if (onReceived !== undefined)
    app.addHook('preHandler', (request, _reply, done) => {
      onReceived(request.method, request.url, request.body);
      done();
    });
  if (onAnswered !== undefined)
    app.addHook('onResponse', (request, _reply, done) => {
      onAnswered(request.method, request.url);
      done();
    });
  await app.listen({ host: '127.0.0.1', port: options.port ?? 0 });
  const address = app.server.address();
  if (address === null || typeof address === 'string') throw new Error('sunucu adresi yok');
  const url = `http://127.0.0.1:${address.port}`;
  return {
    url,
    store,
    registerBranch: async (branchId) => {
      const response = await fetch(`${url}/v1/_branches`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ branchId, name: `${branchId} il müdürlüğü` }),
      });
      if (response.status !== 201) throw new Error(`şube kaydedilemedi: ${response.status}`);
      return ((await response.json()) as { token: string }).token;
    },
    stats: async () => (await (await fetch(`${url}/v1/_stats`)).json()) as StatsResponse,
    close: async () => {
      await app.close();
      await store.close();
      await pgDatabase?.drop();
    },
  };
}
