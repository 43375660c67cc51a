import { constant, type LegalSource } from '../../lib/legal-reference';
import type { IkdpEdition } from './edition';
import { IKDP_2025 } from './edition-2025';

const ANNOUNCEMENT = 'İstihdamı Koruma Destek Programı Uygulama Yönetmeliği, kamuoyu duyuruları 23/02–06/03/2026 (geçici)';

function announced(article: string): LegalSource {
  return { article, act: ANNOUNCEMENT, provisional: true, lastConfirmed: '2026-03-06' };
}

/** KOSGEB's notice of the "2026-1 dönemi" as quoted by secondary sources (spec/domain-rules.md, IKDP-2026 column). */
function noticeOf2026Call(article: string): LegalSource {
  return {
    article,
    act: 'KOSGEB İstihdamı Koruma Destek Programı 2026-1 dönemi duyurusu, ikincil kaynaklarda aktarıldığı şekliyle (geçici)',
    provisional: true,
    lastConfirmed: '2026-11-22',
  };
}

function notAnnounced(article: string): LegalSource {
  return { article, act: `${ANNOUNCEMENT}: henüz ilan edilmedi`, provisional: true, lastConfirmed: '2026-03-06' };
}

/**
 * IKDP-2026: known only from the public announcements (spec/domain-rules.md,
 * "IKDP-2026 (provisional…)"). Every value is a setting headquarters can
 * correct; values marked "to be announced" are `null` and shown as gaps. The
 * regulation's own article numbers are not published yet, so checks cite the
 * matching provisions of the 2025 text.
 */
export const IKDP_2026: IkdpEdition = {
  id: 'IKDP-2026',
  name: 'İstihdamı Koruma Destek Programı (2026, geçici değerler)',
  regulation: ANNOUNCEMENT,
  provisional: true,
  articles: IKDP_2025.articles,
  baseMonths: constant(['2025-11', '2025-12'], announced('MADDE 5(1) karşılığı')),
  requestableMonths: constant({ first: '2026-01', last: '2026-12' }, announced('MADDE 9(1) karşılığı')),
  supportPer30PrimGun: constant('3500.00', announced('MADDE 8(2) karşılığı')),
  basePrimGunCap: constant(7470, announced('MADDE 8(2) karşılığı')),
  totalCapTry: constant('10458000.00', announced('MADDE 8(2) karşılığı')),
  sectorPrefixes: constant(['13', '14', '15', '31', '32.99.02'], announced('MADDE 7(3) karşılığı')),
  sectorReferenceDate: constant('2025-12-31', announced('MADDE 7(4) karşılığı')),
  /** KOBİ and large enterprises may apply: no İşletme Beyanı check. */
  declarationRequired: constant(false, announced('MADDE 7(1) karşılığı')),
  applicationStart: constant('2026-03-02', announced('MADDE 10(1) karşılığı')),
  /** The end of the 2026-1 window: announced, provisional until headquarters confirms it from the notice itself. */
  applicationEnd: constant('2026-04-30', noticeOf2026Call('MADDE 10(1) karşılığı')),
  requestDeadline: constant<string>(null, notAnnounced('MADDE 15(3) karşılığı')),
  programmePeriod: constant({ kind: 'fixed-end', end: '2026-12-31' }, announced('MADDE 6 karşılığı')),
  postMonitoringAfterYears: constant<number>(null, notAnnounced('MADDE 14(1) karşılığı')),
  preservationRule: constant('month-or-year-to-date-average', announced('MADDE 9(2) karşılığı')),
};
