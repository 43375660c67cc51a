import type { IsoDate } from '../lib/calendar-date';

/**
 * Kanuni faiz (3095 sayılı Kanuni Faiz ve Temerrüt Faizine İlişkin Kanun, madde 1): yearly simple rates by start
 * date. Reference data that headquarters can replace by a newer signed table.
 */
export type LegalInterestRate = { readonly from: IsoDate; readonly percent: string; readonly act: string };

export type LegalInterestRateTable = { readonly source: string; readonly entries: readonly LegalInterestRate[] };

export const LEGAL_INTEREST_RATES: LegalInterestRateTable = {
  source: '3095 sayılı Kanun madde 1 ve bu maddeye dayanan oran kararları',
  entries: [
    { from: '2006-01-01', percent: '9', act: '3095 sayılı Kanun m.1, Bakanlar Kurulu Kararı (yıllık %9, 01/01/2006)' },
    { from: '2024-06-01', percent: '24', act: '3095 sayılı Kanun m.1, Cumhurbaşkanı Kararı (yıllık %24, 01/06/2024)' },
  ],
};
