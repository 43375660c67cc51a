import type { IsoDate, MonthKey } from '../../lib/calendar-date';
import type { LegalSource, Parameter } from '../../lib/legal-reference';
import type { EnterpriseSize, FinansmanCallId } from '../../inputs/finansman-input';

/**
 * One call of the 2026 programme's credit line ("finansman desteği") as a dated parameter set
 * (spec/domain-rules.md "Finansman desteği 2026"). No implementation text is published in the project's sources: every
 * value comes from announcements or secondary copies, carries that source and the date it was last confirmed, and
 * headquarters can correct it. A value that is not announced is `null`: the app shows the gap and decides nothing
 * from it.
 */
export type FinansmanPayrollLimitRule =
  /** The loan may not exceed the monthly average of the base months' PEK (call 2026-1, Yönetmelik as quoted). */
  'monthly-average-pek';

export type FinansmanCall = {
  readonly id: FinansmanCallId;
  readonly name: string;
  /** Always true until an implementation text is published. */
  readonly provisional: boolean;
  /** Where each check's rule (and the support formula) comes from; shown as the check's reference. */
  readonly sources: Readonly<Record<FinansmanSourceKey, LegalSource>>;
  /** The sizes the support is open to (2026-1: KOBİ only). */
  readonly sizes: Parameter<readonly EnterpriseSize[]>;
  /** NACE divisions of the sector (Kısım C: 10–33). */
  readonly sectorDivisions: Parameter<{ readonly first: number; readonly last: number }>;
  readonly sectorReferenceDate: Parameter<IsoDate>;
  readonly applicationStart: Parameter<IsoDate>;
  readonly applicationEnd: Parameter<IsoDate>;
  /** The months whose PEK (summed over workplaces) the payroll limit is computed from. */
  readonly payrollBaseMonths: Parameter<readonly MonthKey[]>;
  readonly payrollLimitRule: Parameter<FinansmanPayrollLimitRule>;
  readonly loanCapTry: Parameter<Readonly<Record<EnterpriseSize, string>>>;
  /** The last day on which the loan may be drawn. */
  readonly drawnBy: Parameter<IsoDate>;
  readonly singleDrawing: Parameter<boolean>;
  readonly maxTermMonths: Parameter<number>;
  readonly maxGraceMonths: Parameter<number>;
  /** Support points ("destek puanı") of the interest KOSGEB pays. */
  readonly supportPoints: Parameter<number>;
  /** The bank's rate as the call frames it (information only, not checked). */
  readonly bankRateTerms: Parameter<string>;
  /** Base months of the employment condition, and the months in which the base is to be preserved. */
  readonly employmentBaseMonths: Parameter<readonly MonthKey[]>;
  readonly employmentMonths: Parameter<{ readonly first: MonthKey; readonly last: MonthKey }>;
  /** How a failure of the employment condition is checked and what follows it. */
  readonly employmentConsequence: Parameter<string>;
  readonly paymentMethod: Parameter<string>;
};

/** The check codes of the credit line, and `support-schedule` for the support formula. */
export type FinansmanSourceKey =
  | 'legal-form'
  | 'registration'
  | 'declaration'
  | 'nace-sector'
  | 'application-window'
  | 'one-line-only'
  | 'loan-payroll-limit'
  | 'loan-cap'
  | 'loan-term'
  | 'loan-drawn-by'
  | 'loan-schedule'
  | 'support-schedule';

/** Turkish names of the parameters, for the list of provisional values and gaps. */
export const FINANSMAN_PARAMETER_LABELS: Readonly<Record<FinansmanParameterKey, string>> = {
  sizes: 'Yararlanabilecek işletmeler',
  sectorDivisions: 'Sektör (NACE bölümleri)',
  sectorReferenceDate: 'Sektör için esas tarih',
  applicationStart: 'Başvuru dönemi başlangıcı',
  applicationEnd: 'Başvuru dönemi bitişi',
  payrollBaseMonths: 'Kredi limiti için baz aylar (PEK)',
  payrollLimitRule: 'Kredi limitinin PEK’ten hesaplanışı',
  loanCapTry: 'Kredi üst limiti',
  drawnBy: 'Kredinin kullandırılacağı son gün',
  singleDrawing: 'Tek seferde kullandırım',
  maxTermMonths: 'En uzun vade',
  maxGraceMonths: 'En uzun anapara ödemesiz süre',
  supportPoints: 'Destek puanı',
  bankRateTerms: 'Banka faiz oranı koşulları',
  employmentBaseMonths: 'İstihdam koşulu baz ayları',
  employmentMonths: 'İstihdamın korunacağı aylar',
  employmentConsequence: 'İstihdam koşulunun denetimi ve sonucu',
  paymentMethod: 'Desteğin ödenişi',
};

export type FinansmanParameterKey =
  | 'sizes'
  | 'sectorDivisions'
  | 'sectorReferenceDate'
  | 'applicationStart'
  | 'applicationEnd'
  | 'payrollBaseMonths'
  | 'payrollLimitRule'
  | 'loanCapTry'
  | 'drawnBy'
  | 'singleDrawing'
  | 'maxTermMonths'
  | 'maxGraceMonths'
  | 'supportPoints'
  | 'bankRateTerms'
  | 'employmentBaseMonths'
  | 'employmentMonths'
  | 'employmentConsequence'
  | 'paymentMethod';
