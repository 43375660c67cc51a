import { formatCountTr, money, type Money } from '../../lib/money';

/**
 * The credit line's amounts as whole kuruş. A support schedule has dozens of instalments and a bulk re-check
 * evaluates hundreds of thousands of them, so the schedule and the table's sums are kept in integer kuruş: exact, as
 * decimal.js would be, and without a decimal object per figure. Integers stay exact below 2^53 kuruş; the inputs are
 * bounded so that no sum can get there (`MAX_AMOUNT_DIGITS`, `MAX_INSTALLMENTS` in core/inputs/finansman-input.ts).
 * The one product that can exceed it (interest × points × the rate's scale) is computed in BigInt.
 */
export type Kurus = number;

/** `"66000.00"` → 6600000; the input is a validated money string (digits, a point, two digits). */
export function kurusOf(value: string): Kurus {
  let kurus = 0;
  for (let index = 0; index < value.length; index += 1) {
    const digit = value.charCodeAt(index) - 48;
    if (digit >= 0 && digit <= 9) kurus = kurus * 10 + digit;
  }
  return value.charCodeAt(0) === 45 ? -kurus : kurus;
}

/** 6600000 → `"66000.00"` (the program-read form). */
export function kurusString(kurus: Kurus): string {
  const sign = kurus < 0 ? '-' : '';
  const digits = String(Math.abs(kurus)).padStart(3, '0');
  return `${sign}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

export function moneyOfKurus(kurus: Kurus): Money {
  return money(kurusString(kurus));
}

/** Turkish display form, `1.234.567,89 ₺`, straight from kuruş (the explanations format many amounts). */
export function formatKurusTry(kurus: Kurus): string {
  const magnitude = Math.abs(kurus);
  const cents = magnitude % 100;
  return `${kurus < 0 ? '-' : ''}${formatCountTr(Math.floor(magnitude / 100))},${cents < 10 ? '0' : ''}${cents} ₺`;
}

/** The average of kuruş amounts, rounded to kuruş half up, exactly: ⌊(2·sum + n) / 2n⌋. */
export function averageKurus(values: readonly Kurus[]): Kurus {
  const sum = values.reduce((total, value) => total + value, 0);
  return Math.floor((2 * sum + values.length) / (2 * values.length));
}

/** An annual rate in percent as an exact fraction: `"41.37"` → 4137 / 100. */
export type ExactRate = { readonly numerator: bigint; readonly scale: bigint };

export function exactRate(percent: string): ExactRate {
  const point = percent.indexOf('.');
  if (point < 0) return { numerator: BigInt(percent), scale: 1n };
  const fraction = percent.slice(point + 1);
  return { numerator: BigInt(percent.slice(0, point) + fraction), scale: 10n ** BigInt(fraction.length) };
}

/** interest × points / rate, rounded to kuruş half up: ⌊(2·interest·points·scale + numerator) / (2·numerator)⌋. */
export function interestShare(interest: Kurus, points: number, rate: ExactRate): Kurus {
  const dividend = BigInt(interest) * BigInt(points) * rate.scale;
  return Number((2n * dividend + rate.numerator) / (2n * rate.numerator));
}
