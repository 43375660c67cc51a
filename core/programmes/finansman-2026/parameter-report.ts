import { formatDateTr, formatMonthTr, type IsoDate } from '../../lib/calendar-date';
import { assertNever } from '../../lib/checks';
import { resolve, type LegalSource, type Parameter } from '../../lib/legal-reference';
import { formatTry, money } from '../../lib/money';
import { FINANSMAN_PARAMETER_LABELS, type FinansmanCall, type FinansmanParameterKey } from './call';
import { SIZE_TR } from './eligibility-checks';

/**
 * Every parameter of a call as the user sees it: the value in force on the application date in Turkish, or the gap,
 * with its source and the date it was last confirmed. The list is what makes the provisional values visible.
 */
export type ParameterLine = {
  readonly key: FinansmanParameterKey;
  readonly label: string;
  /** `null`: not announced (a gap). */
  readonly value: string | null;
  readonly source: LegalSource | null;
};

const KEYS = Object.keys(FINANSMAN_PARAMETER_LABELS) as FinansmanParameterKey[];

function text(call: FinansmanCall, key: FinansmanParameterKey, date: IsoDate): string | null {
  const shown = <T>(parameter: Parameter<T>, show: (value: T) => string): string | null => {
    const resolved = resolve(parameter, date);
    return resolved.status === 'announced' ? show(resolved.value) : null;
  };
  const months = (list: readonly string[]): string => list.map(formatMonthTr).join(', ');
  switch (key) {
    case 'sizes':
      return shown(call.sizes, (sizes) => sizes.map((size) => SIZE_TR[size]).join(', '));
    case 'sectorDivisions':
      return shown(call.sectorDivisions, (range) => `${range.first}–${range.last}`);
    case 'sectorReferenceDate':
      return shown(call.sectorReferenceDate, formatDateTr);
    case 'applicationStart':
      return shown(call.applicationStart, formatDateTr);
    case 'applicationEnd':
      return shown(call.applicationEnd, formatDateTr);
    case 'payrollBaseMonths':
      return shown(call.payrollBaseMonths, months);
    case 'payrollLimitRule':
      return shown(call.payrollLimitRule, () => 'baz ayların PEK toplamının aylık ortalaması (kuruşa yuvarlanır)');
    case 'loanCapTry':
      return shown(call.loanCapTry, (caps) => `KOBİ ${formatTry(money(caps.KOBI))}, büyük işletme ${formatTry(money(caps.BUYUK))}`);
    case 'drawnBy':
      return shown(call.drawnBy, formatDateTr);
    case 'singleDrawing':
      return shown(call.singleDrawing, (single) => (single ? 'evet' : 'hayır'));
    case 'maxTermMonths':
      return shown(call.maxTermMonths, (months) => `${months} ay`);
    case 'maxGraceMonths':
      return shown(call.maxGraceMonths, (months) => `${months} ay`);
    case 'supportPoints':
      return shown(call.supportPoints, (points) => `${points} puan`);
    case 'bankRateTerms':
      return shown(call.bankRateTerms, (terms) => terms);
    case 'employmentBaseMonths':
      return shown(call.employmentBaseMonths, months);
    case 'employmentMonths':
      return shown(call.employmentMonths, (range) => `${formatMonthTr(range.first)} – ${formatMonthTr(range.last)}`);
    case 'employmentConsequence':
      return shown(call.employmentConsequence, (consequence) => consequence);
    case 'paymentMethod':
      return shown(call.paymentMethod, (method) => method);
    default:
      return assertNever(key);
  }
}

export function parameterLines(call: FinansmanCall, date: IsoDate): ParameterLine[] {
  return KEYS.map((key) => {
    const resolved = resolve(call[key] as Parameter<unknown>, date);
    return { key, label: FINANSMAN_PARAMETER_LABELS[key], value: text(call, key, date), source: resolved.source };
  });
}
