/**
 * Exponential backoff with full jitter: after the n-th consecutive failure
 * wait a random time between 0 and min(cap, base × 2^(n−1)). The jitter keeps
 * the müdürlükler that lost the same network at the same moment from all
 * coming back at the same second.
 */
export type Backoff = { readonly baseMs: number; readonly capMs: number };

export const DEFAULT_BACKOFF: Backoff = { baseMs: 1_000, capMs: 5 * 60_000 };

export function backoffDelayMs(failures: number, backoff: Backoff, random: () => number = Math.random): number {
  const ceiling = Math.min(backoff.capMs, backoff.baseMs * 2 ** Math.max(0, Math.min(failures - 1, 30)));
  return Math.floor(random() * ceiling);
}
