import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { exchangeRate } from '../../core/inputs/clawback-input';
import { isIsoDate, type IsoDate } from '../../core/lib/calendar-date';
import { money } from '../../core/lib/money';
import { formatFileSize, INPUT_LIMITS } from './input-limits';
import { readText } from './text-table';
import { childNamed, parseXml, type XmlElement } from './xml';

/**
 * TCMB daily exchange-rate bulletins (`https://www.tcmb.gov.tr/kurlar/YYYYMM/DDMMYYYY.xml`):
 * a `Tarih_Date` root with `Tarih="12.12.2025"` and `Date="12/12/2025"`, one
 * `Currency` per currency with its `Unit` (1, or 100 for e.g. JPY) and
 * `ForexBuying` for that many units. Clawback interest uses the EUR buying
 * rate (spec/domain-rules.md "Clawback and legal interest").
 */

/** The EUR buying rate of one bulletin, per 1 EUR, as an exact decimal string. */
export type EurBuyingRate = { readonly date: IsoDate; readonly eurBuying: string; readonly file: string };

/** A problem with one file, named by its file name; `reason` is Turkish. */
export type RateFileError = { readonly file: string; readonly reason: string };

export type BulletinParseResult =
  { readonly ok: true; readonly rate: EurBuyingRate } | { readonly ok: false; readonly error: RateFileError };

const TARIH = /^(\d{2})\.(\d{2})\.(\d{4})$/;
const US_DATE = /^(\d{2})\/(\d{2})\/(\d{4})$/;
/** `12122025.xml`: the name TCMB gives a day's bulletin. */
const BULLETIN_FILE_NAME = /^(\d{2})(\d{2})(\d{4})\.xml$/i;
const POSITIVE_INTEGER = /^[1-9]\d*$/;
const DECIMAL = /^\d+(?:\.\d+)?$/;
/** Rates are published with four decimals; a quotient by `Unit` keeps all of its places. */
const MIN_RATE_PLACES = 4;

function isoFrom(day: string | undefined, month: string | undefined, year: string | undefined): IsoDate | null {
  const iso = `${year ?? ''}-${month ?? ''}-${day ?? ''}`;
  return isIsoDate(iso) ? iso : null;
}

/** The date in a bulletin's file name, when it is named like TCMB names them. */
function dateFromBulletinName(fileName: string): IsoDate | null {
  const match = BULLETIN_FILE_NAME.exec(basename(fileName));
  return match === null ? null : isoFrom(match[1], match[2], match[3]);
}

type Checked<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };

function rejected<T>(reason: string): Checked<T> {
  return { ok: false, reason };
}

function bulletinDate(root: XmlElement, fileName: string): Checked<IsoDate> {
  const tarih = root.attributes.get('Tarih');
  if (tarih === undefined) return rejected('Tarih_Date öğesinde Tarih özniteliği yok.');
  const tarihMatch = TARIH.exec(tarih);
  const date = tarihMatch === null ? null : isoFrom(tarihMatch[1], tarihMatch[2], tarihMatch[3]);
  if (date === null) return rejected(`Tarih özniteliği "${tarih}" geçerli bir GG.AA.YYYY tarihi değil.`);
  const usDate = root.attributes.get('Date');
  if (usDate !== undefined) {
    const usMatch = US_DATE.exec(usDate);
    const other = usMatch === null ? null : isoFrom(usMatch[2], usMatch[1], usMatch[3]);
    if (other === null) return rejected(`Date özniteliği "${usDate}" geçerli bir AA/GG/YYYY tarihi değil.`);
    if (other !== date) return rejected(`Tarih (${tarih}) ve Date (${usDate}) öznitelikleri farklı günleri gösteriyor.`);
  }
  const name = basename(fileName);
  if (BULLETIN_FILE_NAME.test(name)) {
    const named = dateFromBulletinName(name);
    if (named === null) return rejected(`Dosya adı ${name} geçerli bir tarih değil (GGAAYYYY.xml bekleniyor).`);
    if (named !== date) return rejected(`Dosya adı ${name} ${named} tarihini gösteriyor, bültenin Tarih özniteliği ise ${tarih}.`);
  }
  return { ok: true, value: date };
}

function eurBuying(root: XmlElement): Checked<string> {
  const eur = root.children.find(
    (child) => child.name === 'Currency' && (child.attributes.get('Kod') ?? child.attributes.get('CurrencyCode')) === 'EUR',
  );
  if (eur === undefined) return rejected('Bültende EUR kuru (Currency Kod="EUR") yok.');
  const unitText = childNamed(eur, 'Unit')?.text.trim() ?? '';
  if (!POSITIVE_INTEGER.test(unitText)) return rejected(`EUR için Unit "${unitText}" pozitif bir tam sayı değil.`);
  const buyingText = childNamed(eur, 'ForexBuying')?.text.trim() ?? '';
  if (buyingText === '') return rejected('EUR için ForexBuying (döviz alış) değeri boş.');
  if (!DECIMAL.test(buyingText)) return rejected(`EUR için ForexBuying "${buyingText}" bir ondalık sayı değil (nokta ile, örn. 49.9000).`);
  const buying = money(buyingText);
  if (buying.isZero()) return rejected('EUR için ForexBuying sıfır.');
  const perUnit = buying.div(unitText);
  if (!perUnit.times(unitText).eq(buying)) return rejected(`EUR için ForexBuying ${buyingText} / Unit ${unitText} tam bölünmüyor.`);
  const rate = perUnit.toFixed(Math.max(MIN_RATE_PLACES, perUnit.decimalPlaces()));
  // The rules take rates with at most six decimals (core/inputs/clawback-input.ts).
  if (!exchangeRate.safeParse(rate).success)
    return rejected(`EUR için ForexBuying ${buyingText} / Unit ${unitText} = ${rate}: en fazla 6 ondalık haneli kur kullanılabilir.`);
  return { ok: true, value: rate };
}

/** One bulletin; `fileName` is checked against the date inside when it has TCMB's `DDMMYYYY.xml` form. */
export function parseTcmbBulletin(bytes: Uint8Array, fileName: string): BulletinParseResult {
  const file = basename(fileName);
  const failure = (reason: string): BulletinParseResult => ({ ok: false, error: { file, reason } });
  const decoded = readText(bytes);
  if (!decoded.ok) return failure(decoded.reason);
  const parsed = parseXml(decoded.text);
  if (!parsed.ok) return failure(`XML bozuk (satır ${parsed.line}): ${parsed.reason}.`);
  if (parsed.root.name !== 'Tarih_Date') return failure(`Kök öğe Tarih_Date değil (${parsed.root.name}); TCMB kur bülteni bekleniyor.`);
  const date = bulletinDate(parsed.root, fileName);
  if (!date.ok) return failure(date.reason);
  const rate = eurBuying(parsed.root);
  if (!rate.ok) return failure(rate.reason);
  return { ok: true, rate: { date: date.value, eurBuying: rate.value, file } };
}

/** A bulletin file as read from disk. */
export type BulletinFile = { readonly path: string; readonly bytes: Uint8Array };

export type BulletinFilesResult =
  { readonly ok: true; readonly files: readonly BulletinFile[] } | { readonly ok: false; readonly reason: string };

const XML_FILE = /\.xml$/i;

/** One file, or every `.xml` file of a folder (not its subfolders) in name order. */
export function readBulletinFiles(path: string): BulletinFilesResult {
  let isDirectory: boolean;
  try {
    isDirectory = statSync(path).isDirectory();
  } catch {
    return { ok: false, reason: `Dosya ya da klasör bulunamadı: ${path}` };
  }
  const paths = isDirectory
    ? readdirSync(path, { withFileTypes: true })
        .filter((entry) => entry.isFile() && XML_FILE.test(entry.name))
        .map((entry) => join(path, entry.name))
        .sort()
    : [path];
  if (paths.length === 0) return { ok: false, reason: `Klasörde .xml dosyası yok: ${path}` };
  try {
    // Sizes first: a huge file is refused before any file is read into memory.
    for (const each of paths) {
      const size = statSync(each).size;
      if (size > INPUT_LIMITS.maxXmlBytes) {
        return {
          ok: false,
          reason: `Dosya çok büyük: ${each} (${formatFileSize(size)}; bir kur bülteni en fazla ${formatFileSize(INPUT_LIMITS.maxXmlBytes)} olabilir).`,
        };
      }
    }
    return { ok: true, files: paths.map((each) => ({ path: each, bytes: readFileSync(each) })) };
  } catch {
    return { ok: false, reason: `Dosya okunamadı: ${path}` };
  }
}

export type RatesParseResult =
  { readonly ok: true; readonly rates: readonly EurBuyingRate[] } | { readonly ok: false; readonly errors: readonly RateFileError[] };

/**
 * Every bulletin of a set, ascending by date. All files must be good (one bad
 * file fails the set, with every file's error listed), and two files of the
 * same date must agree (e.g. `today.xml` saved next to `12122025.xml`).
 */
export function parseTcmbBulletins(files: readonly BulletinFile[]): RatesParseResult {
  const errors: RateFileError[] = [];
  const byDate = new Map<IsoDate, EurBuyingRate>();
  for (const file of files) {
    const result = parseTcmbBulletin(file.bytes, file.path);
    if (!result.ok) {
      errors.push(result.error);
      continue;
    }
    const earlier = byDate.get(result.rate.date);
    if (earlier === undefined) byDate.set(result.rate.date, result.rate);
    else if (earlier.eurBuying !== result.rate.eurBuying) {
      errors.push({
        file: result.rate.file,
        reason: `${result.rate.date} için EUR alış kuru ${earlier.file} dosyasında ${earlier.eurBuying}, bu dosyada ${result.rate.eurBuying}.`,
      });
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, rates: [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : 1)) };
}
