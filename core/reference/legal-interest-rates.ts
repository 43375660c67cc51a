import type { IsoDate } from '../lib/calendar-date';

/**
 * Kanuni faiz (3095 sayılı Kanuni Faiz ve Temerrüt Faizine İlişkin Kanun, madde 1): yearly simple rates by start
 * date. Reference data that headquarters can replace by a newer signed table.
 */
export type LegalInterestRate = {
  readonly from: IsoDate;
  readonly percent: string;
  readonly act: string;
  /** Known from secondary sources only; headquarters has not confirmed it yet. */
  readonly provisional?: boolean;
};

/** A TCMB short-term reeskont (iskonto) rate, in force from `from` until the next entry. */
export type ReeskontRate = { readonly from: IsoDate; readonly percent: string; readonly source: string };

/**
 * 3095 s. Kanun m.1 as rewritten by 7589 s. Kanun m.10 (Resmî Gazete 31/07/2026, no. 33326): from `from`, the legal
 * rate is `sharePercent` % of the TCMB reeskont rate of 31 December of the previous year; when the 30 June rate
 * differs from it by `switchPoints` points or more, `sharePercent` % of the 30 June rate applies from 1 July. The
 * rates are derived from the dated reeskont table, never typed in.
 */
export type ReeskontLinkedRule = {
  readonly from: IsoDate;
  readonly sharePercent: string;
  readonly switchPoints: string;
  readonly act: string;
  /** The 2026 change is known from law firms' and calculators' copies of the Resmî Gazete: provisional until confirmed. */
  readonly provisional: boolean;
  readonly reeskontRates: readonly ReeskontRate[];
  /** The last day the reeskont table is known to be complete; a rate needed after it is missing data, not a guess. */
  readonly reeskontKnownUntil: IsoDate;
};

export type LegalInterestRateTable = {
  readonly source: string;
  /** Rates typed from their decisions; under a reeskont-linked rule, only those before the rule's start apply. */
  readonly entries: readonly LegalInterestRate[];
  readonly reeskontLinked: ReeskontLinkedRule | null;
};

/** The article that sets the legal interest, as the clawback's interest line cites it. */
export const LEGAL_INTEREST_ARTICLE = '3095 sayılı Kanun m.1';

export const LEGAL_INTEREST_RATES: LegalInterestRateTable = {
  source: '3095 sayılı Kanun madde 1 ve bu maddeye dayanan oran kararları; 31/07/2026 tarihinden itibaren 7589 sayılı Kanun m.10',
  entries: [
    { from: '2006-01-01', percent: '9', act: '3095 sayılı Kanun m.1, Bakanlar Kurulu Kararı (yıllık %9, 01/01/2006)' },
    { from: '2024-06-01', percent: '24', act: '3095 sayılı Kanun m.1, Cumhurbaşkanı Kararı 8485 (yıllık %24, 01/06/2024)' },
  ],
  reeskontLinked: {
    from: '2026-07-31',
    sharePercent: '80',
    switchPoints: '5',
    act: '7589 sayılı Kanun m.10 ile değişik 3095 sayılı Kanun m.1 (Resmî Gazete 31/07/2026, sayı 33326)',
    provisional: true,
    reeskontRates: [
      // TCMB Reeskont ve Avans İşlemlerinde Uygulanacak Faiz Oranlarının Tespiti Tebliği, Resmî Gazete 20/12/2025
      // (ntv.com.tr, ensonhaber.com of 20/12/2025): iskonto oranı yıllık %38,75 (before: %41,25).
      { from: '2025-12-20', percent: '38.75', source: 'TCMB tebliği, Resmî Gazete 20/12/2025' },
    ],
    reeskontKnownUntil: '2025-12-31',
  },
};
