import { isIsoDate, type IsoDate, type MonthKey } from '../../core/lib/calendar-date';
import { isValidTckn } from '../../core/lib/identifiers';
import { foldTurkish } from '../../core/lib/turkish-text';
import { formatFileSize, INPUT_LIMITS } from './input-limits';
import type { ImportRowError } from './row-error';
import {
  detectDelimiter,
  parseDelimited,
  readText,
  TEXT_DELIMITERS,
  type Delimiter,
  type TextEncodingName,
  type TextRow,
} from './text-table';
import { readXlsxRows } from './xlsx-rows';

/**
 * SGK service lists: the "hizmet listesi" export of the Aylık Prim ve Hizmet
 * Belgesi (APHB) from e-Bildirge, one row per insured person, month and
 * document, as `;`-separated text or as an Excel workbook.
 *
 * What comes out is what the rules need and nothing more (KVKK: data
 * minimisation): per person and month the prim gün and the leave days that
 * ITKFDP-II MADDE 14(7) counts; per month the enterprise's total. The eksik
 * gün nedeni codes are read to decide which days count and are then dropped.
 */

/**
 * SGK eksik gün nedeni codes and whether the days count as worked for a
 * committed person. Source of the codes: SGK 2020/20 sayılı İşveren İşlemleri
 * Genelgesi, 1.2.3.1 "Eksik gün nedenleri" (the code list of e-Bildirge).
 *
 * ITKFDP-II MADDE 14(7): "İstihdam taahhüdüne konu personelin raporlu veya
 * analık/babalık/ölüm izninde olduğu günlerin SGK prim gün sayıları, çalışılmış
 * günler gibi hesaba katılır." (also 9(6)(b)). The project reads it as:
 * - 01 İstirahat counts: every day under a medical report (sickness, work
 *   accident, occupational disease) and the 16-week analık izni of İş Kanunu
 *   74(1), which SGK pays as analık geçici iş göremezlik ödeneği against a
 *   report and employers declare with 01.
 * - Babalık izni (5 days) and ölüm izni (3 days, İş Kanunu Ek Madde 2) are paid
 *   by the employer, so they are declared as prim gün and have no eksik gün
 *   code: they are already in `Gün`.
 * - Not counted, the project being unsure and the text not naming them:
 *   19 ücretsiz doğum izni (the unpaid leave of İş Kanunu 74(5) after the
 *   analık izni), 23/24 yarım çalışma ödeneği (part-time work after birth),
 *   12 birden fazla (the file does not say how many days had which reason).
 *   Headquarters may decide otherwise; the change is one flag here and a
 *   re-import. See spec/domain-rules.md "ITKFDP-II — periods and payments".
 * - Not counted: every other code (13 diğer, 16 fesih tarihinde çalışmamış,
 *   21 diğer ücretsiz izin, …), which are absences, not leave of 14(7).
 * Codes 02 and 14 are not in use; a code outside the table is an error, so a
 * wrong column or a new code is noticed instead of silently not counted.
 */
const MISSING_DAY_REASONS: ReadonlyMap<string, { readonly name: string; readonly counted: boolean }> = new Map([
  ['01', { name: 'İstirahat', counted: true }],
  ['03', { name: 'Disiplin cezası', counted: false }],
  ['04', { name: 'Gözaltına alınma', counted: false }],
  ['05', { name: 'Tutukluluk', counted: false }],
  ['06', { name: 'Kısmi istihdam', counted: false }],
  ['07', { name: 'Puantaj kayıtları', counted: false }],
  ['08', { name: 'Grev', counted: false }],
  ['09', { name: 'Lokavt', counted: false }],
  ['10', { name: 'Genel hayatı etkileyen olaylar', counted: false }],
  ['11', { name: 'Doğal afet', counted: false }],
  ['12', { name: 'Birden fazla', counted: false }],
  ['13', { name: 'Diğer', counted: false }],
  ['15', { name: 'Devamsızlık', counted: false }],
  ['16', { name: 'Fesih tarihinde çalışmamış', counted: false }],
  ['17', { name: 'Ev hizmetlerinde 30 günden az çalışma', counted: false }],
  ['18', { name: 'Kısa çalışma ödeneği', counted: false }],
  ['19', { name: 'Ücretsiz doğum izni', counted: false }],
  ['20', { name: 'Ücretsiz yol izni', counted: false }],
  ['21', { name: 'Diğer ücretsiz izin', counted: false }],
  ['22', { name: '5434 SK ek 76, GM 192', counted: false }],
  ['23', { name: 'Yarım çalışma ödeneği', counted: false }],
  ['24', { name: 'Yarım çalışma ödeneği ve diğer nedenler', counted: false }],
  ['25', { name: 'Diğer belge/kanun türlerinden gün tamamlama', counted: false }],
  ['26', { name: 'Kısmi istihdama izin verilen yabancı uyruklu sigortalı', counted: false }],
  ['27', { name: 'Kısa çalışma ödeneği ve diğer nedenler', counted: false }],
  ['28', { name: 'Pandemi ücretsiz izin', counted: false }],
  ['29', { name: 'Pandemi ücretsiz izin ve diğer nedenler', counted: false }],
]);

/** SGK counts at most 30 days for a person in a month. */
const MAX_DAYS_PER_MONTH = 30;
const FIRST_YEAR = 2000;
const LAST_YEAR = 2099;

/** One person's month, summed over the person's rows of that month. */
export type SgkPersonMonth = {
  readonly tckn: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly month: MonthKey;
  readonly primDays: number;
  /** Eksik gün of a counted reason (see MISSING_DAY_REASONS), at most 30 − primDays. */
  readonly leaveDays: number;
  /** From `Giriş Günü`: the person entered the workplace that month. */
  readonly enteredOn: IsoDate | null;
  /** From `Çıkış Günü`: the person's last day in the workplace. */
  readonly leftOn: IsoDate | null;
};

/** The enterprise's (the workplace's) month: the sum of its people's prim gün. */
export type SgkEnterpriseMonth = { readonly month: MonthKey; readonly primDays: number; readonly persons: number };

export type SgkServiceList = {
  /** In file order of each person-month's first row. */
  readonly personMonths: readonly SgkPersonMonth[];
  /** Ascending by month. */
  readonly enterpriseMonths: readonly SgkEnterpriseMonth[];
  readonly dataRows: number;
  readonly source: TextEncodingName | 'xlsx';
};

/** Expected failures are values: a file that cannot be read at all, or rows with errors (all of them, in file order). */
export type SgkParseResult =
  | { readonly ok: true; readonly list: SgkServiceList }
  | { readonly ok: false; readonly kind: 'file'; readonly reason: string }
  | { readonly ok: false; readonly kind: 'rows'; readonly errors: readonly ImportRowError[] };

type Field =
  | 'year'
  | 'month'
  | 'kanunNo'
  | 'mahiyet'
  | 'belgeTuru'
  | 'sgNo'
  | 'firstName'
  | 'lastName'
  | 'primDays'
  | 'missingDays'
  | 'missingReason'
  | 'entryDay'
  | 'exitDay';

/** Header names as e-Bildirge writes them, and the usual variants, in folded form without punctuation. */
const HEADER_NAMES: Readonly<Record<Field, readonly string[]>> = {
  year: ['yil'],
  month: ['ay'],
  kanunNo: ['kanunno', 'kanun'],
  mahiyet: ['mahiyet', 'belgemahiyeti'],
  belgeTuru: ['belgeturu'],
  sgNo: ['sgno', 'sigortasicilno', 'sgkno', 'tckn', 'tckimlikno', 'tckimliknumarasi'],
  firstName: ['ad', 'adi'],
  lastName: ['soyad', 'soyadi'],
  primDays: ['gun', 'primgun', 'primgunu', 'primgunsayisi'],
  missingDays: ['eksikgunsayisi', 'eksikgun'],
  missingReason: ['egs', 'eksikgunnedeni', 'eksikgunnedenikodu'],
  entryDay: ['girisgunu'],
  exitDay: ['cikisgunu'],
};

/** How the error report names a column the file lacks. */
const FIELD_LABELS: Readonly<Record<Field, string>> = {
  year: 'Yıl',
  month: 'Ay',
  kanunNo: 'Kanun No',
  mahiyet: 'Mahiyet',
  belgeTuru: 'Belge Türü',
  sgNo: 'S.G. No',
  firstName: 'Ad',
  lastName: 'Soyad',
  primDays: 'Gün',
  missingDays: 'Eksik Gün Sayısı',
  missingReason: 'EGS',
  entryDay: 'Giriş Günü',
  exitDay: 'Çıkış Günü',
};

const REQUIRED_FIELDS: readonly Field[] = ['year', 'month', 'sgNo', 'firstName', 'lastName', 'primDays', 'missingDays', 'missingReason'];
/** A row is the header when these are among its cells; the rest are then checked and named if missing. */
const HEADER_MARKERS: readonly Field[] = ['year', 'month', 'sgNo', 'primDays'];
/** Title rows above the header (Excel exports often have a few). */
const HEADER_SEARCH_ROWS = 20;

const NOT_LETTER_OR_DIGIT = /[^a-z0-9]/g;

function headerKey(cell: string): string {
  return foldTurkish(cell).replace(NOT_LETTER_OR_DIGIT, '');
}

const FIELD_BY_HEADER: ReadonlyMap<string, Field> = new Map(
  (Object.entries(HEADER_NAMES) as [Field, readonly string[]][]).flatMap(([field, names]) =>
    names.map((name): [string, Field] => [name, field]),
  ),
);

type Header = { readonly row: number; readonly columns: ReadonlyMap<Field, { readonly index: number; readonly label: string }> };

function readHeader(row: TextRow): Header {
  const columns = new Map<Field, { index: number; label: string }>();
  row.cells.forEach((cell, index) => {
    const field = FIELD_BY_HEADER.get(headerKey(cell));
    if (field !== undefined && !columns.has(field)) columns.set(field, { index, label: cell.trim() });
  });
  return { row: row.row, columns };
}

const DIGITS = /^\d+$/;
const ELEVEN_DIGITS = /^\d{11}$/;
/** Excel drops the leading zero of `01` in a number cell. */
const SHORT_CODE = /^\d{1,2}$/;

type CheckedRow = SgkPersonMonth & {
  readonly row: number;
  /** Every cell of the row as written: two rows with the same signature are one row read twice. */
  readonly signature: string;
};

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}

/** Reads and checks one data row; pushes its errors in column order and returns the row only when it has none. */
function checkRow(row: TextRow, header: Header, errors: ImportRowError[]): CheckedRow | null {
  const before = errors.length;
  const cell = (field: Field): string => {
    const column = header.columns.get(field);
    return column === undefined ? '' : (row.cells[column.index] ?? '').trim();
  };
  const label = (field: Field): string => header.columns.get(field)?.label ?? FIELD_LABELS[field];
  const fail = (field: Field, reason: string): void => {
    errors.push({ row: row.row, column: label(field), reason });
  };
  /** A whole number within bounds; an empty cell is `empty` (undefined: the cell is required). */
  const integer = (field: Field, min: number, max: number, empty?: number): number | null => {
    const text = cell(field);
    const name = FIELD_LABELS[field];
    if (text === '') {
      if (empty !== undefined) return empty;
      fail(field, `${name} boş.`);
      return null;
    }
    if (!DIGITS.test(text)) {
      fail(field, `${name} tam sayı olmalı; bulunan "${text}".`);
      return null;
    }
    const value = Number(text);
    if (value < min || value > max) {
      fail(field, `${name} ${min} ile ${max} arasında olmalı; bulunan ${value}.`);
      return null;
    }
    return value;
  };

  const year = integer('year', FIRST_YEAR, LAST_YEAR);
  const monthNumber = integer('month', 1, 12);
  checkMahiyet(cell('mahiyet'), (reason) => {
    fail('mahiyet', reason);
  });

  const tckn = cell('sgNo');
  if (tckn === '') fail('sgNo', 'S.G. No (T.C. kimlik numarası) boş.');
  else if (!ELEVEN_DIGITS.test(tckn)) fail('sgNo', `S.G. No 11 haneli T.C. kimlik numarası olmalı; bulunan "${tckn}".`);
  else if (tckn.startsWith('0')) fail('sgNo', `"${tckn}" geçerli bir T.C. kimlik numarası değil: 0 ile başlayamaz.`);
  else if (!isValidTckn(tckn)) fail('sgNo', `"${tckn}" geçerli bir T.C. kimlik numarası değil: kontrol basamakları tutmuyor.`);

  const firstName = cell('firstName');
  if (firstName === '') fail('firstName', 'Ad boş.');
  const lastName = cell('lastName');
  if (lastName === '') fail('lastName', 'Soyad boş.');

  const primDays = integer('primDays', 0, MAX_DAYS_PER_MONTH);
  const missingDays = integer('missingDays', 0, MAX_DAYS_PER_MONTH, 0);
  if (primDays !== null && missingDays !== null && primDays + missingDays > MAX_DAYS_PER_MONTH) {
    fail('missingDays', `Gün (${primDays}) ile eksik gün sayısının (${missingDays}) toplamı ${MAX_DAYS_PER_MONTH}'u aşıyor.`);
  }
  const reason = readReason(cell('missingReason'), missingDays, (message) => {
    fail('missingReason', message);
  });

  const month = year !== null && monthNumber !== null ? `${year}-${pad2(monthNumber)}` : null;
  const dayOfMonth = (field: 'entryDay' | 'exitDay'): IsoDate | null => {
    const day = integer(field, 1, 31, 0);
    if (day === null || day === 0 || month === null) return null;
    const date = `${month}-${pad2(day)}`;
    if (!isIsoDate(date)) {
      fail(field, `${month} ayında ${day}. gün yok.`);
      return null;
    }
    return date;
  };
  const enteredOn = dayOfMonth('entryDay');
  const leftOn = dayOfMonth('exitDay');

  if (errors.length > before || month === null || primDays === null || missingDays === null) return null;
  return {
    row: row.row,
    tckn,
    firstName,
    lastName,
    month,
    primDays,
    leaveDays: reason?.counted === true ? missingDays : 0,
    enteredOn,
    leftOn,
    signature: row.cells.map((each) => each.trim()).join('\u0000'),
  };
}

/**
 * Mahiyet: A (asıl) and E (ek) documents add up. An İ (iptal) row cancels an
 * earlier document; rather than replaying cancellations the import asks for
 * the list SGK produces after them, which no longer shows cancelled documents.
 */
function checkMahiyet(text: string, fail: (reason: string) => void): void {
  if (text === '') return;
  const folded = foldTurkish(text);
  if (folded === 'a' || folded === 'asil' || folded === 'e' || folded === 'ek') return;
  if (folded === 'i' || folded === 'iptal') {
    fail("İptal (İ) mahiyetli belge satırları içe aktarılmaz; iptal işlenmiş güncel hizmet listesini SGK'dan alın.");
    return;
  }
  fail(`"${text}" bilinen bir belge mahiyeti değil (A: asıl, E: ek).`);
}

function readReason(text: string, missingDays: number | null, fail: (reason: string) => void): { readonly counted: boolean } | null {
  if (text === '') {
    if (missingDays !== null && missingDays > 0) fail(`Eksik gün sayısı ${missingDays} ama eksik gün nedeni boş.`);
    return null;
  }
  const code = SHORT_CODE.test(text) ? text.padStart(2, '0') : text;
  const reason = MISSING_DAY_REASONS.get(code);
  if (reason === undefined) fail(`"${text}" bilinen bir eksik gün nedeni kodu değil.`);
  return reason ?? null;
}

type PersonMonthTotal = {
  tckn: string;
  firstName: string;
  lastName: string;
  month: MonthKey;
  primDays: number;
  leaveDays: number;
  enteredOn: IsoDate | null;
  leftOn: IsoDate | null;
  readonly rows: number[];
  readonly signatures: Map<string, number>;
};

function earlier(a: IsoDate | null, b: IsoDate | null): IsoDate | null {
  if (a === null) return b;
  if (b === null) return a;
  return a < b ? a : b;
}

function later(a: IsoDate | null, b: IsoDate | null): IsoDate | null {
  if (a === null) return b;
  if (b === null) return a;
  return a > b ? a : b;
}

/**
 * A person with several rows in one month — two belge türü (e.g. a move to
 * the SGDP document mid-month) or an asıl and an ek document — worked that
 * month as the sum of the rows, as SGK adds them. The sum may not exceed 30
 * prim gün: more means a row is there twice or belongs to another month, and
 * capping would hide it, so it is an error on the later row. A row repeated
 * cell for cell is an error too, even when the sum stays under 30.
 * Counted leave days are summed and kept within 30 − prim gün.
 */
function addRow(totals: Map<string, PersonMonthTotal>, row: CheckedRow, errors: ImportRowError[], header: Header): void {
  const key = `${row.tckn}|${row.month}`;
  const total = totals.get(key);
  if (total === undefined) {
    totals.set(key, {
      tckn: row.tckn,
      firstName: row.firstName,
      lastName: row.lastName,
      month: row.month,
      primDays: row.primDays,
      leaveDays: row.leaveDays,
      enteredOn: row.enteredOn,
      leftOn: row.leftOn,
      rows: [row.row],
      signatures: new Map([[row.signature, row.row]]),
    });
    return;
  }
  const sgNoLabel = header.columns.get('sgNo')?.label ?? FIELD_LABELS.sgNo;
  const repeated = total.signatures.get(row.signature);
  if (repeated !== undefined) {
    errors.push({ row: row.row, column: sgNoLabel, reason: `Satır ${repeated} ile aynı kayıt tekrar ediyor.` });
    return;
  }
  const primDays = total.primDays + row.primDays;
  if (primDays > MAX_DAYS_PER_MONTH) {
    errors.push({
      row: row.row,
      column: header.columns.get('primDays')?.label ?? FIELD_LABELS.primDays,
      reason: `Bu kişinin ${row.month} ayındaki satırlarının (${[...total.rows, row.row].join(', ')}) gün toplamı ${primDays}; bir ayda en fazla ${MAX_DAYS_PER_MONTH} olabilir.`,
    });
    return;
  }
  total.primDays = primDays;
  total.leaveDays = Math.min(total.leaveDays + row.leaveDays, MAX_DAYS_PER_MONTH - primDays);
  total.enteredOn = earlier(total.enteredOn, row.enteredOn);
  total.leftOn = later(total.leftOn, row.leftOn);
  total.rows.push(row.row);
  total.signatures.set(row.signature, row.row);
}

function headerNotFound(): SgkParseResult {
  return {
    ok: false,
    kind: 'file',
    reason: `Başlık satırı bulunamadı: ilk ${HEADER_SEARCH_ROWS} satırda ${HEADER_MARKERS.map((field) => FIELD_LABELS[field]).join(', ')} sütunlarını içeren satır yok.`,
  };
}

/**
 * Reads a list row by row, so a sheet streams through it with memory that
 * grows with the person-months, not with the file: the header among the first
 * rows, then every data row checked and added up. `add` returns `false` when
 * reading can stop (no header in the first rows, a missing column, the row
 * limit passed); `finish` gives the result.
 */
class ServiceListReader {
  private header: Header | null = null;
  private rowsSeen = 0;
  private failure: SgkParseResult | null = null;
  private readonly errors: ImportRowError[] = [];
  private readonly totals = new Map<string, PersonMonthTotal>();
  private dataRows = 0;

  constructor(private readonly source: SgkServiceList['source']) {}

  add(row: TextRow): boolean {
    if (this.failure !== null) return false;
    if (this.header === null) {
      this.rowsSeen += 1;
      const candidate = readHeader(row);
      if (HEADER_MARKERS.every((field) => candidate.columns.has(field))) this.acceptHeader(candidate);
      else if (this.rowsSeen >= HEADER_SEARCH_ROWS) this.failure = headerNotFound();
      return this.failure === null;
    }
    if (row.row <= this.header.row) return true;
    this.dataRows += 1;
    if (this.dataRows > INPUT_LIMITS.maxImportRows) {
      this.failure = {
        ok: false,
        kind: 'file',
        reason: `Dosyada ${INPUT_LIMITS.maxImportRows.toLocaleString('tr-TR')} veri satırından fazlası var; listeyi dönemlere bölerek içe aktarın.`,
      };
      return false;
    }
    const checked = checkRow(row, this.header, this.errors);
    if (checked !== null) addRow(this.totals, checked, this.errors, this.header);
    return true;
  }

  finish(): SgkParseResult {
    if (this.failure !== null) return this.failure;
    if (this.header === null) return headerNotFound();
    if (this.dataRows === 0) return { ok: false, kind: 'file', reason: 'Dosyada başlık satırından sonra veri satırı yok.' };
    if (this.errors.length > 0) return { ok: false, kind: 'rows', errors: this.errors };
    return { ok: true, list: summarise(this.totals, this.dataRows, this.source) };
  }

  private acceptHeader(header: Header): void {
    const missing = REQUIRED_FIELDS.filter((field) => !header.columns.has(field));
    if (missing.length > 0) {
      this.failure = {
        ok: false,
        kind: 'file',
        reason: `Başlık satırında (satır ${header.row}) zorunlu sütunlar yok: ${missing.map((field) => FIELD_LABELS[field]).join(', ')}.`,
      };
    }
    this.header = header;
  }
}

function summarise(totals: ReadonlyMap<string, PersonMonthTotal>, dataRows: number, source: SgkServiceList['source']): SgkServiceList {
  const personMonths: SgkPersonMonth[] = [];
  const byMonth = new Map<MonthKey, { primDays: number; persons: number }>();
  for (const total of totals.values()) {
    personMonths.push({
      tckn: total.tckn,
      firstName: total.firstName,
      lastName: total.lastName,
      month: total.month,
      primDays: total.primDays,
      leaveDays: total.leaveDays,
      enteredOn: total.enteredOn,
      leftOn: total.leftOn,
    });
    const month = byMonth.get(total.month) ?? { primDays: 0, persons: 0 };
    month.primDays += total.primDays;
    month.persons += 1;
    byMonth.set(total.month, month);
  }
  const enterpriseMonths = [...byMonth.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([month, total]): SgkEnterpriseMonth => ({ month, primDays: total.primDays, persons: total.persons }));
  return { personMonths, enterpriseMonths, dataRows, source };
}

function readServiceList(rows: readonly TextRow[], source: SgkServiceList['source']): SgkParseResult {
  const reader = new ServiceListReader(source);
  for (const row of rows) if (!reader.add(row)) break;
  return reader.finish();
}

/** Enough of the file's start to hold the first rows that may be the header. */
const HEADER_SEARCH_CHARACTERS = 64 * 1024;

/**
 * The delimiter with which the header is found among the first rows (issue 12
 * item 4): a title line above a comma- or tab-separated header would make a
 * guess from the first line wrong. The first line's guess is tried first.
 */
function delimiterOfHeader(text: string): Delimiter {
  const guess = detectDelimiter(text);
  const head = text.slice(0, HEADER_SEARCH_CHARACTERS);
  for (const delimiter of [guess, ...TEXT_DELIMITERS.filter((each) => each !== guess)]) {
    const rows = parseDelimited(head, delimiter).rows.slice(0, HEADER_SEARCH_ROWS);
    if (rows.some((row) => HEADER_MARKERS.every((field) => readHeader(row).columns.has(field)))) return delimiter;
  }
  return guess;
}

/** A `;`-separated (or tab- or comma-separated) export, in UTF-8, UTF-16 LE or Windows-1254; another encoding is named. */
export function parseSgkServiceListText(bytes: Uint8Array): SgkParseResult {
  const decoded = readText(bytes);
  if (!decoded.ok) return { ok: false, kind: 'file', reason: decoded.reason };
  const { text, encoding } = decoded;
  const table = parseDelimited(text, delimiterOfHeader(text));
  if (table.unterminatedQuoteRow !== null) {
    return { ok: false, kind: 'file', reason: `Satır ${table.unterminatedQuoteRow}'de açılan tırnak (") kapanmıyor.` };
  }
  return readServiceList(table.rows, encoding);
}

/**
 * The first worksheet with a header row; rows keep Excel's row numbers. The
 * workbook streams through `readXlsxRows` (sizes checked before inflating),
 * never loaded whole.
 */
export async function parseSgkServiceListXlsx(bytes: Uint8Array): Promise<SgkParseResult> {
  const results: SgkParseResult[] = [];
  const read = await readXlsxRows(bytes, () => {
    const reader = new ServiceListReader('xlsx');
    return {
      row: (row) => reader.add(row),
      done: () => {
        const result = reader.finish();
        results.push(result);
        return result.ok || result.kind === 'rows';
      },
    };
  });
  if (!read.ok) return { ok: false, kind: 'file', reason: read.reason };
  return (
    results.find((result) => result.ok || result.kind === 'rows') ??
    results[0] ?? { ok: false, kind: 'file', reason: 'Excel dosyasında çalışma sayfası yok.' }
  );
}

/** The Turkish refusal of a list larger than the import limit. */
export function tooLarge(size: number): string {
  return `Dosya çok büyük (${formatFileSize(size)}); bir hizmet listesi en fazla ${formatFileSize(INPUT_LIMITS.maxImportFileBytes)} olabilir. Listeyi dönemlere bölün.`;
}

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04] as const;

/** An .xlsx file is a ZIP archive; anything else is read as delimited text. */
export async function parseSgkServiceList(bytes: Uint8Array): Promise<SgkParseResult> {
  if (bytes.length > INPUT_LIMITS.maxImportFileBytes) return { ok: false, kind: 'file', reason: tooLarge(bytes.length) };
  const isZip = ZIP_SIGNATURE.every((byte, index) => bytes[index] === byte);
  return isZip ? parseSgkServiceListXlsx(bytes) : parseSgkServiceListText(bytes);
}
