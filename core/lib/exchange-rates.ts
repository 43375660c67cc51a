import type { IsoDate } from './calendar-date';
import { money, type Money } from './money';

/** TCMB EUR buying rates (döviz alış) by date, as decimal strings. */
export type RateTable = Readonly<Record<IsoDate, string>>;

export type RateOnDate = { readonly requested: IsoDate; readonly date: IsoDate; readonly rate: Money };

/**
 * The rate of `date`; a date with no published rate (weekend, holiday) uses the latest earlier one
 * (spec/domain-rules.md "Clawback"). `null` when no earlier rate is known.
 */
export function rateOn(rates: RateTable, date: IsoDate): RateOnDate | null {
  let best: IsoDate | null = null;
  for (const candidate of Object.keys(rates)) {
    if (candidate <= date && (best === null || candidate > best)) best = candidate;
  }
  if (best === null) return null;
  const value = rates[best];
  return value === undefined ? null : { requested: date, date: best, rate: money(value) };
}
