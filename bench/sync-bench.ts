import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { closeDatabase, openDatabase, type DatabaseKey, type KobiDatabase } from '../db/connection';
import { createApplication, updateApplication } from '../db/repositories/applications';
import { addEnterpriseSite, createEnterprise } from '../db/repositories/enterprises';
import { nextQueuedMessages, queueCounts, readSyncState } from '../db/repositories/sync-queue';
import { syntheticVkn } from '../db/scenario-import/synthetic-identifiers';
import { withWrite } from '../db/write-context';
import { pushBody, pushItemBytes, pushItemOf } from '../electron/sync/push-body';
import { runSync, SyncClient } from '../electron/sync/sync-client';
import { median, type BenchRow } from './bench-row';
import { replicationFileRows, replicationRows } from './replication-bench';

/**
 * Sync benchmarks (issue 17 item 5): documents per second pushed from a
 * branch's outbox to the reference server over loopback, on SQLite and on
 * PostgreSQL, and the ratio to a plain HTTP POST loop of the same payloads
 * (target ≤ 2×). The yardstick is what sync without the protocol would be:
 * the very request bodies the protocol sends (ids, hashes and replication
 * envelopes included), prepared beforehand, POSTed one after the other to a
 * fastify route that inserts every item with all its fields into the same
 * kind of store in one transaction per request — no validation, no
 * idempotency check, no version check, no answer per item, nothing settled
 * on the branch. Median of 3 runs, each from a fresh copy of the branch
 * database and an empty store. The branch's ids and stamps are made when its
 * changes are written (db/replication/ready-outbox.ts), so neither side
 * times them. PostgreSQL rows need `KOBI_TEST_PG_URL` (what .ci/run sets).
 */
const MESSAGES_TARGET = 10_000;
const RUNS = 3;
const BATCH = 500;
const RATIO_TARGET = 2;
const SERVER_ENTRY = join(import.meta.dirname, 'sync-bench-server.ts');
const KEY: DatabaseKey = { kind: 'raw', hex: '6b6f62692d646f7379612d62656e63682d616e61687461722d6b756c6c616e6d61' };

function open(path: string, create = false): KobiDatabase {
  const opened = openDatabase(path, { key: KEY, create, integrityCheck: 'quick' });
  if (!opened.ok) throw new Error(opened.error.message);
  return opened.db;
}

/** A branch database whose outbox holds at least `MESSAGES_TARGET` case-file changes (4 per enterprise). */
function pristineBranch(dir: string): { path: string; messages: number } {
  const path = join(dir, 'sube.sqlite');
  const db = open(path, true);
  withWrite(db, { kind: 'system', name: 'bench' }, (w) => {
    for (let index = 0; index < Math.ceil(MESSAGES_TARGET / 4); index += 1) {
      const enterprise = createEnterprise(w, {
        vkn: syntheticVkn(`bench-sync:${index}`),
        unvan: `Ölçüm ${index} Gıda Sanayi ve Ticaret Anonim Şirketi`,
        legalForm: 'TUZEL_KISI',
        registered: true,
        active: true,
        declarationCurrent: true,
        naceMain: '10.71',
      });
      addEnterpriseSite(w, { enterpriseId: enterprise.id, province: 'Gaziantep', kind: 'merkez' });
      const application = createApplication(w, {
        enterpriseId: enterprise.id,
        program: 'ITKFDP-II',
        status: 'SUBMITTED',
        appliedOn: '2026-01-12',
      });
      updateApplication(w, application.id, { status: 'APPROVED', approvedOn: '2026-02-02' });
    }
  });
  const messages = queueCounts(db).pending;
  closeDatabase(db);
  return { path, messages };
}

type PgDatabase = { readonly url: string; readonly drop: () => Promise<void> };

async function freshPgDatabase(baseUrl: string, name: string): Promise<PgDatabase> {
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: baseUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

type BenchServer = { readonly url: string; readonly token: string; readonly stop: () => Promise<void> };

/** A server of bench/sync-bench-server.ts in a process of its own, as headquarters runs; started before timing. */
function startServer(mode: 'hq' | 'plain', dir: string, pgUrl: string | null): Promise<BenchServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', SERVER_ENTRY, mode, dir, ...(pgUrl === null ? [] : [pgUrl])], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolveExit) =>
    child.once('exit', () => {
      resolveExit();
    }),
  );
  return new Promise((resolveStart, rejectStart) => {
    let out = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      out += chunk;
      const line = out.split('\n')[0];
      if (line === undefined || !out.includes('\n')) return;
      const { url, token } = JSON.parse(line) as { url: string; token: string };
      resolveStart({
        url,
        token,
        stop: async () => {
          child.kill('SIGTERM');
          await exited;
        },
      });
    });
    child.once('exit', (code) => {
      rejectStart(new Error(`ölçüm sunucusu başlamadan çıktı (${String(code)})`));
    });
  });
}

/** One protocol run: a fresh copy of the branch, an empty store; seconds to drain the outbox. */
async function protocolRun(pristine: string, dir: string, run: number, pgBase: string | null): Promise<number> {
  const copy = join(dir, `protokol-${run}.sqlite`);
  copyFileSync(pristine, copy);
  const pgDatabase = pgBase === null ? null : await freshPgDatabase(pgBase, `kobi_bench_sync_${process.pid}_${run}`);
  const hq = await startServer('hq', join(dir, `merkez-${run}`), pgDatabase?.url ?? null);
  const db = open(copy);
  try {
    const started = performance.now();
    const counts = await runSync(new SyncClient({ db, hqUrl: hq.url, token: hq.token, batchSize: BATCH }), db, { once: true });
    const seconds = (performance.now() - started) / 1000;
    if (counts.pending !== 0) throw new Error(`ölçüm: ${counts.pending} değişiklik gönderilemedi`);
    return seconds;
  } finally {
    closeDatabase(db);
    await hq.stop();
    await pgDatabase?.drop();
  }
}

/**
 * The bodies the protocol sends (electron/sync/push-body.ts, `BATCH` items each, replication envelopes included),
 * read from the branch before timing, as JSON text: the yardstick POSTs the same bytes.
 */
function plainBodies(pristine: string): string[] {
  const db = open(pristine);
  try {
    const deviceId = readSyncState(db)?.deviceId;
    if (deviceId === undefined) throw new Error('ölçüm: şubenin cihaz kimliği yok');
    const items = nextQueuedMessages(db, MESSAGES_TARGET * 2).map((message) =>
      pushItemBytes(pushItemOf(message, deviceId, null), message.envelope),
    );
    const bodies: string[] = [];
    for (let start = 0; start < items.length; start += BATCH) bodies.push(pushBody(items.slice(start, start + BATCH)).toString('utf8'));
    return bodies;
  } finally {
    closeDatabase(db);
  }
}

/** The yardstick: POST the bodies one after another to a route that inserts the items, one transaction per request. */
async function plainRun(bodies: readonly string[], dir: string, run: number, pgBase: string | null): Promise<number> {
  const pgDatabase = pgBase === null ? null : await freshPgDatabase(pgBase, `kobi_bench_plain_${process.pid}_${run}`);
  const folder = join(dir, `duz-${run}`);
  mkdirSync(folder, { recursive: true });
  const server = await startServer('plain', folder, pgDatabase?.url ?? null);
  try {
    const started = performance.now();
    for (const body of bodies) {
      const response = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      if (response.status !== 200) throw new Error(`düz POST: HTTP ${response.status}`);
      await response.text();
    }
    return (performance.now() - started) / 1000;
  } finally {
    await server.stop();
    await pgDatabase?.drop();
  }
}

async function rowsFor(
  store: string,
  pristine: { path: string; messages: number },
  dir: string,
  pgBase: string | null,
): Promise<BenchRow[]> {
  const bodies = plainBodies(pristine.path);
  const protocolSeconds: number[] = [];
  const plainSeconds: number[] = [];
  for (let run = 1; run <= RUNS; run += 1) {
    protocolSeconds.push(await protocolRun(pristine.path, dir, run, pgBase));
    plainSeconds.push(await plainRun(bodies, dir, run, pgBase));
  }
  const protocolRate = pristine.messages / median(protocolSeconds);
  const plainRate = pristine.messages / median(plainSeconds);
  const ratio = plainRate / protocolRate;
  return [
    {
      name: `eşitleme, ${pristine.messages.toLocaleString('en-US')} değişiklik, loopback, ${store} (medyan/${RUNS})`,
      value: protocolRate,
      unit: 'belge/s',
      target: `≤ ${RATIO_TARGET}× düz POST`,
      meetsTarget: ratio <= RATIO_TARGET,
      ratio,
      ratioLabel: 'düz POST süresi',
    },
    { name: `  aynı yükler, düz HTTP POST döngüsü, ${store}`, value: plainRate, unit: 'belge/s' },
  ];
}

export async function runSyncBenchmarks(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'kobi-bench-sync-'));
  try {
    const pristine = pristineBranch(dir);
    const rows = await rowsFor('SQLite', pristine, dir, null);
    rows.push(...(await replicationRows('SQLite', pristine, dir, null)));
    rows.push(...(await replicationFileRows('SQLite', dir, null)));
    const pgBase = process.env.KOBI_TEST_PG_URL ?? '';
    if (pgBase === '') process.stderr.write('PostgreSQL satırları atlandı: KOBI_TEST_PG_URL tanımlı değil.\n');
    else rows.push(...(await rowsFor('PostgreSQL', pristine, dir, pgBase)));
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
