/**
 * Deterministic randomness for the demo data. Every enterprise draws from its
 * own stream, seeded from the run's seed and the enterprise's number, so
 * enterprise 17 is the same whether 100 or 50,000 are generated, and the
 * order of generation never changes what is generated.
 */
export type Random = {
  /** Uniform in [0, 1). */
  readonly next: () => number;
  /** Uniform integer in [min, max]. */
  readonly integer: (min: number, max: number) => number;
  readonly chance: (probability: number) => boolean;
  readonly pick: <T>(items: readonly T[]) => T;
  readonly weighted: <T>(items: readonly T[], weight: (item: T) => number) => T;
};

/** splitmix32 finaliser: spreads a 32-bit value so that nearby seeds give unrelated streams. */
function mix32(value: number): number {
  let z = value >>> 0;
  z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
  z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
  return (z ^ (z >>> 15)) >>> 0;
}

/** What a stream generates: streams of different kinds never share a seed for the same index. */
export type StreamKind = 'enterprise' | 'staff' | 'numbering' | 'rates';

const KIND_SALT: Readonly<Record<StreamKind, number>> = {
  enterprise: 0x1b873593,
  staff: 0x85ebca6b,
  numbering: 0xc2b2ae35,
  rates: 0x27d4eb2f,
};

/** The seed of stream `index` of a kind in a run. */
export function streamSeed(seed: number, kind: StreamKind, index: number): number {
  return mix32(mix32(seed ^ KIND_SALT[kind]) ^ Math.imul(index + 1, 0x9e3779b9));
}

/** mulberry32: small, fast and good enough for test data (not for anything secret). */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const integer = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    const item = items[Math.floor(next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  };
  const weighted = <T>(items: readonly T[], weight: (item: T) => number): T => {
    const total = items.reduce((sum, item) => sum + weight(item), 0);
    let target = next() * total;
    for (const item of items) {
      target -= weight(item);
      if (target < 0) return item;
    }
    return pick(items);
  };
  return { next, integer, chance: (probability) => next() < probability, pick, weighted };
}

/** Cumulative weights for picking from a long list many times (binary search instead of a scan). */
export function weightedTable<T>(items: readonly T[], weight: (item: T) => number): (random: Random) => T {
  const cumulative: number[] = [];
  let total = 0;
  for (const item of items) {
    total += weight(item);
    cumulative.push(total);
  }
  return (random) => {
    const target = random.next() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((cumulative[middle] ?? 0) > target) high = middle;
      else low = middle + 1;
    }
    const item = items[low];
    if (item === undefined) throw new Error('weighted pick from an empty list');
    return item;
  };
}
