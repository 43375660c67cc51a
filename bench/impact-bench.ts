import { mkdirSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { foldTurkish } from '../core/lib/turkish-text';
import { constant } from '../core/lib/legal-reference';
import { IKDP_2026 } from '../core/programmes/ikdp/edition-2026';
import { evaluateEligibility } from '../core/rules';
import { closeDatabase, openDatabase, type DatabaseKey, type KobiDatabase } from '../db/connection';
import { putProgrammeEdition } from '../db/repositories/reference-data';
import { withWrite } from '../db/write-context';
import { runImpact } from '../electron/services/impact-runner';
import type { BenchRow } from './bench-row';

/**
 * Issue 18 item 5: re-evaluating 50,000 open cases after a parameter change (target < 5 s). 50,000 IKDP-2026
 * applications, each with its stored eligibility evaluation, are written straight into a real encrypted database (a
 * benchmark fixture: bulk SQL, not the audited repositories, or building it would take longer than the measure);
 * headquarters then corrects the end of the 2026-1 window (30.04.2026 → 25.04.2026) and one impact run decides every
 * open case under the old and the new data in worker threads (bundled, as `npm start` and Electron run them), and
 * stores an item for each case whose decision would change (those applied 26–30.04, about one in twelve).
 */
const CASES = 50_000;
const TARGET_SECONDS = 5;
/** Inside the repository, so the bundle finds the native SQLite module in node_modules (as out/web/ does). */
const BUNDLE_FOLDER = new URL('../out/bench', import.meta.url).pathname;
const KEY: DatabaseKey = { kind: 'raw', hex: '62656e63682d696d706163742d6b6f62692d646f7379612d6b65792d32303236' };

/** The worker bundled beside the runner, as electron/build.ts puts it beside the app's main module. */
async function bundleWorker(outdir: string): Promise<URL> {
  mkdirSync(outdir, { recursive: true });
  const outfile = join(outdir, 'impact-worker.mjs');
  await build({
    entryPoints: [new URL('../electron/services/impact-worker.ts', import.meta.url).pathname],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    external: ['better-sqlite3'],
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    logLevel: 'warning',
  });
  return new URL(`file://${outfile}`);
}

/** The application dates of the 2026-1 window, 02.03–30.04.2026. */
function windowDates(): string[] {
  const dates: string[] = [];
  for (let day = new Date(Date.UTC(2026, 2, 2)); day <= new Date(Date.UTC(2026, 3, 30)); day.setUTCDate(day.getUTCDate() + 1)) {
    dates.push(day.toISOString().slice(0, 10));
  }
  return dates;
}

export function writeCases(db: KobiDatabase, cases = CASES): void {
  const at = '2026-05-04T08:00:00.000Z';
  const { sqlite } = db;
  // The stored decision depends only on the application date here: one decision per date, as case:evaluate stores it.
  const decisions = new Map(
    windowDates().map((date) => {
      const decision = evaluateEligibility({
        program: 'IKDP-2026',
        asOf: date,
        enterprise: {
          legalForm: 'TUZEL_KISI',
          registered: true,
          active: true,
          declarationCurrent: true,
          naceMain: '13.10.01',
          provinces: ['Kayseri'],
          applicationProvince: 'Kayseri',
        },
        history: [],
      });
      return [date, { eligible: decision.eligible, json: JSON.stringify(decision), rulesVersion: decision.rulesVersion }] as const;
    }),
  );
  const dates = [...decisions.keys()];
  const insertUser = sqlite.prepare(
    "INSERT INTO users (username, full_name, role, active, created_at) VALUES ('uzman', 'Ayşe Yıldırım', 'sorumlu_personel', 1, ?)",
  );
  const insertEnterprise = sqlite.prepare(
    "INSERT INTO enterprises (vkn, unvan, legal_form, registered, active, declaration_current, nace_main, created_at, updated_at) VALUES (?, ?, 'TUZEL_KISI', 1, 1, 1, '13.10.01', ?, ?)",
  );
  const insertSite = sqlite.prepare(
    "INSERT INTO enterprise_sites (enterprise_id, province, province_key, kind, created_at) VALUES (?, 'Kayseri', ?, 'merkez', ?)",
  );
  const insertApplication = sqlite.prepare(
    "INSERT INTO applications (enterprise_id, program, status, applied_on, application_province, responsible_user_id, created_at, updated_at) VALUES (?, 'IKDP-2026', 'SUBMITTED', ?, 'Kayseri', ?, ?, ?)",
  );
  const insertEvaluation = sqlite.prepare(
    "INSERT INTO evaluations (application_id, kind, eligible, result, rules_version, prepared_by_user_id, created_at) VALUES (?, 'eligibility', ?, ?, ?, ?, ?)",
  );
  sqlite.transaction(() => {
    const userId = Number(insertUser.run(at).lastInsertRowid);
    for (let index = 0; index < cases; index += 1) {
      const enterpriseId = Number(
        insertEnterprise.run(String(1_000_000_000 + index), `Etki ${index} Tekstil Ltd. Şti.`, at, at).lastInsertRowid,
      );
      insertSite.run(enterpriseId, foldTurkish('Kayseri'), at);
      const date = dates[index % dates.length] ?? '2026-03-02';
      const applicationId = Number(insertApplication.run(enterpriseId, date, userId, at, at).lastInsertRowid);
      const decision = decisions.get(date);
      if (decision !== undefined)
        insertEvaluation.run(applicationId, decision.eligible ? 1 : 0, decision.json, decision.rulesVersion, userId, at);
    }
  })();
}

export async function runImpactBenchmarks(): Promise<BenchRow[]> {
  const dir = join(tmpdir(), `kobi-dosya-impact-bench-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  try {
    const workerScript = await bundleWorker(BUNDLE_FOLDER);
    const opened = openDatabase(join(dir, 'kobi-dosya.sqlite'), { key: KEY, create: true, integrityCheck: 'background' });
    if (!opened.ok) throw new Error(opened.error.message);
    const { db } = opened;
    try {
      writeCases(db);
      withWrite(db, { kind: 'system', name: 'bench' }, (w) =>
        putProgrammeEdition(w, {
          editionId: 'IKDP-2026',
          version: 2,
          payload: {
            ...IKDP_2026,
            applicationEnd: constant('2026-04-25', {
              article: 'MADDE 10(1) karşılığı',
              act: 'merkez düzeltmesi (ölçüm)',
              provisional: true,
            }),
          },
          provisional: true,
          source: 'ölçüm',
        }),
      );
      const workers = Math.min(availableParallelism(), 4);
      const started = process.hrtime.bigint();
      const cpuBefore = process.cpuUsage();
      const result = await runImpact(db, KEY, { trigger: 'ölçüm', today: '2026-05-04', workerScript, workers });
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      // The process's CPU time covers every thread (the workers too): the figure that does not grow with the machine's load.
      const cpu = process.cpuUsage(cpuBefore);
      const cpuSeconds = (cpu.user + cpu.system) / 1e6;
      const load = loadavg()[0] ?? 0;
      return [
        {
          name: `Kural değişikliğinin etkisi: ${CASES.toLocaleString('tr-TR')} açık dosya yeniden değerlendirme (${result.workers} iş parçacığı, ${result.items.length.toLocaleString('tr-TR')} kalem)`,
          value: seconds,
          unit: 's',
          target: `< ${TARGET_SECONDS} s`,
          meetsTarget: seconds < TARGET_SECONDS && result.casesChecked === CASES,
        },
        { name: 'Kural değişikliğinin etkisi: hız', value: CASES / seconds, unit: 'dosya/s' },
        {
          name: `Kural değişikliğinin etkisi: işlemci süresi, tüm iş parçacıkları (ölçülürken yük ortalaması ${load.toLocaleString('tr-TR', { maximumFractionDigits: 1 })})`,
          value: cpuSeconds,
          unit: 's',
        },
      ];
    } finally {
      closeDatabase(db);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith('impact-bench.ts') === true) {
  const rows = await runImpactBenchmarks();
  process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
}
