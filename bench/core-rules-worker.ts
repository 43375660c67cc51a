import { parentPort, workerData } from 'node:worker_threads';
import { evaluateFinansmanCase, evaluateIkdpCase, evaluateItkfdpCase } from '../core/rules';
import { prng, syntheticIkdpCase, syntheticItkfdpCase } from './synthetic-cases';
import { syntheticFinansmanCase } from './synthetic-finansman';

/**
 * One share of a bulk re-check, as it runs after a rule change: cases arrive a page at a time (here built from the
 * worker's seed, as pages would be read from the database) and only their evaluation is timed. Each `run` message
 * evaluates the whole share and answers the evaluation time in nanoseconds.
 */
export type WorkerInput = {
  readonly programme: 'ikdp' | 'itkfdp' | 'finansman';
  readonly count: number;
  readonly seed: number;
  readonly pageSize: number;
};

const { programme, count, seed, pageSize } = workerData as WorkerInput;

function evaluatePage(random: () => number, size: number): number {
  if (programme === 'ikdp') {
    const page = Array.from({ length: size }, () => syntheticIkdpCase(random));
    const started = process.hrtime.bigint();
    for (const input of page) if (evaluateIkdpCase(input).requests.length === 0) throw new Error('no request decided');
    return Number(process.hrtime.bigint() - started);
  }
  if (programme === 'finansman') {
    const page = Array.from({ length: size }, () => syntheticFinansmanCase(random));
    const started = process.hrtime.bigint();
    for (const input of page) if (evaluateFinansmanCase(input).schedule.installments.length !== 36) throw new Error('no schedule');
    return Number(process.hrtime.bigint() - started);
  }
  const page = Array.from({ length: size }, () => syntheticItkfdpCase(random));
  const started = process.hrtime.bigint();
  for (const input of page) if (evaluateItkfdpCase(input).decisions.length === 0) throw new Error('no period decided');
  return Number(process.hrtime.bigint() - started);
}

parentPort?.on('message', () => {
  const random = prng(seed);
  let nanoseconds = 0;
  for (let done = 0; done < count; done += pageSize) nanoseconds += evaluatePage(random, Math.min(pageSize, count - done));
  parentPort?.postMessage(nanoseconds);
});
parentPort?.postMessage('ready');
