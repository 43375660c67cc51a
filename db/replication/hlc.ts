/**
 * Hybrid logical clock (Kulkarni et al. 2014; the text format follows Actual
 * Budget's sync timestamps): `2026-03-02T08:00:00.000Z-0000002a-<deviceId>`,
 * the physical time in milliseconds as ISO 8601 UTC, a counter (8 hex digits)
 * that orders events within one millisecond, and the device id as the
 * tie-break. Clocks compare as plain text: the ISO time and the fixed-width
 * counter sort lexicographically in time order, and two devices never issue
 * the same clock. Pure: the caller passes the physical time.
 */
export type Hlc = { readonly millis: number; readonly counter: number; readonly device: string };

const MAX_COUNTER = 0xffffffff;
const HLC_PATTERN = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)-([0-9a-f]{8})-(.+)$/;

export function formatHlc(clock: Hlc): string {
  return `${new Date(clock.millis).toISOString()}-${clock.counter.toString(16).padStart(8, '0')}-${clock.device}`;
}

export function parseHlc(text: string): Hlc | null {
  const match = HLC_PATTERN.exec(text);
  if (match === null) return null;
  const [, time = '', counter = '', device = ''] = match;
  const millis = Date.parse(time);
  return Number.isFinite(millis) ? { millis, counter: Number.parseInt(counter, 16), device } : null;
}

/** Total order of clocks: time, then counter, then device id. */
export function compareHlc(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0;
}

/** The next clock this device issues for a local change made at `physicalMillis`, after `last` (its previous clock, or `null`). */
export function nextLocalHlc(last: Hlc | null, physicalMillis: number, device: string): Hlc {
  if (last === null || physicalMillis > last.millis) return { millis: physicalMillis, counter: 0, device };
  if (last.counter >= MAX_COUNTER) return { millis: last.millis + 1, counter: 0, device };
  return { millis: last.millis, counter: last.counter + 1, device };
}

/**
 * The device's clock after it received `remote`: at least as late as both, so
 * every local change made after applying a remote one orders after it
 * (causality), whatever the two PCs' wall clocks say.
 */
export function receiveHlc(last: Hlc | null, remote: Hlc, device: string): Hlc {
  if (last === null || remote.millis > last.millis || (remote.millis === last.millis && remote.counter > last.counter))
    return { millis: remote.millis, counter: remote.counter, device };
  return last;
}
