import type { Money } from './money';

/** One amount of a decision with how it was computed, in Turkish with the numbers used. */
export type AmountLine = {
  readonly label: string;
  readonly amount: Money;
  readonly currency: 'TRY' | 'EUR';
  readonly formula: string;
};
