import { isMonthKey, type MonthKey } from '../../core/lib/calendar-date';
import { MAX_AMOUNT_DIGITS } from '../../core/inputs/finansman-input';
import { foldTurkish } from '../../core/lib/turkish-text';
import type { ImportRowError } from '../imports/row-error';
import { decodeText, detectDelimiter, parseDelimited } from '../imports/text-table';
import { isZipArchive, readWorkbookRows, type WorksheetCell, type WorksheetRow } from '../imports/worksheet-rows';

/**
 * The monthly PEK file a bank or the enterprise brings for the credit line: one row per workplace (işyeri) and month,
 * with the prim esas kazanç declared for it in the muhtasar ve prim hizmet beyannamesi. Columns, found by header in
 * the first 20 rows (case, Turkish letters and punctuation ignored):
 *
 * - `Yıl` and `Ay`, or one `Dönem` column (`2025-11`, `11/2025`, `11.2025`);
 * - `PEK` (also `Prim Esas Kazanç`, `PEK Tutarı`, `Toplam PEK`): `4.500.000,00`, `4500000,00` or `4500000.00`; a
 *   number cell of Excel as it is;
 * - optionally `İşyeri Sicil No` (also `İşyeri`, `Sicil No`): the rows of a month are summed over workplaces.
 *
 * A row that cannot be read is an error naming its row, column and reason; the file is read whole, so every error is
 * reported at once. The same workplace (or, without the column, the same month) twice is an error: summing a row read
 * twice would raise the loan limit.
 */

export type PekMonth = { readonly month: MonthKey; readonly pekTRY: string; readonly workplaces: number };

export type PekFile = {
  /** Ascending by month. */
  readonly months: readonly PekMonth[];
  readonly dataRows: number;
};

export type PekParseResult =
  | { readonly ok: true; readonly file: PekFile }
  | { readonly ok: false; readonly kind: 'file'; readonly reason: string }
  | { readonly ok: false; readonly kind: 'rows'; readonly errors: readonly ImportRowError[] };

type Field = 'year' | 'month' | 'period' | 'workplace' | 'pek';

const HEADER_NAMES: Readonly<Record<Field, readonly string[]>> = {
  year: ['yil'],
  month: ['ay'],
  period: ['donem', 'yilay', 'hizmetdonemi'],
  workplace: ['isyerisicilno', 'isyerisicilnumarasi', 'sgkisyerisicilno', 'isyeri', 'sicilno'],
  pek: ['pek', 'pektutari', 'toplampek', 'primesaskazanc', 'primeesaskazanc', 'primesaskazanctutari', 'primesaskazanctoplami'],
};

const FIELD_LABELS: Readonly<Record<Field, string>> = {
  year: 'Yıl',
  month: 'Ay',
  period: 'Dönem',
  workplace: 'İşyeri Sicil No',
  pek: 'PEK',
};

const HEADER_SEARCH_ROWS = 20;
const FIRST_YEAR = 2020;
const LAST_YEAR = 2035;

function headerKey(cell: WorksheetCell): string {
  return foldTurkish(String(cell)).replace(/[^a-z0-9]/g, '');
}

type Header = { readonly row: number; readonly columns: ReadonlyMap<Field, { readonly index: number; readonly label: string }> };

function findHeader(rows: readonly WorksheetRow[]): Header | null {
  const byName = new Map<string, Field>();
  for (const [field, names] of Object.entries(HEADER_NAMES) as [Field, readonly string[]][])
    for (const name of names) byName.set(name, field);
  for (const row of rows.slice(0, HEADER_SEARCH_ROWS)) {
    const columns = new Map<Field, { index: number; label: string }>();
    row.cells.forEach((cell, index) => {
      const field = byName.get(headerKey(cell));
      if (field !== undefined && !columns.has(field)) columns.set(field, { index, label: String(cell).trim() });
    });
    if (columns.has('pek') && (columns.has('period') || (columns.has('year') && columns.has('month')))) return { row: row.row, columns };
  }
  return null;
}

const PLAIN_DECIMAL = /^\d+(?:\.\d{1,2})?$/;
const TURKISH_DECIMAL = /^\d{1,3}(?:\.\d{3})*(?:,\d{1,2})?$|^\d+(?:,\d{1,2})?$/;

/** `4.500.000,00`, `4500000,00`, `4500000.00`, `4.500.000` (Turkish thousands) → `"4500000.00"`; `null` when unreadable. */
export function readAmount(cell: WorksheetCell): string | null {
  let whole: string;
  let fraction: string;
  if (typeof cell === 'number') {
    // An Excel number cell: its shortest decimal text never has thousands separators.
    const text = String(cell);
    if (!Number.isFinite(cell) || cell < 0 || !PLAIN_DECIMAL.test(text)) return null;
    [whole = '', fraction = ''] = text.split('.');
  } else {
    const text = cell.trim().replace(/\s|₺|TL$/gi, '');
    if (TURKISH_DECIMAL.test(text)) [whole = '', fraction = ''] = text.replaceAll('.', '').split(',');
    else if (PLAIN_DECIMAL.test(text)) [whole = '', fraction = ''] = text.split('.');
    else return null;
  }
  const digits = whole.replace(/^0+(?=\d)/, '');
  if (digits.length > MAX_AMOUNT_DIGITS) return null;
  return `${digits}.${fraction.padEnd(2, '0')}`;
}

function readPeriod(cell: WorksheetCell): MonthKey | null {
  const text = String(cell).trim();
  const iso = /^(\d{4})[-/.](\d{1,2})$/.exec(text);
  const turkish = /^(\d{1,2})[-/.](\d{4})$/.exec(text);
  const [year, month] = iso ? [iso[1], iso[2]] : turkish ? [turkish[2], turkish[1]] : [undefined, undefined];
  if (year === undefined || month === undefined) return null;
  const key = `${year}-${month.padStart(2, '0')}`;
  return isMonthKey(key) ? key : null;
}

function readRows(rows: readonly WorksheetRow[]): PekParseResult {
  const header = findHeader(rows);
  if (header === null) {
    return { ok: false, kind: 'file', reason: 'Başlık satırı bulunamadı: "Yıl" ve "Ay" (ya da "Dönem") ile "PEK" sütunları gerekli.' };
  }
  const errors: ImportRowError[] = [];
  const totals = new Map<MonthKey, { kurus: bigint; workplaces: number }>();
  const seen = new Map<string, number>();
  let dataRows = 0;
  for (const row of rows) {
    if (row.row <= header.row) continue;
    const cell = (field: Field): WorksheetCell => {
      const column = header.columns.get(field);
      return column === undefined ? '' : (row.cells[column.index] ?? '');
    };
    const fail = (field: Field, reason: string): void => {
      errors.push({ row: row.row, column: header.columns.get(field)?.label ?? FIELD_LABELS[field], reason });
    };
    if (row.cells.every((each) => String(each).trim() === '')) continue;
    dataRows += 1;
    let month: MonthKey | null = null;
    if (header.columns.has('period')) {
      month = readPeriod(cell('period'));
      if (month === null) fail('period', `Dönem YYYY-AA ya da AA/YYYY biçiminde olmalı; bulunan "${String(cell('period'))}".`);
    } else {
      const year = Number(String(cell('year')).trim());
      const monthNumber = Number(String(cell('month')).trim());
      const yearOk = Number.isInteger(year) && year >= FIRST_YEAR && year <= LAST_YEAR;
      const monthOk = Number.isInteger(monthNumber) && monthNumber >= 1 && monthNumber <= 12 && String(cell('month')).trim() !== '';
      if (!yearOk) fail('year', `Yıl ${FIRST_YEAR} ile ${LAST_YEAR} arasında olmalı; bulunan "${String(cell('year'))}".`);
      if (!monthOk) fail('month', `Ay 1 ile 12 arasında olmalı; bulunan "${String(cell('month'))}".`);
      if (yearOk && monthOk) month = `${year}-${String(monthNumber).padStart(2, '0')}`;
    }
    const raw = cell('pek');
    const amount = String(raw).trim() === '' ? null : readAmount(raw);
    if (String(raw).trim() === '') fail('pek', 'PEK boş.');
    else if (amount === null) {
      fail(
        'pek',
        `PEK tutarı okunamadı: "${String(raw)}" (örnek: 4.500.000,00; negatif olamaz, en fazla iki ondalık, en fazla ${MAX_AMOUNT_DIGITS} haneli).`,
      );
    }
    const workplace = String(cell('workplace')).trim();
    if (month === null || amount === null) continue;
    const key = `${month}|${workplace}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      const what = header.columns.has('workplace')
        ? `${workplace === '' ? 'işyeri belirtilmemiş' : `${workplace} işyeri`}, ${month}`
        : month;
      fail(header.columns.has('workplace') ? 'workplace' : 'pek', `Aynı satır iki kez: ${what} satır ${earlier}'de de var.`);
      continue;
    }
    seen.set(key, row.row);
    const total = totals.get(month) ?? { kurus: 0n, workplaces: 0 };
    total.kurus += BigInt(amount.replace('.', ''));
    total.workplaces += 1;
    totals.set(month, total);
  }
  if (errors.length > 0) return { ok: false, kind: 'rows', errors };
  if (dataRows === 0) return { ok: false, kind: 'file', reason: 'Dosyada başlıktan sonra veri satırı yok.' };
  const months = [...totals.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([month, total]): PekMonth => {
      const text = total.kurus.toString().padStart(3, '0');
      return { month, pekTRY: `${text.slice(0, -2)}.${text.slice(-2)}`, workplaces: total.workplaces };
    });
  return { ok: true, file: { months, dataRows } };
}

/** A CSV / delimited text (UTF-8, UTF-16 LE or Windows-1254) or an .xlsx workbook (the first sheet with a header). */
export async function parsePekFile(bytes: Uint8Array): Promise<PekParseResult> {
  if (!isZipArchive(bytes)) {
    const { text } = decodeText(bytes);
    const table = parseDelimited(text, detectDelimiter(text));
    if (table.unterminatedQuoteRow !== null) {
      return { ok: false, kind: 'file', reason: `Satır ${table.unterminatedQuoteRow}'de açılan tırnak (") kapanmıyor.` };
    }
    return readRows(table.rows);
  }
  const workbook = await readWorkbookRows(bytes);
  if (!workbook.ok) return { ok: false, kind: 'file', reason: workbook.reason };
  let first: PekParseResult | null = null;
  for (const sheet of workbook.sheets) {
    const result = readRows(sheet);
    if (result.ok || result.kind === 'rows') return result;
    first ??= result;
  }
  return first ?? { ok: false, kind: 'file', reason: 'Excel dosyasında çalışma sayfası yok.' };
}
