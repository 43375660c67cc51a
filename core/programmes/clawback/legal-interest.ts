import { Decimal } from 'decimal.js';
import { formatDateTr, type IsoDate } from '../../lib/calendar-date';
import { money } from '../../lib/money';
import { invalid, valid, type Validated } from '../../lib/validation';
import type { LegalInterestRate, LegalInterestRateTable, ReeskontLinkedRule } from '../../reference/legal-interest-rates';

/** A legal interest rate with where it comes from, as the clawback explanation names it. */
export type LegalRatePeriod = { readonly from: IsoDate; readonly percent: string; readonly source: string; readonly provisional: boolean };

/** `38.75` → `%38,75`. */
export function percentTr(percent: string): string {
  return `%${percent.replace('.', ',')}`;
}

function reeskontOn(rule: ReeskontLinkedRule, date: IsoDate): Validated<string> {
  if (date > rule.reeskontKnownUntil) {
    return invalid(
      'legalInterest',
      `${formatDateTr(date)} tarihli TCMB reeskont oranı tabloda yok (tablo ${formatDateTr(rule.reeskontKnownUntil)} tarihine kadar); kanuni faiz oranı türetilemez, merkezden güncel reeskont tablosu gerekir.`,
    );
  }
  let found: string | null = null;
  let foundFrom = '';
  for (const entry of rule.reeskontRates) {
    if (entry.from <= date && entry.from >= foundFrom) {
      found = entry.percent;
      foundFrom = entry.from;
    }
  }
  if (found === null) return invalid('legalInterest', `${formatDateTr(date)} için TCMB reeskont oranı tabloda yok.`);
  return valid(found);
}

function share(rule: ReeskontLinkedRule, reeskont: string): string {
  return money(reeskont).times(rule.sharePercent).div(100).toString();
}

/**
 * 3095 s. Kanun m.1 as rewritten by 7589 s. Kanun m.10: each year from the rule's start, `sharePercent` % of the
 * reeskont rate of the previous 31 December; from 1 July, `sharePercent` % of the 30 June rate when it differs from
 * that by `switchPoints` points or more. Project reading (README "Kuralların okunuşu"): the 1 July switch applies from
 * the first 1 July on or after the rule's start (the law entered into force on 31/07/2026, after 1 July 2026), so for
 * 2026 the 31/12/2025 rate alone decides: 80 % × 38,75 % = 31 % from 31/07/2026.
 */
function reeskontLinkedPeriods(rule: ReeskontLinkedRule, until: IsoDate): Validated<LegalRatePeriod[]> {
  const periods: LegalRatePeriod[] = [];
  const note = rule.provisional ? '; geçici, merkez teyidi bekleniyor' : '';
  for (let year = Number(rule.from.slice(0, 4)); ; year += 1) {
    const start = `${year}-01-01` > rule.from ? `${year}-01-01` : rule.from;
    if (start >= until) break;
    const december = `${year - 1}-12-31`;
    const base = reeskontOn(rule, december);
    if (!base.ok) return base;
    const basePercent = share(rule, base.value);
    periods.push({
      from: start,
      percent: basePercent,
      source: `${rule.act}: ${formatDateTr(december)} TCMB reeskont oranı ${percentTr(base.value)} × ${percentTr(rule.sharePercent)} = ${percentTr(basePercent)}${note}`,
      provisional: rule.provisional,
    });
    const july = `${year}-07-01`;
    if (july < rule.from || july >= until) continue;
    const june = reeskontOn(rule, `${year}-06-30`);
    if (!june.ok) return june;
    if (new Decimal(june.value).minus(base.value).abs().gte(rule.switchPoints)) {
      const junePercent = share(rule, june.value);
      periods.push({
        from: july,
        percent: junePercent,
        source: `${rule.act}: 30.06.${year} TCMB reeskont oranı ${percentTr(june.value)}, ${formatDateTr(december)} oranından ${rule.switchPoints} puan veya daha fazla farklı; ${percentTr(june.value)} × ${percentTr(rule.sharePercent)} = ${percentTr(junePercent)}${note}`,
        provisional: rule.provisional,
      });
    }
  }
  return valid(periods);
}

function typedPeriod(entry: LegalInterestRate): LegalRatePeriod {
  return { from: entry.from, percent: entry.percent, source: entry.act, provisional: entry.provisional === true };
}

/** Every legal interest rate in force on some day before `until`, in date order: typed ones, then derived ones. */
export function legalRatePeriods(table: LegalInterestRateTable, until: IsoDate): Validated<LegalRatePeriod[]> {
  const rule = table.reeskontLinked;
  const typed = table.entries
    .filter((entry) => rule === null || entry.from < rule.from)
    .map(typedPeriod)
    .sort((a, b) => (a.from < b.from ? -1 : 1));
  if (rule === null || rule.from >= until) return valid(typed);
  const derived = reeskontLinkedPeriods(rule, until);
  if (!derived.ok) return derived;
  return valid([...typed, ...derived.value]);
}
