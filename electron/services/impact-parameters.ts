import { formatDateTr, formatMonthTr, isIsoDate, isMonthKey } from '../../core/lib/calendar-date';
import { formatCountTr, formatTry, isMoneyString, money } from '../../core/lib/money';
import { BUILT_IN_REFERENCE } from '../../core/rules';
import type { StoredEditionVersion } from '../../db/repositories/rule-reference';

/**
 * Which parameter changed between the reference data a run starts from and
 * the data it re-evaluates with (issue 18 item 3: each inbox item names "the
 * parameter that changed"), as Turkish labels and values: a parameter of an
 * edition (`applicationEnd` of IKDP-2026: 30.04.2026 → 15.04.2026), or a
 * reference table changed by the feed or a yönetici (holidays, rates…).
 */
export type ParameterChange = {
  /** The edition (`IKDP-2026`), or `null` for a reference table. */
  readonly edition: string | null;
  readonly key: string;
  readonly label: string;
  readonly before: string;
  readonly after: string;
};

const PARAMETER_LABELS: Readonly<Record<string, string>> = {
  name: 'Program adı',
  regulation: 'Dayanak',
  provisional: 'Geçici değerler',
  articles: 'Madde atıfları',
  baseMonths: 'Baz dönem ayları',
  requestableMonths: 'Talep edilebilecek aylar',
  supportPer30PrimGun: '30 prim günü başına destek tutarı',
  basePrimGunCap: 'Hesaba katılan baz prim günü üst sınırı',
  totalCapTry: 'Toplam destek üst sınırı',
  sectorPrefixes: 'Kapsamdaki sektörler (NACE)',
  sectorReferenceDate: 'Sektör için esas tarih',
  declarationRequired: 'İşletme beyanı şartı',
  applicationStart: 'Başvuru dönemi başlangıcı',
  applicationEnd: 'Başvuru dönemi sonu',
  requestDeadline: 'Son talep tarihi',
  programmePeriod: 'Program süresi',
  postMonitoringAfterYears: 'Program sonrası izleme (yıl)',
  preservationRule: 'İstihdamın korunması kuralı',
};

const TABLE_LABELS: Readonly<Record<string, string>> = {
  holidays: 'Resmî tatiller',
  idari_izin_days: 'İdari izin günleri',
  exchange_rates: 'TCMB döviz kurları',
  legal_interest_rates: 'Kanuni faiz oranları',
  excluded_activities: 'Kapsam dışı faaliyetler',
  call_calendars: 'Çağrı takvimleri',
  nace_codes: 'NACE kodları',
};

/** The reference tables whose changes start a run, besides the programme editions. */
export const REFERENCE_TABLES = Object.keys(TABLE_LABELS);

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** One value as a person reads it: dates and months in Turkish, amounts in lira, `null` as not announced. */
function valueText(value: unknown): string {
  if (value === null || value === undefined) return 'ilan edilmedi';
  if (typeof value === 'boolean') return value ? 'evet' : 'hayır';
  if (typeof value === 'number') return formatCountTr(value);
  if (typeof value === 'string') {
    if (isIsoDate(value)) return formatDateTr(value);
    if (isMonthKey(value)) return formatMonthTr(value);
    if (isMoneyString(value)) return formatTry(money(value));
    return value;
  }
  if (Array.isArray(value)) return value.map(valueText).join(', ');
  if (isRecord(value)) {
    if (value['kind'] === 'fixed-end') return `${valueText(value['end'])} tarihine kadar`;
    if (value['kind'] === 'months-from-approval') return `onaydan itibaren ${valueText(value['months'])} ay`;
    if ('first' in value && 'last' in value) return `${valueText(value['first'])} – ${valueText(value['last'])}`;
  }
  return JSON.stringify(value);
}

/** Equal as data: the feed signs canonical JSON (keys sorted), so key order says nothing. */
function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, index) => sameValue(item, b[index]));
  }
  if (isRecord(a) || isRecord(b)) {
    if (!isRecord(a) || !isRecord(b)) return false;
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((key) => sameValue(a[key], b[key]));
  }
  return a === b;
}

/** A dated parameter (`[{ from, value, source }]`) as its values, each with the date it applies from when there are several. */
function parameterText(parameter: unknown): string {
  if (!Array.isArray(parameter)) return valueText(parameter);
  const entries = parameter.filter(isRecord);
  if (entries.length === 1) return valueText(entries[0]?.['value']);
  return entries.map((entry) => `${valueText(entry['from'])} itibarıyla ${valueText(entry['value'])}`).join('; ');
}

function payloadOf(row: StoredEditionVersion | undefined, editionId: string): Readonly<Record<string, unknown>> {
  if (row !== undefined) {
    try {
      const parsed: unknown = JSON.parse(row.payload);
      if (isRecord(parsed)) return parsed;
    } catch {
      return {};
    }
  }
  // No stored version before: the built-in edition is what the rules used.
  const builtIn =
    editionId === BUILT_IN_REFERENCE.itkfdp.id
      ? BUILT_IN_REFERENCE.itkfdp
      : Object.values(BUILT_IN_REFERENCE.ikdpEditions).find((e) => e.id === editionId);
  return builtIn === undefined ? {} : (JSON.parse(JSON.stringify(builtIn)) as Record<string, unknown>);
}

/** The parameters of each edition that differ between the two sets of newest versions. */
export function editionParameterChanges(
  before: ReadonlyMap<string, StoredEditionVersion>,
  after: ReadonlyMap<string, StoredEditionVersion>,
): ParameterChange[] {
  const changes: ParameterChange[] = [];
  for (const [editionId, row] of after) {
    const old = before.get(editionId);
    if (old?.rowId === row.rowId) continue;
    const oldPayload = payloadOf(old, editionId);
    const newPayload = payloadOf(row, editionId);
    for (const key of new Set([...Object.keys(newPayload), ...Object.keys(oldPayload)])) {
      if (key === 'id' || sameValue(oldPayload[key], newPayload[key])) continue;
      changes.push({
        edition: editionId,
        key,
        label: `${editionId}: ${PARAMETER_LABELS[key] ?? key}`,
        before: key in oldPayload ? parameterText(oldPayload[key]) : 'yok',
        after: key in newPayload ? parameterText(newPayload[key]) : 'yok',
      });
    }
  }
  return changes;
}

/** A reference table changed since the last run: how many rows were written. */
export function tableChange(table: string, rows: number): ParameterChange {
  return { edition: null, key: table, label: TABLE_LABELS[table] ?? table, before: '', after: `${formatCountTr(rows)} kayıt değişti` };
}
