import { TURKISH_OFFICIAL_HOLIDAYS, type HolidayTable } from '../reference/holidays-tr';
import { formatDateTr, isIsoDate, plusDays, plusMonths, plusYears, weekday, type IsoDate } from './calendar-date';
import { assertNever } from './checks';
import { invalid, valid, type Validated } from './validation';

/**
 * The time-limit engine (spec/domain-rules.md "Time limits").
 *
 * IKDP MADDE 16(8) / ITKFDP-II MADDE 18(7): "Sürelerin hesaplanmasında,
 * başvurunun yapıldığı gün başlangıç kabul edilerek, ileri doğru sayılacak
 * durumlarda bir sonraki … günden itibaren sayılmaya başlanır. Resmî tatil
 * günleri, süreye dâhildir. Sürenin son gününün resmî tatil gününe veya hafta
 * sonuna rastlaması hâlinde; süre elektronik ortamda gerçekleştirilecek
 * işlemler için tatili takip eden ilk iş günü saat 23:59'da, fiziki olarak
 * teslim edilmesi gerekli evrak için tatili takip eden ilk iş günü mesai saati
 * sonunda biter. Ay olarak belirtilen süreler takip eden ayın aynı rakamlı günü
 * bitiminde, yıl olarak belirtilen süreler ise son yılın aynı rakamlı ayının
 * aynı rakamlı günü sonunda biter. Sürenin bittiği ayda, sürenin başladığı
 * güne karşılık gelen gün yoksa süre o ayın son günü sona erer."
 *
 * Project readings (spec/domain-rules.md): the 23:59 / office-hours end
 * applies to every last day, moved or not; arife and 28 Ekim half-days are
 * working days (and the spec sets no earlier physical deadline for them, so
 * `officeHoursEnd` applies there too); idari izin days are not holidays.
 */

export type TimeLimitUnit = 'day' | 'month' | 'year';
export type DeliveryChannel = 'electronic' | 'physical';

export type TimeLimitInput = {
  /** The day of the act the limit runs from; counting starts the day after. */
  readonly start: IsoDate;
  readonly amount: number;
  readonly unit: TimeLimitUnit;
  readonly channel: DeliveryChannel;
};

export type TimeLimitSettings = {
  readonly holidays: HolidayTable;
  /** `HH:mm`, the end of office hours, when physical deliveries close. */
  readonly officeHoursEnd: string;
};

export const DEFAULT_OFFICE_HOURS_END = '17:30';

export const DEFAULT_TIME_LIMIT_SETTINGS: TimeLimitSettings = {
  holidays: TURKISH_OFFICIAL_HOLIDAYS,
  officeHoursEnd: DEFAULT_OFFICE_HOURS_END,
};

export type SkippedDay = { readonly date: IsoDate; readonly reason: string };

export type TimeLimitResult = {
  /** start + N days / months / years (months and years clamp to the month's last day). */
  readonly nominalEnd: IsoDate;
  /** nominalEnd moved forward over weekends and full official holidays. */
  readonly due: IsoDate;
  /** `YYYY-MM-DDT23:59` for electronic acts, `YYYY-MM-DDT<officeHoursEnd>` for physical delivery. */
  readonly dueAt: string;
  /** Each day the last day moved over, with its Turkish reason (`Cumartesi`, `Pazar`, the holiday's name). */
  readonly skipped: readonly SkippedDay[];
  /** One Turkish sentence with the numbers used. */
  readonly explanation: string;
};

const ELECTRONIC_END = '23:59';
const CLOCK_TIME = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;

const UNIT_TR: Readonly<Record<TimeLimitUnit, string>> = { day: 'gün', month: 'ay', year: 'yıl' };

type HolidayIndex = { readonly full: ReadonlyMap<IsoDate, string>; readonly half: ReadonlyMap<IsoDate, string> };

/**
 * Built once per table: the engine runs for every open case, and a table is
 * immutable reference data (a replacement from headquarters is a new object).
 */
const HOLIDAY_INDEX = new WeakMap<HolidayTable, HolidayIndex>();

function indexOf(table: HolidayTable): HolidayIndex {
  const cached = HOLIDAY_INDEX.get(table);
  if (cached !== undefined) return cached;
  const full = new Map<IsoDate, string>();
  const half = new Map<IsoDate, string>();
  for (const entry of table.entries) {
    const names = entry.kind === 'full' ? full : half;
    const existing = names.get(entry.date);
    names.set(entry.date, existing === undefined ? entry.name : `${existing} / ${entry.name}`);
  }
  const index: HolidayIndex = { full, half };
  HOLIDAY_INDEX.set(table, index);
  return index;
}

function weekendName(date: IsoDate): string | undefined {
  const day = weekday(date);
  if (day === 6) return 'Cumartesi';
  if (day === 0) return 'Pazar';
  return undefined;
}

/** Why `date` is not a working day, or `undefined` when it is one. */
function nonWorkingReason(date: IsoDate, holidays: HolidayTable): string | undefined {
  const weekend = weekendName(date);
  const holiday = indexOf(holidays).full.get(date);
  if (holiday === undefined) return weekend;
  return weekend === undefined ? holiday : `${weekend}, ${holiday}`;
}

/** Whether the table is complete for `date` (outside it, "no holiday" would be a guess). */
export function holidayTableCovers(holidays: HolidayTable, date: IsoDate): boolean {
  return date >= holidays.coversFrom && date <= holidays.coversTo;
}

/**
 * Monday to Friday and not a full official holiday. Arife and 28 Ekim
 * half-days ARE working days. The table is trusted for `date`: check
 * `holidayTableCovers` first where the date may lie outside it.
 */
export function isWorkingDay(date: IsoDate, holidays: HolidayTable): boolean {
  return weekendName(date) === undefined && !indexOf(holidays).full.has(date);
}

export function nextWorkingDayOnOrAfter(date: IsoDate, holidays: HolidayTable): IsoDate {
  let day = date;
  while (!isWorkingDay(day, holidays)) day = plusDays(day, 1);
  return day;
}

function addAmount(start: IsoDate, amount: number, unit: TimeLimitUnit): IsoDate {
  switch (unit) {
    case 'day':
      return plusDays(start, amount);
    case 'month':
      return plusMonths(start, amount);
    case 'year':
      return plusYears(start, amount);
    default:
      return assertNever(unit);
  }
}

function endTime(channel: DeliveryChannel, officeHoursEnd: string): string {
  switch (channel) {
    case 'electronic':
      return ELECTRONIC_END;
    case 'physical':
      return officeHoursEnd;
    default:
      return assertNever(channel);
  }
}

/** Locative suffix after a number read aloud, by its last word: sıfır, bir … dokuz; on, yirmi … elli. */
const LOCATIVE_AFTER_ONES = ['da', 'de', 'de', 'te', 'te', 'te', 'da', 'de', 'de', 'da'] as const;
const LOCATIVE_AFTER_TENS = ['da', 'da', 'de', 'da', 'ta', 'de'] as const;

function locativeAfterNumber(value: number): string {
  const ones = value % 10;
  return (ones === 0 ? LOCATIVE_AFTER_TENS[value / 10] : LOCATIVE_AFTER_ONES[ones]) ?? 'de';
}

/** `23:59'da`, `17:30'da`, `17:00'de`, `16:45'te`: a clock time is read by its minutes, or by its hour when they are 00. */
function clockTimeWithLocative(time: string): string {
  const hours = Number(time.slice(0, 2));
  const minutes = Number(time.slice(3, 5));
  return `${time}'${locativeAfterNumber(minutes === 0 ? hours : minutes)}`;
}

function outsideTableMessage(date: IsoDate, holidays: HolidayTable): string {
  return (
    `${formatDateTr(date)} tarihi resmî tatil tablosunun kapsadığı ` +
    `${formatDateTr(holidays.coversFrom)}–${formatDateTr(holidays.coversTo)} aralığının dışında; ` +
    'süre hesaplanamaz, güncel tatil tablosu gerekli.'
  );
}

function explain(
  input: TimeLimitInput,
  nominalEnd: IsoDate,
  due: IsoDate,
  time: string,
  skipped: readonly SkippedDay[],
  halfDayName: string | undefined,
): string {
  const sum = `${formatDateTr(input.start)} + ${input.amount} ${UNIT_TR[input.unit]} = ${formatDateTr(nominalEnd)}`;
  const end = `${formatDateTr(due)} ${clockTimeWithLocative(time)}${input.channel === 'physical' ? ' (mesai saati sonunda)' : ''} biter`;
  if (skipped.length > 0) {
    const days = skipped.map((day) => `${formatDateTr(day.date)} ${day.reason}`).join('; ');
    return `${sum}; son gün hafta sonu veya resmî tatile rastladığından (${days}) süre izleyen ilk iş günü ${end}.`;
  }
  if (halfDayName !== undefined) {
    return `${sum}; son gün ${halfDayName}, yarım gün tatiller iş günü sayıldığından süre ${end}.`;
  }
  return `${sum}; son gün iş günü, süre ${end}.`;
}

/**
 * The last day of a time limit and the moment it ends. Invalid input (amount
 * not a non-negative integer, a start that is not a date, a last day the
 * holiday table does not cover) is a validation failure naming the field,
 * never a guess that there is no holiday.
 */
export function computeTimeLimit(
  input: TimeLimitInput,
  settings: TimeLimitSettings = DEFAULT_TIME_LIMIT_SETTINGS,
): Validated<TimeLimitResult> {
  const { start, amount, unit, channel } = input;
  const { holidays, officeHoursEnd } = settings;
  if (!isIsoDate(start)) {
    return invalid('start', `Başlangıç tarihi geçerli bir tarih değil (YYYY-AA-GG bekleniyor): "${start}".`);
  }
  if (!Number.isSafeInteger(amount) || amount < 0) {
    return invalid('amount', `Süre negatif olmayan bir tam sayı olmalı; girilen: ${String(amount)}.`);
  }
  if (!CLOCK_TIME.test(officeHoursEnd)) {
    return invalid('officeHoursEnd', `Mesai bitiş saati SS:DD biçiminde olmalı; girilen: "${officeHoursEnd}".`);
  }
  const nominalEnd = addAmount(start, amount, unit);
  if (!isIsoDate(nominalEnd)) {
    return invalid('amount', `Süre takvimin dışına taşıyor; girilen: ${amount} ${UNIT_TR[unit]}.`);
  }

  const skipped: SkippedDay[] = [];
  let due = nominalEnd;
  for (;;) {
    if (!holidayTableCovers(holidays, due)) return invalid('start', outsideTableMessage(due, holidays));
    const reason = nonWorkingReason(due, holidays);
    if (reason === undefined) break;
    skipped.push({ date: due, reason });
    due = plusDays(due, 1);
  }

  const time = endTime(channel, officeHoursEnd);
  const halfDayName = indexOf(holidays).half.get(due);
  return valid({
    nominalEnd,
    due,
    dueAt: `${due}T${time}`,
    skipped,
    explanation: explain(input, nominalEnd, due, time, skipped, halfDayName),
  });
}
