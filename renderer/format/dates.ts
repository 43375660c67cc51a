/**
 * Dates on screen: ISO dates from the contract ("2026-03-31") become "31.03.2026" by rearranging the text, so no
 * time zone can move a legal date by a day. Timestamps (ISO instants) are shown in Türkiye's time.
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;

const MONTH_NAMES = ['Ocak', 'Şubat', 'Mart', 'Nisan', 'Mayıs', 'Haziran', 'Temmuz', 'Ağustos', 'Eylül', 'Ekim', 'Kasım', 'Aralık'];

const timestampFormat = new Intl.DateTimeFormat('tr-TR', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/Istanbul',
});

/** "2026-03-31" → "31.03.2026". */
export function formatDate(iso: string): string {
  const match = ISO_DATE.exec(iso);
  if (!match) throw new RangeError(`Tarih ISO biçiminde değil: "${iso}"`);
  const [, year, month, day] = match;
  return `${day ?? ''}.${month ?? ''}.${year ?? ''}`;
}

/** "2026-03" → "Mart 2026". */
export function formatMonth(iso: string): string {
  const match = ISO_MONTH.exec(iso);
  if (!match) throw new RangeError(`Ay ISO biçiminde değil: "${iso}"`);
  const [, year, month] = match;
  const name = MONTH_NAMES[Number(month) - 1];
  if (name === undefined) throw new RangeError(`Geçersiz ay: "${iso}"`);
  return `${name} ${year ?? ''}`;
}

/** "2026-03" → "03.2026" (compact, for chart axes). */
export function formatMonthShort(iso: string): string {
  const match = ISO_MONTH.exec(iso);
  if (!match) throw new RangeError(`Ay ISO biçiminde değil: "${iso}"`);
  return `${match[2] ?? ''}.${match[1] ?? ''}`;
}

/** "2026-03-31T11:05:00.000Z" → "31.03.2026 14:05" (Türkiye saati). */
export function formatTimestamp(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Zaman damgası geçersiz: "${iso}"`);
  return timestampFormat.format(date);
}

/** Today's date in Türkiye as ISO "YYYY-MM-DD" (the clock of the screen, not of the rules). */
export function todayInTurkey(now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Istanbul', year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    now,
  );
  return parts;
}
