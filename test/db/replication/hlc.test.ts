import { describe, expect, it } from 'vitest';
import { compareHlc, formatHlc, nextLocalHlc, parseHlc, receiveHlc, type Hlc } from '../../../db/replication/hlc';

/** The hybrid logical clock of replication (docs/sync-protocol.md §14.2): text order is time order; send and receive rules. */
const A = '01900000-0000-7000-8000-00000000000a';
const B = '01900000-0000-7000-8000-00000000000b';
const T = Date.parse('2026-03-02T08:00:00.000Z');

describe('hybrid logical clock', () => {
  it('formats as fixed-width text that parses back', () => {
    const clock: Hlc = { millis: T, counter: 42, device: A };
    expect(formatHlc(clock)).toBe(`2026-03-02T08:00:00.000Z-0000002a-${A}`);
    expect(parseHlc(formatHlc(clock))).toEqual(clock);
    expect(parseHlc('2026-03-02T08:00:00Z-1-x')).toBeNull();
  });

  it.each([
    ['later time wins over a larger counter', { millis: T + 1, counter: 0, device: A }, { millis: T, counter: 99, device: B }, 1],
    ['same time: the larger counter wins', { millis: T, counter: 10, device: A }, { millis: T, counter: 9, device: B }, 1],
    ['counter 0x10 after 0x0f (fixed width)', { millis: T, counter: 16, device: A }, { millis: T, counter: 15, device: A }, 1],
    ['same time and counter: the device id breaks the tie', { millis: T, counter: 1, device: A }, { millis: T, counter: 1, device: B }, -1],
    ['equal clocks', { millis: T, counter: 1, device: A }, { millis: T, counter: 1, device: A }, 0],
  ] as const)('%s', (_name, left, right, expected) => {
    expect(compareHlc(formatHlc(left), formatHlc(right))).toBe(expected);
  });

  it.each([
    ['first clock', null, T, { millis: T, counter: 0, device: A }],
    ['physical time moved on', { millis: T, counter: 5, device: A }, T + 1, { millis: T + 1, counter: 0, device: A }],
    ['same millisecond', { millis: T, counter: 5, device: A }, T, { millis: T, counter: 6, device: A }],
    ['wall clock went back', { millis: T, counter: 5, device: A }, T - 60_000, { millis: T, counter: 6, device: A }],
    ['counter full', { millis: T, counter: 0xffffffff, device: A }, T, { millis: T + 1, counter: 0, device: A }],
  ] as const)('send: %s', (_name, last, physical, expected) => {
    expect(nextLocalHlc(last, physical, A)).toEqual(expected);
  });

  it('receive: a local change after a remote one orders after it, even when the local wall clock is behind', () => {
    const remote: Hlc = { millis: T + 3_600_000, counter: 7, device: B };
    const received = receiveHlc({ millis: T, counter: 0, device: A }, remote, A);
    const next = nextLocalHlc(received, T + 1, A);
    expect(compareHlc(formatHlc(next), formatHlc(remote))).toBe(1);
    expect(receiveHlc({ millis: T + 9_999_999, counter: 0, device: A }, remote, A)).toEqual({
      millis: T + 9_999_999,
      counter: 0,
      device: A,
    });
  });
});
