import { mkdirSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';
import { median, type BenchRow } from './bench-row';
import type { WorkerInput } from './core-rules-worker';

const CASES = 100_000;
const RUNS = 5;
const PAGE_SIZE = 1_000;
const TARGET_CASES_PER_SECOND = 50_000;
const SEEDS = { ikdp: 2025, itkfdp: 2026, finansman: 2027 } as const;
type Programme = keyof typeof SEEDS;

const LABELS: Readonly<Record<Programme, string>> = {
  ikdp: 'IKDP-2025 değerlendirme',
  itkfdp: 'ITKFDP-II değerlendirme (6 dönem, 2–4 kişi)',
  finansman: 'Finansman desteği 2026 değerlendirme (36 taksit)',
};

/** The rules run bundled, as in the packaged application (no per-module loader in between). */
async function bundleWorker(): Promise<string> {
  const outdir = join(tmpdir(), 'kobi-dosya-bench');
  mkdirSync(outdir, { recursive: true });
  const outfile = join(outdir, 'core-rules-worker.mjs');
  await build({
    entryPoints: [new URL('./core-rules-worker.ts', import.meta.url).pathname],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    logLevel: 'warning',
  });
  return outfile;
}

function nextMessage(worker: Worker): Promise<unknown> {
  return new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

/**
 * `threads` workers share the cases; a run's time is the slowest worker's evaluation time. Median cases/s over RUNS
 * runs, and the process's peak resident memory.
 */
async function measure(file: string, programme: Programme, threads: number): Promise<{ readonly rate: number; readonly peakRss: number }> {
  const share = Math.ceil(CASES / threads);
  const workers = Array.from({ length: threads }, (_, index) => {
    const workerData: WorkerInput = { programme, count: share, seed: SEEDS[programme] + index, pageSize: PAGE_SIZE };
    return new Worker(file, { workerData });
  });
  try {
    await Promise.all(workers.map(nextMessage));
    const rates: number[] = [];
    let peakRss = process.memoryUsage().rss;
    for (let run = 0; run < RUNS; run += 1) {
      const answers = workers.map(nextMessage);
      for (const worker of workers) worker.postMessage('run');
      const nanoseconds = (await Promise.all(answers)).map(Number);
      rates.push((share * threads) / (Math.max(...nanoseconds) / 1e9));
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
    }
    return { rate: median(rates), peakRss };
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

function rateRow(programme: Programme, threads: number, rate: number): BenchRow {
  const name = `${LABELS[programme]}: ${CASES.toLocaleString('tr-TR')} dosya, açıklamalarla, ${threads} iş parçacığı (medyan / ${RUNS})`;
  const target = `≥ ${TARGET_CASES_PER_SECOND.toLocaleString('tr-TR')}`;
  return threads === 1
    ? { name, value: rate, unit: 'dosya/s' }
    : { name, value: rate, unit: 'dosya/s', target, meetsTarget: rate >= TARGET_CASES_PER_SECOND };
}

export async function runCoreRulesBenchmarks(): Promise<BenchRow[]> {
  const file = await bundleWorker();
  const threads = availableParallelism();
  const rows: BenchRow[] = [];
  for (const programme of ['ikdp', 'itkfdp', 'finansman'] as const) {
    const single = await measure(file, programme, 1);
    const parallel = threads > 1 ? await measure(file, programme, threads) : single;
    if (threads > 1) rows.push(rateRow(programme, 1, single.rate));
    rows.push(rateRow(programme, threads, parallel.rate), {
      name: `${LABELS[programme]}: en yüksek bellek (RSS, süreç)`,
      value: Math.max(single.peakRss, parallel.peakRss) / 2 ** 20,
      unit: 'MiB',
    });
  }
  return rows;
}
