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
 * working days, where an electronic act still ends at 23:59 but a physical
 * delivery ends when the morning's office hours end (`halfDayOfficeHoursEnd`,
 * 12:30 by default: 2429 sayılı Kanun starts the holiday at 13:00, so the
 * afternoon session never opens); idari izin days are not holidays. A last
 * day after the end of the holiday table still moves off weekends; the result
 * is then `certain: false`: an act on or before `due` is in time (a holiday
 * can only lengthen a limit), a later one cannot be decided yet.
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
  /** `HH:mm`, when physical deliveries close on a half-day holiday (arife, 28 Ekim): the end of the morning session. */
  readonly halfDayOfficeHoursEnd: string;
};

export const DEFAULT_OFFICE_HOURS_END = '17:30';
export const DEFAULT_HALF_DAY_OFFICE_HOURS_END = '12:30';

export const DEFAULT_TIME_LIMIT_SETTINGS: TimeLimitSettings = {
  holidays: TURKISH_OFFICIAL_HOLIDAYS,
  officeHoursEnd: DEFAULT_OFFICE_HOURS_END,
  halfDayOfficeHoursEnd: DEFAULT_HALF_DAY_OFFICE_HOURS_END,
};

export type SkippedDay = { readonly date: IsoDate; readonly reason: string };

export type TimeLimitResult = {
  /** start + N days / months / years (months and years clamp to the month's last day). */
  readonly nominalEnd: IsoDate;
  /** nominalEnd moved forward over weekends and full official holidays (past the holiday table: over weekends only). */
  readonly due: IsoDate;
  /**
   * `false` when the last day lies after the end of the holiday table: a holiday there could still lengthen the limit,
   * so an act on or before `due` is in time and a later one is undecided (see `actTiming`).
   */
  readonly certain: boolean;
  /** The first year the holiday table does not cover, when `certain` is `false`. */
  readonly uncoveredYear: number | null;
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

function endTime(channel: DeliveryChannel, settings: TimeLimitSettings, halfDay: boolean): string {
  switch (channel) {
    case 'electronic':
      return ELECTRONIC_END;
    case 'physical':
      return halfDay ? settings.halfDayOfficeHoursEnd : settings.officeHoursEnd;
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

function beforeTableMessage(date: IsoDate, holidays: HolidayTable): string {
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
  uncoveredYear: number | null,
): string {
  const sum = `${formatDateTr(input.start)} + ${input.amount} ${UNIT_TR[input.unit]} = ${formatDateTr(nominalEnd)}`;
  const officeEnd = halfDayName !== undefined ? ' (yarım gün tatilde sabah mesaisi sonunda)' : ' (mesai saati sonunda)';
  const end = `${formatDateTr(due)} ${clockTimeWithLocative(time)}${input.channel === 'physical' ? officeEnd : ''} biter`;
  if (uncoveredYear !== null) {
    const moved =
      skipped.length > 0
        ? ` hafta sonundan kaydırılarak (${skipped.map((day) => `${formatDateTr(day.date)} ${day.reason}`).join('; ')})`
        : '';
    return (
      `${sum}; son gün${moved} ${formatDateTr(due)}. Resmî tatil tablosu ${uncoveredYear} yılını henüz kapsamıyor: ` +
      `bir tatil süreyi yalnızca uzatabileceğinden bu son güne (${formatDateTr(due)}, ${time}) kadar yapılan işlem süresindedir; ` +
      `daha sonraki bir işlem için ${uncoveredYear} yılının tatil tablosu gerekir.`
    );
  }
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
  const { holidays } = settings;
  if (!isIsoDate(start)) {
    return invalid('start', `Başlangıç tarihi geçerli bir tarih değil (YYYY-AA-GG bekleniyor): "${start}".`);
  }
  if (!Number.isSafeInteger(amount) || amount < 0) {
    return invalid('amount', `Süre negatif olmayan bir tam sayı olmalı; girilen: ${String(amount)}.`);
  }
  if (!CLOCK_TIME.test(settings.officeHoursEnd)) {
    return invalid('officeHoursEnd', `Mesai bitiş saati SS:DD biçiminde olmalı; girilen: "${settings.officeHoursEnd}".`);
  }
  if (!CLOCK_TIME.test(settings.halfDayOfficeHoursEnd)) {
    return invalid(
      'halfDayOfficeHoursEnd',
      `Yarım gün tatilde mesai bitiş saati SS:DD biçiminde olmalı; girilen: "${settings.halfDayOfficeHoursEnd}".`,
    );
  }
  const nominalEnd = addAmount(start, amount, unit);
  if (!isIsoDate(nominalEnd)) {
    return invalid('amount', `Süre takvimin dışına taşıyor; girilen: ${amount} ${UNIT_TR[unit]}.`);
  }
  if (nominalEnd < holidays.coversFrom) return invalid('start', beforeTableMessage(nominalEnd, holidays));

  const skipped: SkippedDay[] = [];
  let due = nominalEnd;
  for (;;) {
    // Past the table only weekends are known; a holiday there could only lengthen the limit (spec "Time limits").
    const reason = due > holidays.coversTo ? weekendName(due) : nonWorkingReason(due, holidays);
    if (reason === undefined) break;
    skipped.push({ date: due, reason });
    due = plusDays(due, 1);
  }
  const uncoveredYear = due > holidays.coversTo ? Number(due.slice(0, 4)) : null;
  const halfDayName = uncoveredYear === null ? indexOf(holidays).half.get(due) : undefined;
  const time = endTime(channel, settings, halfDayName !== undefined);
  return valid({
    nominalEnd,
    due,
    certain: uncoveredYear === null,
    uncoveredYear,
    dueAt: `${due}T${time}`,
    skipped,
    explanation: explain(input, nominalEnd, due, time, skipped, halfDayName, uncoveredYear),
  });
}

export type ActTiming = 'in-time' | 'late' | 'undecided';

/**
 * Whether an act dated `on` meets the limit. Past the holiday table (`certain: false`) an act on or before the
 * weekend-shifted last day is in time whatever the holidays of that year; a later act is undecided (missing data),
 * never a guess (spec/domain-rules.md "Time limits").
 */
export function actTiming(limit: TimeLimitResult, on: IsoDate): ActTiming {
  if (on <= limit.due) return 'in-time';
  return limit.certain ? 'late' : 'undecided';
}
