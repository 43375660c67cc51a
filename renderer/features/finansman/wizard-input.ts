/**
 * The new-application wizard's typed text read into the contract's values: Turkish amounts ("2.400.000,00") into
 * decimal strings, Turkish dates into ISO, and the bank's payment table pasted from its PDF or spreadsheet (one
 * instalment a line: date; principal; interest — separated by ";" or tabs). Amounts stay strings: never floats.
 */

export type BankRow = { readonly dueOn: string; readonly principalTRY: string; readonly interestTRY: string };

const TURKISH_AMOUNT = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{1,2}))?$/;
const TURKISH_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const RATE = /^\d{1,3}(?:[,.]\d{1,6})?$/;

/** "2.400.000,00" / "2400000" / "66000,5" → "2400000.00" / "2400000.00" / "66000.50"; anything else `null`. */
export function amountOf(text: string): string | null {
  const match = TURKISH_AMOUNT.exec(text.trim().replace(/\s*(?:₺|TL)$/i, ''));
  if (match === null) return null;
  const whole = (match[1] ?? '').replaceAll('.', '').replace(/^0+(?=\d)/, '');
  return `${whole}.${(match[2] ?? '').padEnd(2, '0')}`;
}

/** "31.03.2026" or "2026-03-31" → "2026-03-31" when the day exists; else `null`. */
export function dateOf(text: string): string | null {
  const trimmed = text.trim();
  const turkish = TURKISH_DATE.exec(trimmed);
  const iso = ISO_DATE.exec(trimmed);
  const [year, month, day] = turkish
    ? [Number(turkish[3]), Number(turkish[2]), Number(turkish[1])]
    : iso
      ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
      : [0, 0, 0];
  if (year === 0) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** "33" / "37,5" → "33" / "37.5"; else `null` (core checks that it is above zero). */
export function rateOf(text: string): string | null {
  const trimmed = text.trim().replace(/^%/, '');
  return RATE.test(trimmed) ? trimmed.replace(',', '.') : null;
}

/** A whole number of months, 0–600. */
export function monthsOf(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,3}$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return value <= 600 ? value : null;
}

export type BankTable = { readonly rows: readonly BankRow[]; readonly errors: readonly string[] };

/** The pasted payment table; a first line that does not start with a date is its header and is skipped. */
export function bankTableOf(text: string): BankTable {
  const rows: BankRow[] = [];
  const errors: string[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    const cells = line.split(/\t|;/).map((cell) => cell.trim());
    const dueOn = dateOf(cells[0] ?? '');
    if (dueOn === null && index === 0) return;
    const principal = amountOf(cells[1] ?? '');
    const interest = amountOf(cells[2] ?? '');
    const problems = [
      dueOn === null ? `vade "${cells[0] ?? ''}" GG.AA.YYYY biçiminde bir tarih değil` : null,
      principal === null ? `anapara "${cells[1] ?? ''}" bir tutar değil` : null,
      interest === null ? `faiz "${cells[2] ?? ''}" bir tutar değil` : null,
      cells.length > 3 ? `${cells.length} hücre var, 3 bekleniyor (vade; anapara; faiz)` : null,
    ].filter((problem) => problem !== null);
    if (problems.length > 0 || dueOn === null || principal === null || interest === null) {
      errors.push(`${index + 1}. satır: ${problems.join('; ')}.`);
      return;
    }
    rows.push({ dueOn, principalTRY: principal, interestTRY: interest });
  });
  if (rows.length === 0 && errors.length === 0) errors.push('Ödeme tablosu boş: her satıra bir taksit yazın (vade; anapara; faiz).');
  return { rows, errors };
}
