import { evaluateIkdpCase, evaluateItkfdpCase } from '../core/rules';
import { median, type BenchRow } from './bench-row';
import { prng, syntheticIkdpCase, syntheticItkfdpCase } from './synthetic-cases';

const CASES = 100_000;
const RUNS = 5;
const TARGET_CASES_PER_SECOND = 50_000;

/** Evaluate every case RUNS times; median cases/s and the peak resident memory seen while doing so. */
function measure<T>(name: string, cases: readonly T[], evaluate: (input: T) => unknown): BenchRow[] {
  const rates: number[] = [];
  let peakRss = process.memoryUsage().rss;
  let sink = 0;
  for (let run = 0; run < RUNS; run += 1) {
    const started = process.hrtime.bigint();
    for (const input of cases) {
      if (evaluate(input) !== undefined) sink += 1;
    }
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    rates.push(cases.length / seconds);
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }
  if (sink !== cases.length * RUNS) throw new Error('evaluation returned nothing');
  const rate = median(rates);
  return [
    { name: `${name}: ${CASES.toLocaleString('tr-TR')} dosya, açıklamalarla (medyan / ${RUNS})`, value: rate, unit: 'dosya/s', target: `≥ ${TARGET_CASES_PER_SECOND.toLocaleString('tr-TR')}`, meetsTarget: rate >= TARGET_CASES_PER_SECOND },
    { name: `${name}: en yüksek bellek (RSS)`, value: peakRss / 2 ** 20, unit: 'MiB' },
  ];
}

export function runCoreRulesBenchmarks(): BenchRow[] {
  const ikdpRandom = prng(2025);
  const ikdpCases = Array.from({ length: CASES }, () => syntheticIkdpCase(ikdpRandom));
  const ikdp = measure('IKDP-2025 değerlendirme', ikdpCases, (input) => evaluateIkdpCase(input));
  const itkRandom = prng(2026);
  const itkCases = Array.from({ length: CASES }, () => syntheticItkfdpCase(itkRandom));
  const itk = measure('ITKFDP-II değerlendirme (6 dönem, 2–4 kişi)', itkCases, (input) => evaluateItkfdpCase(input));
  return [...ikdp, ...itk];
}
