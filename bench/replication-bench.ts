import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { closeDatabase, openDatabase, type DatabaseKey, type KobiDatabase } from '../db/connection';
import { addDocument } from '../db/repositories/documents';
import { withWrite } from '../db/write-context';
import { formStoragePath, sha256Of, storeFormFile } from '../electron/services/forms/form-files';
import { runSync, SyncClient } from '../electron/sync/sync-client';
import { startHqServer } from '../hq/start';
import { newBranchToken, tokenSha256 } from '../hq/tokens';
import { median, type BenchRow } from './bench-row';

/**
 * Replication benchmark (issue 18 item 5): a second PC of the same müdürlük
 * pulls and applies the 10,000 case changes the first PC pushed
 * (`GET /v1/changes`, apply audited, column clocks, cursor), over loopback
 * from the reference server. The first PC's push is not timed; each of the
 * 3 runs is a fresh second PC (a new database, a new device id). Median.
 */
const RUNS = 3;
const KEY: DatabaseKey = { kind: 'raw', hex: '6b6f62692d646f7379612d62656e63682d616e61687461722d6b756c6c616e6d61' };

function open(path: string, create = false): KobiDatabase {
  const opened = openDatabase(path, { key: KEY, create, integrityCheck: 'quick' });
  if (!opened.ok) throw new Error(opened.error.message);
  return opened.db;
}

export async function replicationRows(
  storeName: string,
  pristine: { readonly path: string; readonly messages: number },
  dir: string,
  pgUrl: string | null,
): Promise<BenchRow[]> {
  const hq = await startHqServer({ port: 0, dataDir: join(dir, `merkez-eslesme-${storeName}`), pgUrl });
  try {
    const token = newBranchToken();
    await hq.store.registerBranch('gaziantep', 'Gaziantep', tokenSha256(token), new Date().toISOString());
    const firstPath = join(dir, `pc1-${storeName}.sqlite`);
    copyFileSync(pristine.path, firstPath);
    const first = open(firstPath);
    try {
      const counts = await runSync(new SyncClient({ db: first, hqUrl: hq.url, token, batchSize: 500 }), first, { once: true });
      if (counts.pending !== 0) throw new Error(`ölçüm: ${String(counts.pending)} değişiklik gönderilemedi`);
    } finally {
      closeDatabase(first);
    }
    const seconds: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const second = open(join(dir, `pc2-${storeName}-${String(run)}.sqlite`), true);
      try {
        const client = new SyncClient({ db: second, hqUrl: hq.url, token, changesPageSize: 1000 });
        const started = performance.now();
        await runSync(client, second, { once: true });
        seconds.push((performance.now() - started) / 1000);
        const applied = client.lastReplication?.applied ?? 0;
        if (applied !== pristine.messages) throw new Error(`ölçüm: ${String(applied)} / ${String(pristine.messages)} değişiklik uygulandı`);
      } finally {
        closeDatabase(second);
      }
    }
    const time = median(seconds);
    return [
      { name: `Eşleme: ${pristine.messages.toLocaleString('tr-TR')} değişiklik ikinci bilgisayara (${storeName})`, value: time, unit: 's' },
      { name: `Eşleme hızı (${storeName})`, value: pristine.messages / time, unit: 'değişiklik/s' },
    ];
  } finally {
    await hq.close();
  }
}

/** The files' benchmark (§14.6): documents of this size and count on the first PC, fetched by a fresh second PC. */
const FILE_COUNT = 40;
const FILE_BYTES = 256 * 1024;

/** A first PC of its own folder (files live beside the database) with `FILE_COUNT` stored form files and their rows. */
async function firstPcWithFiles(folder: string): Promise<KobiDatabase> {
  mkdirSync(folder, { recursive: true });
  const db = open(join(folder, 'kobi-dosya.sqlite'), true);
  for (let index = 0; index < FILE_COUNT; index += 1) {
    const bytes = randomBytes(FILE_BYTES);
    const sha256 = sha256Of(bytes);
    const storagePath = formStoragePath(1, `FRM.39.00.05_${String(index)}`, sha256);
    await storeFormFile(dirname(db.path), storagePath, bytes);
    withWrite(db, { kind: 'system', name: 'olcum' }, (w) =>
      addDocument(w, { formCode: 'FRM.39.00.05', title: 'Ödeme uygunluk formu', sha256, sizeBytes: bytes.length, storagePath }),
    );
  }
  return db;
}

/**
 * Replicated rows bring their files (docs/sync-protocol.md §14.6): a fresh
 * second PC pulls the rows and fetches, verifies and places their files
 * (40 × 256 KiB) from the reference server over loopback. Median of 3.
 */
export async function replicationFileRows(storeName: string, dir: string, pgUrl: string | null): Promise<BenchRow[]> {
  const hq = await startHqServer({ port: 0, dataDir: join(dir, `merkez-dosya-${storeName}`), pgUrl });
  try {
    const token = newBranchToken();
    await hq.store.registerBranch('gaziantep', 'Gaziantep', tokenSha256(token), new Date().toISOString());
    const first = await firstPcWithFiles(join(dir, `dosya-pc1-${storeName}`));
    try {
      const counts = await runSync(new SyncClient({ db: first, hqUrl: hq.url, token }), first, { once: true });
      if (counts.pending !== 0) throw new Error(`ölçüm: ${String(counts.pending)} belge gönderilemedi`);
    } finally {
      closeDatabase(first);
    }
    const seconds: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const folder = join(dir, `dosya-pc2-${storeName}-${String(run)}`);
      mkdirSync(folder, { recursive: true });
      const second = open(join(folder, 'kobi-dosya.sqlite'), true);
      try {
        const client = new SyncClient({ db: second, hqUrl: hq.url, token });
        const started = performance.now();
        await runSync(client, second, { once: true });
        seconds.push((performance.now() - started) / 1000);
        const fetched = client.lastReplication?.files?.fetched ?? 0;
        if (fetched !== FILE_COUNT) throw new Error(`ölçüm: ${String(fetched)} / ${String(FILE_COUNT)} dosya indirildi`);
      } finally {
        closeDatabase(second);
      }
    }
    const time = median(seconds);
    const mebibytes = (FILE_COUNT * FILE_BYTES) / (1024 * 1024);
    return [
      {
        name: `Eşleme: ${String(FILE_COUNT)} belge dosyası (${String(mebibytes)} MiB) ikinci bilgisayara (${storeName})`,
        value: time,
        unit: 's',
      },
      { name: `Belge dosyası indirme hızı (${storeName})`, value: mebibytes / time, unit: 'MiB/s' },
    ];
  } finally {
    await hq.close();
  }
}
