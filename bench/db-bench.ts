import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import ExcelJS from 'exceljs';
import { closeDatabase, openDatabase, type DatabaseKey, type KobiDatabase } from '../db/connection';
import { DEMO_AS_OF } from '../db/demo/generate';
import { demoTckn } from '../db/demo/identifiers';
import { createRandom, type Random } from '../db/demo/random';
import { writeDemoData } from '../db/demo/write-demo';
import { importSgkServiceList } from '../db/imports/import-sgk';
import { loadCase } from '../db/repositories/case-loading';
import { INBOX_PAGE_SIZE, inboxPage, type InboxCursor, type InboxQuery } from '../db/search/inbox';
import { parseSearchQuery, prefixUpperBound } from '../db/search/query';
import { searchEnterprises } from '../db/search/search-enterprises';
import { median, percentile, type BenchRow } from './bench-row';
import { runLargeListBenchmark } from './db-large-list-bench';
import { handwrittenAuditedImport, rawUpsertImport } from './db-handwritten-import';
import { HANDWRITTEN_INBOX_SQL, HANDWRITTEN_SEARCH_SQL, handwrittenCaseLoader } from './db-handwritten';

/**
 * Database benchmarks (issue 3 item 11), on a demo set of 50,000 enterprises
 * (about a million monthly SGK rows) written once per run into a temporary,
 * encrypted file with `demo-data`'s writer. Every figure comes with its ratio to the same work done by
 * hand-written better-sqlite3 prepared statements (target ≤ 1.5×).
 * `KOBI_BENCH_ENTERPRISES` sets another size for a quick run.
 */

const ENTERPRISES = Number(process.env.KOBI_BENCH_ENTERPRISES ?? 50_000);
const SEED = 1;
const RATIO_TARGET = 1.5;
const SEARCH_LIMIT = 20;
const SEARCH_TARGET_P95_MS = 20;
const LOAD_CASE_TARGET_MS = 5;
const INBOX_TARGET_MS = 10;
const IMPORT_TARGET_MS = 1000;
const BUILD_TARGET_S = 180;

function timed<T>(work: () => T): { readonly ms: number; readonly value: T } {
  const started = performance.now();
  const value = work();
  return { ms: performance.now() - started, value };
}

async function timedAsync<T>(work: () => Promise<T>): Promise<{ readonly ms: number; readonly value: T }> {
  const started = performance.now();
  const value = await work();
  return { ms: performance.now() - started, value };
}

/** A timed figure with its own target and its ratio to the hand-written yardstick: the row meets its target when both hold. */
function ratioRow(name: string, value: number, target: number, reference: number, unit = 'ms'): BenchRow {
  const ratio = value / reference;
  return {
    name,
    value,
    unit,
    target: `< ${target} ${unit}, ≤ ${RATIO_TARGET}×`,
    meetsTarget: value < target && ratio <= RATIO_TARGET,
    ratio,
    ratioLabel: `el yazımı SQL'e göre (hedef ≤ ${RATIO_TARGET}×)`,
  };
}

function sampleIds(sqlite: KobiDatabase['sqlite'], sql: string, count: number, random: Random): number[] {
  const ids = (sqlite.prepare(sql).all() as { id: number }[]).map((row) => row.id);
  const picked: number[] = [];
  for (let index = 0; index < count && ids.length > 0; index += 1) picked.push(ids[random.integer(0, ids.length - 1)] ?? 0);
  return picked;
}

/** Times `ours` and `hand` alternately on the same inputs, so neither gets a warmer cache. */
function interleaved<T>(
  inputs: readonly T[],
  ours: (input: T) => unknown,
  hand: (input: T) => unknown,
): { readonly ours: number[]; readonly hand: number[] } {
  const times = { ours: [] as number[], hand: [] as number[] };
  for (const input of inputs) {
    times.ours.push(timed(() => ours(input)).ms);
    times.hand.push(timed(() => hand(input)).ms);
  }
  return times;
}

/** What a user types while looking for an enterprise: each prefix of the first two words of an unvan or a person's name, VKN digits. */
function typedQueries(db: KobiDatabase, random: Random): string[] {
  const queries: string[] = [];
  const typeWords = (text: string): void => {
    const [first = '', second = ''] = text.split(/\s+/);
    for (let length = 1; length <= first.length; length += 1) queries.push(first.slice(0, length));
    for (let length = 1; length <= second.length; length += 1) queries.push(`${first} ${second.slice(0, length)}`);
  };
  const unvan = db.sqlite.prepare<[number], { unvan: string; vkn: string }>('SELECT unvan, vkn FROM enterprises WHERE id = ?');
  for (const id of sampleIds(db.sqlite, 'SELECT id FROM enterprises', 150, random)) {
    const row = unvan.get(id);
    if (row !== undefined) typeWords(row.unvan);
  }
  for (const id of sampleIds(db.sqlite, 'SELECT id FROM enterprises', 30, random)) {
    const vkn = unvan.get(id)?.vkn ?? '';
    for (let length = 1; length <= vkn.length; length += 1) queries.push(vkn.slice(0, length));
  }
  const person = db.sqlite.prepare<[number], { name: string }>(
    "SELECT first_name || ' ' || last_name AS name FROM committed_personnel WHERE id = ?",
  );
  for (const id of sampleIds(db.sqlite, 'SELECT id FROM committed_personnel', 30, random)) typeWords(person.get(id)?.name ?? '');
  return queries;
}

function searchRows(db: KobiDatabase, random: Random): BenchRow[] {
  const queries = typedQueries(db, random);
  const handwritten = db.sqlite.prepare<[Record<string, string | number>], { id: number }>(HANDWRITTEN_SEARCH_SQL);
  const byHand = (query: string): { id: number }[] => {
    const { tokens } = parseSearchQuery(query);
    const [first] = tokens;
    if (first === undefined) return [];
    const digits = tokens.length === 1 && first.kind === 'digits';
    const expression = (anchored: boolean): string =>
      tokens.map((token, index) => `${anchored && index === 0 ? '^' : ''}"${token.prefix}"*`).join(' ');
    return handwritten.all({
      low: digits ? first.prefix : '~',
      high: digits ? prefixUpperBound(first.prefix) : '~',
      anchored: expression(true),
      plain: expression(false),
      limit: SEARCH_LIMIT,
    });
  };
  for (const query of queries) {
    const ours = searchEnterprises(db, query, SEARCH_LIMIT).map((hit) => hit.id);
    if (
      !isDeepStrictEqual(
        ours,
        byHand(query).map((row) => row.id),
      )
    )
      throw new Error(`search "${query}" and the hand-written statement disagree`);
  }
  const naive = db.sqlite.prepare<[string, string, string, number]>(
    'SELECT id, unvan, vkn, tckn FROM enterprises WHERE unvan LIKE ? OR vkn LIKE ? OR tckn LIKE ? LIMIT ?',
  );
  const { ours, hand } = interleaved(
    queries,
    (query) => searchEnterprises(db, query, SEARCH_LIMIT),
    (query) => byHand(query),
  );
  const like = queries.map((query) => {
    const pattern = `%${query}%`;
    return timed(() => naive.all(pattern, pattern, pattern, SEARCH_LIMIT)).ms;
  });
  const p95 = percentile(ours, 0.95);
  const likeP95 = percentile(like, 0.95);
  return [
    ratioRow(`arama (yazdıkça, ${queries.length} sorgu) p50`, median(ours), SEARCH_TARGET_P95_MS, median(hand)),
    ratioRow(`arama (yazdıkça, ${queries.length} sorgu) p95`, p95, SEARCH_TARGET_P95_MS, percentile(hand, 0.95)),
    {
      name: "naif LIKE '%q%' taraması p95 (ı/İ katlamaz, sıralamaz)",
      value: likeP95,
      unit: 'ms',
      ratio: likeP95 / p95,
      ratioLabel: 'aramanın p95 süresine göre',
    },
  ];
}

function loadCaseRows(db: KobiDatabase, random: Random): BenchRow[] {
  const ids = sampleIds(
    db.sqlite,
    `SELECT a.id FROM applications a LEFT JOIN loans l ON l.application_id = a.id
      WHERE a.approved_on IS NOT NULL AND a.status IN ('APPROVED', 'COMPLETED', 'TERMINATED') AND (a.program <> 'ITKFDP-II' OR l.credit_used_on IS NOT NULL)`,
    400,
    random,
  );
  const byHand = handwrittenCaseLoader(db.sqlite);
  for (const id of ids) {
    const ours = loadCase(db, id);
    if (!ours.ok || !isDeepStrictEqual(ours, byHand(id))) throw new Error(`loadCase(${id}) and the hand-written loader disagree or fail`);
  }
  const { ours, hand } = interleaved(
    ids,
    (id) => loadCase(db, id),
    (id) => byHand(id),
  );
  return [
    ratioRow(`loadCase (${ids.length} dosya) p50`, median(ours), LOAD_CASE_TARGET_MS, median(hand)),
    ratioRow(`loadCase (${ids.length} dosya) p95`, percentile(ours, 0.95), LOAD_CASE_TARGET_MS, percentile(hand, 0.95)),
  ];
}

function inboxRows(db: KobiDatabase, random: Random): BenchRow[] {
  const handwritten = db.sqlite.prepare<[Record<string, string | number | null>], { kind: string; subjectId: number }>(
    HANDWRITTEN_INBOX_SQL,
  );
  // The müdürlük's inbox paged through 20 pages, and the first page of 30 officers.
  const requests: InboxQuery[] = [];
  let after: InboxCursor | undefined;
  for (let page = 0; page < 20; page += 1) {
    const query: InboxQuery = { asOf: DEMO_AS_OF, ...(after === undefined ? {} : { after }) };
    requests.push(query);
    after = inboxPage(db, query).at(-1)?.cursor;
  }
  for (const user of sampleIds(db.sqlite, "SELECT id FROM users WHERE role = 'sorumlu_personel'", 30, random))
    requests.push({ asOf: DEMO_AS_OF, responsibleUserId: user });
  const byHand = (query: InboxQuery): { kind: string; subjectId: number }[] =>
    handwritten.all({
      user: query.responsibleUserId ?? null,
      due: query.after?.nominalDue ?? '',
      kind: query.after?.kind ?? '',
      id: query.after?.subjectId ?? 0,
      limit: INBOX_PAGE_SIZE,
    });
  for (const query of requests) {
    const key = (task: { kind: string; subjectId: number }): string => `${task.kind}:${task.subjectId}`;
    if (!isDeepStrictEqual(inboxPage(db, query).map(key), byHand(query).map(key)))
      throw new Error('inbox and the hand-written statement disagree');
  }
  const { ours, hand } = interleaved(requests, (query) => inboxPage(db, query), byHand);
  return [
    ratioRow(
      `gelen kutusu: 50 satırlık sayfa, son tarihe göre (${requests.length} sayfa) p95`,
      percentile(ours, 0.95),
      INBOX_TARGET_MS,
      percentile(hand, 0.95),
    ),
  ];
}

const MONTHS_2025 = Array.from({ length: 12 }, (_, index) => index + 1);

async function serviceListXlsx(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Hizmet Listesi');
  sheet.addRow([
    'Yıl',
    'Ay',
    'Kanun No',
    'Mahiyet',
    'Belge Türü',
    'S.G. No',
    'Ad',
    'Soyad',
    'Gün',
    'Eksik Gün Sayısı',
    'EGS',
    'Giriş Günü',
    'Çıkış Günü',
  ]);
  for (let person = 0; person < 250; person += 1) {
    const tckn = demoTckn(9_000_000 + person, 17, person % 10 === 0);
    for (const month of MONTHS_2025) {
      const sick = (person + month) % 13 === 0;
      sheet.addRow([
        2025,
        month,
        5510,
        'A',
        1,
        Number(tckn),
        `Ad${person}`,
        `Soyad${person}`,
        sick ? 25 : 30,
        sick ? 5 : 0,
        sick ? 1 : null,
        null,
        null,
      ]);
    }
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const IMPORT_RUNS = 5;

/** Audit entries written since `seq`: what an import added to the log. */
function auditEntriesAfter(db: KobiDatabase, seq: number): number {
  return db.sqlite.prepare<[number], { count: number }>('SELECT count(*) AS count FROM audit_log WHERE seq > ?').get(seq)?.count ?? 0;
}

function lastAuditSeq(db: KobiDatabase): number {
  return db.sqlite.prepare<[], { seq: number | null }>('SELECT max(seq) AS seq FROM audit_log').get()?.seq ?? 0;
}

/**
 * The import timed into enterprises with one province each: ours and the
 * audited hand-written yardstick alternately (each into its own enterprise),
 * then the unaudited upserts. Each run must write the same audit entries.
 */
async function importRows(db: KobiDatabase): Promise<BenchRow[]> {
  const bytes = await serviceListXlsx();
  const targets = db.sqlite
    .prepare<[number], { enterpriseId: number; province: string }>(
      `SELECT enterprise_id AS enterpriseId, min(province) AS province FROM enterprise_sites
        GROUP BY enterprise_id HAVING count(*) = 1 ORDER BY enterprise_id DESC LIMIT ?`,
    )
    .all(3 * IMPORT_RUNS);
  if (targets.length < 3 * IMPORT_RUNS) throw new Error('not enough single-province enterprises for the import benchmark');
  const ours: number[] = [];
  const hand: number[] = [];
  for (let run = 0; run < IMPORT_RUNS; run += 1) {
    const [mine, theirs] = [targets[2 * run], targets[2 * run + 1]];
    if (mine === undefined || theirs === undefined) throw new Error('import benchmark target missing');
    const before = lastAuditSeq(db);
    const timedOurs = await timedAsync(() =>
      importSgkServiceList(db, { kind: 'system', name: 'bench' }, { fileName: 'bench.xlsx', bytes, enterpriseId: mine.enterpriseId }),
    );
    if (timedOurs.value.kind !== 'imported') throw new Error(`benchmark import failed: ${timedOurs.value.kind}`);
    const ourEntries = auditEntriesAfter(db, before);
    const timedHand = await timedAsync(() => handwrittenAuditedImport(db.sqlite, bytes, theirs, 'system:bench'));
    if (
      timedHand.value.auditEntries !== ourEntries ||
      timedHand.value.inserted + timedHand.value.updated !== timedOurs.value.counts.inserted + timedOurs.value.counts.updated
    )
      throw new Error(
        `the import and its hand-written yardstick wrote different rows or audit entries: ${JSON.stringify({ ours: timedOurs.value.counts, ourEntries, hand: timedHand.value })}`,
      );
    ours.push(timedOurs.ms);
    hand.push(timedHand.ms);
  }
  // Last, as they leave rows without audit entries in this throw-away database.
  const raw: number[] = [];
  for (const target of targets.slice(2 * IMPORT_RUNS)) raw.push((await timedAsync(() => rawUpsertImport(db.sqlite, bytes, target))).ms);
  const oursMedian = median(ours);
  return [
    ratioRow(`XLSX içe aktarma: 250 kişi × 12 ay, denetim kayıtlı (medyan / ${IMPORT_RUNS})`, oursMedian, IMPORT_TARGET_MS, median(hand)),
    {
      name: `  aynı liste denetimsiz ham upsert ile (medyan / ${IMPORT_RUNS})`,
      value: median(raw),
      unit: 'ms',
      ratio: oursMedian / median(raw),
      ratioLabel: 'içe aktarmanın bu süreye oranı (denetimin bedeli)',
    },
  ];
}

export async function runDatabaseBenchmarks(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'kobi-dosya-bench-'));
  const key: DatabaseKey = { kind: 'raw', hex: randomBytes(32).toString('hex') };
  // The connection that wrote the set measures it; reopening (the full integrity check) is timed once, last.
  const path = join(dir, 'demo.sqlite');
  const opened = openDatabase(path, { key, create: true });
  if (!opened.ok) throw new Error(`${opened.error.message} ${opened.error.detail ?? ''}`);
  const { db } = opened;
  try {
    const build = timed(() => writeDemoData(db, { seed: SEED, enterprises: ENTERPRISES }));
    if (!build.value.ok) throw new Error(build.value.reason);
    const { summary } = build.value;
    const seconds = build.ms / 1000;
    const buildRow: BenchRow = {
      name: `demo-data: ${summary.enterprises.toLocaleString('tr-TR')} işletme, ${(summary.enterpriseMonthRows + summary.personMonthRows).toLocaleString('tr-TR')} aylık satır (hepsi denetim kayıtlı)`,
      value: seconds,
      unit: 's',
      target: `≤ ${BUILD_TARGET_S} s`,
      meetsTarget: seconds <= BUILD_TARGET_S,
    };
    const random = createRandom(SEED);
    const rows = [
      buildRow,
      ...searchRows(db, random),
      ...loadCaseRows(db, random),
      ...inboxRows(db, random),
      ...(await importRows(db)),
      ...(await runLargeListBenchmark()),
    ];
    closeDatabase(db);
    return [...rows, openRow(path, key)];
  } finally {
    if (db.sqlite.open) closeDatabase(db);
    rmSync(dir, { recursive: true, force: true });
  }
}

/** What the app's start costs on this file: key, pragmas and the full `PRAGMA integrity_check` (no target: the size decides). */
function openRow(path: string, key: DatabaseKey): BenchRow {
  const reopened = timed(() => openDatabase(path, { key }));
  if (!reopened.value.ok) throw new Error(reopened.value.error.message);
  closeDatabase(reopened.value.db);
  const megabytes = statSync(path).size / (1024 * 1024);
  return {
    name: `açılış: anahtar + tam bütünlük denetimi (${Math.round(megabytes).toLocaleString('tr-TR')} MB dosya)`,
    value: reopened.ms / 1000,
    unit: 's',
  };
}
