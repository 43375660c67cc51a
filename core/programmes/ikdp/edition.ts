import type { IsoDate, MonthKey } from '../../lib/calendar-date';
import type { Parameter } from '../../lib/legal-reference';

/**
 * One edition of the İstihdamı Koruma Destek Programı as a dated parameter set
 * (spec/domain-rules.md "Editions of the İstihdamı Koruma programme"). Every
 * value carries its legal source; `null` values are "not announced yet".
 */
export type IkdpPreservationRule =
  /** MADDE 9(2): the truncated average of the requested months ≥ base. */
  | 'requested-months-average'
  /** 2026: each requested month ≥ base, or the truncated average from January to that month ≥ base. */
  | 'month-or-year-to-date-average';

export type IkdpProgrammePeriod =
  { readonly kind: 'months-from-approval'; readonly months: number } | { readonly kind: 'fixed-end'; readonly end: IsoDate };

export type IkdpEdition = {
  readonly id: 'IKDP-2025' | 'IKDP-2026';
  readonly name: string;
  readonly regulation: string;
  /** Values from public announcements that headquarters can still correct. */
  readonly provisional: boolean;
  /** Articles of the checks; the 2026 edition cites the matching provisions until its text is published. */
  readonly articles: Readonly<Record<IkdpArticleKey, string>>;
  readonly baseMonths: Parameter<readonly MonthKey[]>;
  readonly requestableMonths: Parameter<{ readonly first: MonthKey; readonly last: MonthKey }>;
  /** TL paid per 30 prim gün of the base. */
  readonly supportPer30PrimGun: Parameter<string>;
  /** Prim gün of the base counted for money at most (249 workers × 30). */
  readonly basePrimGunCap: Parameter<number>;
  readonly totalCapTry: Parameter<string>;
  /** NACE prefixes: `13` is a division, `32.99.02` only that 6-digit code. */
  readonly sectorPrefixes: Parameter<readonly string[]>;
  readonly sectorReferenceDate: Parameter<IsoDate>;
  readonly declarationRequired: Parameter<boolean>;
  readonly applicationStart: Parameter<IsoDate>;
  readonly applicationEnd: Parameter<IsoDate>;
  readonly requestDeadline: Parameter<IsoDate>;
  readonly programmePeriod: Parameter<IkdpProgrammePeriod>;
  readonly postMonitoringAfterYears: Parameter<number>;
  readonly preservationRule: Parameter<IkdpPreservationRule>;
};

export type IkdpArticleKey =
  | 'legalForm'
  | 'registration'
  | 'declaration'
  | 'naceSector'
  | 'onceOnly'
  | 'rejectedBefore'
  | 'applicationWindow'
  | 'base'
  | 'foundedInBase'
  | 'monthWindow'
  | 'monthNotEnded'
  | 'monthAlreadyPaid'
  | 'employmentPreserved'
  | 'requestDeadline'
  | 'taxLiability'
  | 'kosgebDebt'
  | 'programmeTerminated'
  | 'amount'
  | 'monthAmount'
  | 'requestAmount'
  | 'cap'
  | 'programmePeriod'
  | 'postMonitoring'
  | 'requestRejected'
  | 'timeLimit';
