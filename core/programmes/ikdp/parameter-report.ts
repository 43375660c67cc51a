import { formatDateTr, formatMonthTr, type IsoDate } from '../../lib/calendar-date';
import { assertNever } from '../../lib/checks';
import { resolve, type LegalSource, type Parameter } from '../../lib/legal-reference';
import { formatCountTr, formatTry, money } from '../../lib/money';
import type { IkdpEdition } from './edition';

/**
 * Every dated parameter of an İstihdamı Koruma edition as the user sees it: the value in force on a date in Turkish,
 * or the gap ("not announced"), with its source, whether it is provisional and when it was last confirmed. What makes
 * the 2026 edition's provisional values and announced-but-missing values visible (as finansman's `parameterLines`).
 */
export type IkdpParameterKey = Exclude<keyof IkdpEdition, 'id' | 'name' | 'regulation' | 'provisional' | 'articles'>;

export type IkdpParameterLine = {
  readonly key: IkdpParameterKey;
  readonly label: string;
  /** `null`: not announced (a gap; no decision rests on it). */
  readonly value: string | null;
  readonly source: LegalSource | null;
};

export const IKDP_PARAMETER_LABELS: Readonly<Record<IkdpParameterKey, string>> = {
  baseMonths: 'Baz dönem ayları',
  requestableMonths: 'Destek talep edilebilecek aylar',
  supportPer30PrimGun: 'Her 30 prim gün için destek',
  basePrimGunCap: 'Desteğe esas baz prim gün üst sınırı',
  totalCapTry: 'Toplam destek üst limiti',
  sectorPrefixes: 'Kapsamdaki faaliyet kodları (NACE)',
  sectorReferenceDate: 'Ana faaliyetin tespit tarihi',
  declarationRequired: 'İşletme Beyanı şartı',
  applicationStart: 'Başvuru başlangıcı',
  applicationEnd: 'Başvuru bitişi',
  requestDeadline: 'Son ödeme talebi tarihi',
  programmePeriod: 'Program süresi',
  postMonitoringAfterYears: 'Program sonrası izleme',
  preservationRule: 'İstihdamın korunması ölçütü',
};

const KEYS = Object.keys(IKDP_PARAMETER_LABELS) as IkdpParameterKey[];

function text(edition: IkdpEdition, key: IkdpParameterKey, date: IsoDate): string | null {
  const shown = <T>(parameter: Parameter<T>, show: (value: T) => string): string | null => {
    const resolved = resolve(parameter, date);
    return resolved.status === 'announced' ? show(resolved.value) : null;
  };
  switch (key) {
    case 'baseMonths':
      return shown(edition.baseMonths, (months) => months.map(formatMonthTr).join(', '));
    case 'requestableMonths':
      return shown(edition.requestableMonths, (range) => `${formatMonthTr(range.first)} – ${formatMonthTr(range.last)}`);
    case 'supportPer30PrimGun':
      return shown(edition.supportPer30PrimGun, (amount) => formatTry(money(amount)));
    case 'basePrimGunCap':
      return shown(edition.basePrimGunCap, (cap) => `${formatCountTr(cap)} prim gün`);
    case 'totalCapTry':
      return shown(edition.totalCapTry, (amount) => formatTry(money(amount)));
    case 'sectorPrefixes':
      return shown(edition.sectorPrefixes, (prefixes) => prefixes.join(', '));
    case 'sectorReferenceDate':
      return shown(edition.sectorReferenceDate, formatDateTr);
    case 'declarationRequired':
      return shown(edition.declarationRequired, (required) => (required ? 'aranır' : 'aranmaz'));
    case 'applicationStart':
      return shown(edition.applicationStart, formatDateTr);
    case 'applicationEnd':
      return shown(edition.applicationEnd, formatDateTr);
    case 'requestDeadline':
      return shown(edition.requestDeadline, formatDateTr);
    case 'programmePeriod':
      return shown(edition.programmePeriod, (period) =>
        period.kind === 'fixed-end' ? `${formatDateTr(period.end)} tarihine kadar` : `onaydan itibaren ${period.months} ay`,
      );
    case 'postMonitoringAfterYears':
      return shown(edition.postMonitoringAfterYears, (years) => `program bitiminden ${years} yıl sonra`);
    case 'preservationRule':
      return shown(edition.preservationRule, (rule) =>
        rule === 'requested-months-average'
          ? 'talep edilen ayların ortalaması baz ortalamadan az olmamalı'
          : 'her talep ayı ya da Ocak’tan o aya kadar olan ortalama baz ortalamadan az olmamalı',
      );
    default:
      return assertNever(key);
  }
}

export function ikdpParameterLines(edition: IkdpEdition, date: IsoDate): IkdpParameterLine[] {
  return KEYS.map((key) => {
    const resolved = resolve(edition[key] as Parameter<unknown>, date);
    return { key, label: IKDP_PARAMETER_LABELS[key], value: text(edition, key, date), source: resolved.source };
  });
}
