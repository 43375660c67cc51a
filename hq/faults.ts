/**
 * Fault injection for tests (issue 17 item 3): with probability `rate` a
 * request to the protocol's endpoints meets one of these, chosen evenly.
 * - `drop`: the connection is closed before the request is processed;
 * - `unavailable`: 503 without processing;
 * - `delay`: answered normally after 20–250 ms;
 * - `truncate`: processed, the answer cut in half and the connection closed;
 * - `duplicate`: processed twice, as a retransmitted request would be;
 * - `lost-ack`: processed and committed, the connection closed before the answer.
 */
export const FAULT_KINDS = ['drop', 'unavailable', 'delay', 'truncate', 'duplicate', 'lost-ack'] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

export type FaultInjector = {
  pick(): FaultKind | null;
  /**
   * For a feed page (§13): with probability `rate`, the index of the entry whose
   * signed payload gets one byte flipped, else `null`; counted as `tamper`.
   */
  tamperIndex(entries: number): number | null;
  readonly counts: Record<FaultKind | 'tamper', number>;
  delayMs(): number;
};

export function faultInjector(rate: number, random: () => number = Math.random): FaultInjector {
  const counts = Object.fromEntries([...FAULT_KINDS, 'tamper'].map((kind) => [kind, 0])) as Record<FaultKind | 'tamper', number>;
  return {
    counts,
    pick: () => {
      if (rate <= 0 || random() >= rate) return null;
      const kind = FAULT_KINDS[Math.floor(random() * FAULT_KINDS.length)] ?? 'drop';
      counts[kind] += 1;
      return kind;
    },
    tamperIndex: (entries) => {
      if (rate <= 0 || entries === 0 || random() >= rate) return null;
      counts.tamper += 1;
      return Math.floor(random() * entries);
    },
    delayMs: () => 20 + Math.floor(random() * 230),
  };
}
