import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDocument } from '../../../db/repositories/documents';
import { localIdOfOrigin } from '../../../db/repositories/replica-rows';
import { readSyncState } from '../../../db/repositories/sync-queue';
import { withWrite } from '../../../db/write-context';
import type { ChannelResponse } from '../../../electron/contract';
import { formStoragePath, storeFormFile } from '../../../electron/services/forms/form-files';
import type { FilesOutcome } from '../../../electron/sync/replica-files';
import { SyncClient } from '../../../electron/sync/sync-client';
import { makeTempDir } from '../../db/helpers';
import { PG_SKIP_REASON, STORE_KINDS, startTestHq, type TestHq } from '../../hq/hq-test-server';
import { createCaseFile, type AppFixture } from '../services/app-fixture';
import { createPc, type Pc } from './replication-fixtures';

/**
 * Issue 18 item 2 (h31): a document's file reaches the müdürlük's other PCs.
 * The uzman's signed form stored on PC1 goes up with its row; PC2 pulls the
 * row, then fetches the bytes from headquarters (which drops, delays,
 * truncates and loses 20 % of answers) in slices, resuming across rounds,
 * verifies the SHA-256 and only then puts the file where the row says; the
 * müdür on PC2 opens it through the Formlar tab's channel. After every round
 * the file is either absent or whole. A part that does not verify is thrown
 * away and fetched again, with a Turkish reason meanwhile; another
 * müdürlük's token gets 404 for the same file.
 */
const SIZE = 2_500_000;

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function deviceOf(pc: Pc): string {
  const state = readSyncState(pc.database.db);
  if (state === null) throw new Error(`${pc.name}: henüz eşitlenmedi`);
  return state.deviceId;
}

/** A form PDF's bytes (the header of one, then noise), as the Formlar tab stores it. */
function formBytes(): Buffer {
  return Buffer.concat([Buffer.from('%PDF-1.7\n%âãÏÓ\n'), randomBytes(SIZE - 16)]);
}

describe.each(STORE_KINDS)(`document files to the müdürlük's other PCs (%s store)${PG_SKIP_REASON}`, (kind) => {
  let hq: TestHq;
  let kayseri: string;
  let sivas: string;
  let pc1: Pc;
  let pc2: Pc;
  let bytes: Buffer;
  let storagePath: string;
  let documentId: number;

  beforeAll(async () => {
    hq = await startTestHq(kind, join(makeTempDir(), 'hq'), { faultRate: 0.2, seed: 3107 });
    kayseri = await hq.registerBranch('kayseri');
    sivas = await hq.registerBranch('sivas');
    pc1 = createPc('PC1', hq.url, kayseri, ['uzman', 'mudur']);
    pc2 = createPc('PC2', hq.url, kayseri, ['mudur', 'uzman']);
    const { itkfdp } = createCaseFile({ database: pc1.database, staff: pc1.staff } as unknown as AppFixture);
    bytes = formBytes();
    const hash = sha256(bytes);
    storagePath = formStoragePath(itkfdp.id, 'FRM.39.00.05_imzali', hash);
    await storeFormFile(dirname(pc1.database.path), storagePath, bytes);
    documentId = withWrite(pc1.database.db, { kind: 'user', userId: pc1.staff.uzman ?? 0 }, (w) =>
      addDocument(w, {
        applicationId: itkfdp.id,
        formCode: 'FRM.39.00.05',
        title: 'Ödeme uygunluk formu',
        sha256: hash,
        sizeBytes: bytes.length,
        storagePath,
        formDocumentId: uuidv7(),
        signatureCount: 1,
      }),
    ).id;
    await pc1.sync();
  }, 60_000);

  afterAll(async () => {
    pc1.dispose();
    pc2.dispose();
    await hq.close();
  });

  function target(pc: Pc): string {
    return resolve(dirname(pc.database.path), storagePath);
  }

  /** Rounds until the PC holds every file (at most `limit`), checking after each that the file is absent or whole. */
  async function syncUntilFiles(pc: Pc, client: SyncClient, limit: number): Promise<FilesOutcome[]> {
    const seen: FilesOutcome[] = [];
    for (let round = 0; round < limit; round += 1) {
      await client.round();
      const path = target(pc);
      if (existsSync(path)) expect(sha256(readFileSync(path))).toBe(sha256(bytes));
      const files = client.lastReplication?.files;
      if (files !== undefined && files !== null) {
        seen.push(files);
        if (files.pending === 0 && existsSync(path)) return seen;
      }
    }
    throw new Error(`${pc.name}: dosya ${String(limit)} turda gelmedi: ${JSON.stringify(seen.at(-1))}`);
  }

  it('PC2 fetches the signed form, verified, owner-only, and the müdür opens it in the Formlar tab', async () => {
    const client = new SyncClient({ db: pc2.database.db, hqUrl: hq.url, token: kayseri, chunkBytes: 256 * 1024, requestTimeoutMs: 5_000 });
    const rounds = await syncUntilFiles(pc2, client, 40);
    expect(rounds.reduce((sum, files) => sum + files.fetched, 0)).toBe(1);
    for (const files of rounds.filter((outcome) => outcome.pending > 0)) {
      expect(files.message).toContain('belgenin dosyası henüz bu bilgisayarda yok');
      expect(files.problems[0]).toMatch(/^belge \d+ dosyası bu bilgisayara indirilemedi: .+ Bir sonraki eşitlemede yeniden denenecek\.$/);
    }
    const path = target(pc2);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readdirSync(dirname(path)).filter((name) => name.endsWith('.part'))).toEqual([]);

    const local = localIdOfOrigin(pc2.database.db, 'documents', deviceOf(pc1), String(documentId));
    if (local === undefined) throw new Error('belge PC2’ye gelmedi');
    const opened = await pc2.call('mudur', 'form:file', { documentId: local });
    if (!opened.ok) throw new Error(opened.error.message);
    const file = opened.value as ChannelResponse<'form:file'>;
    expect(Buffer.from(file.contentBase64, 'base64').equals(bytes)).toBe(true);

    // A file not (yet) on this PC: the Formlar tab says it comes with the next sync, and the next rounds bring it.
    rmSync(path);
    expect(await pc2.call('mudur', 'form:file', { documentId: local })).toEqual({
      ok: false,
      error: {
        code: 'not-found',
        message: `Belge #${String(local)} başka bir bilgisayarda üretildi; dosyası bu bilgisayara henüz gelmedi, bir sonraki eşitlemede merkezden indirilecek.`,
      },
    });
    await syncUntilFiles(pc2, client, 40);

    // A round with nothing missing fetches nothing.
    await client.round();
    expect(client.lastReplication?.files).toEqual({ fetched: 0, pending: 0, problems: [], message: null });
  }, 120_000);

  it('a part that does not verify is thrown away, never put in place, and fetched again', async () => {
    const pc = createPc('PC4', hq.url, kayseri, ['uzman', 'mudur']);
    try {
      const client = new SyncClient({ db: pc.database.db, hqUrl: hq.url, token: kayseri, requestTimeoutMs: 5_000 });
      // What an interrupted, corrupted download leaves: a part as long as the file, with other bytes.
      const path = target(pc);
      mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
      writeFileSync(`${path}.part`, randomBytes(SIZE), { mode: 0o600 });
      const rounds = await syncUntilFiles(pc, client, 40);
      expect(sha256(readFileSync(path))).toBe(sha256(bytes));
      expect(existsSync(`${path}.part`)).toBe(false);
      // The first round that saw the row found the part wrong, removed it and said so; a later one fetched the file.
      expect(rounds[0]?.problems[0]).toContain('SHA-256 özeti kayıttakiyle uyuşmuyor; yarım kopya silindi');
      expect(rounds.at(-1)?.fetched).toBe(1);
    } finally {
      pc.dispose();
    }
  }, 120_000);

  it('never serves the file to another müdürlük, nor says it exists', async () => {
    const hash = sha256(bytes);
    const ask = (token: string) =>
      fetch(`${hq.url}/v1/files/${hash}/content?offset=0&length=16`, { headers: { authorization: `Bearer ${token}` } });
    let own: Response | null = null;
    for (let attempt = 0; attempt < 20 && own?.status !== 200; attempt += 1) own = await ask(kayseri).catch(() => null);
    expect(own?.status).toBe(200);
    expect(Buffer.from(await (own as Response).arrayBuffer()).equals(bytes.subarray(0, 16))).toBe(true);
    const statuses = new Set<number>();
    for (let attempt = 0; attempt < 20; attempt += 1) {
      const other = await ask(sivas).catch(() => null);
      if (other === null || other.status === 503) continue;
      statuses.add(other.status);
      const body = (await other.json().catch(() => null)) as { error?: { code?: string } } | null;
      if (body !== null) expect(body.error?.code).toBe('not-found');
    }
    expect([...statuses]).toEqual([404]);
  }, 60_000);
});

describe('a replicated row whose storage_path leaves the database folder', () => {
  let hq: TestHq;
  let pc1: Pc;
  let pc2: Pc;
  let outside: string;
  beforeAll(async () => {
    hq = await startTestHq('sqlite', join(makeTempDir(), 'hq'));
    const token = await hq.registerBranch('kayseri');
    pc1 = createPc('PC1', hq.url, token, ['uzman', 'mudur']);
    pc2 = createPc('PC2', hq.url, token, ['uzman', 'mudur']);
  });
  afterAll(async () => {
    pc1.dispose();
    pc2.dispose();
    rmSync(outside, { force: true });
    await hq.close();
  });

  it('is never written to, and is reported in Turkish', async () => {
    // PC1's row names a file beside its database folder (not something the app does, but a row may say anything).
    const storagePath = `../kobi-h31-disari-${uuidv7()}.pdf`;
    outside = resolve(dirname(pc1.database.path), storagePath);
    const bytes = formBytes().subarray(0, 4096);
    writeFileSync(outside, bytes, { mode: 0o600 });
    withWrite(pc1.database.db, { kind: 'user', userId: pc1.staff.uzman ?? 0 }, (w) =>
      addDocument(w, { formCode: 'FRM.39.00.05', title: 'Dışarıda', sha256: sha256(bytes), sizeBytes: bytes.length, storagePath }),
    );
    await pc1.sync();
    const before = statSync(outside).mtimeMs;
    await pc2.sync();
    const files = pc2.client.lastReplication?.files;
    expect(files?.fetched).toBe(0);
    expect(files?.pending).toBe(1);
    expect(files?.problems[0]).toContain('veritabanı klasörünün dışını gösteriyor');
    expect(files?.message).toBe(
      'Başka bilgisayarlardan gelen 1 belgenin dosyası henüz bu bilgisayarda yok; bir sonraki eşitlemede yeniden denenecek.',
    );
    expect(statSync(outside).mtimeMs).toBe(before);
    expect(existsSync(`${outside}.part`)).toBe(false);
  });
});
