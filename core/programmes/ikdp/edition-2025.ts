import { constant, type LegalSource } from '../../lib/legal-reference';
import type { IkdpEdition } from './edition';

const REGULATION = 'İstihdamı Koruma Destek Programı Uygulama Esasları (30/01/2025)';

function source(article: string): LegalSource {
  return { article, act: REGULATION, lastConfirmed: '2026-11-22' };
}

/** IKDP-2025: the values of the 2025 Uygulama Esasları, in force from 30/01/2025 (MADDE 19). */
export const IKDP_2025: IkdpEdition = {
  id: 'IKDP-2025',
  name: 'İstihdamı Koruma Destek Programı (2025)',
  regulation: REGULATION,
  provisional: false,
  articles: {
    legalForm: 'MADDE 7(2)',
    registration: 'MADDE 7(1)',
    declaration: 'MADDE 7(1)',
    naceSector: 'MADDE 7(3), 7(4)',
    onceOnly: 'MADDE 7(5)',
    rejectedBefore: 'MADDE 11(4)',
    applicationWindow: 'MADDE 10(1)',
    base: 'MADDE 5(1), 9(1), 9(4)',
    foundedInBase: 'MADDE 5(1), 9(3), 9(4)',
    monthWindow: 'MADDE 9(1)',
    monthNotEnded: 'MADDE 9(1), 15(1)',
    monthAlreadyPaid: 'MADDE 9(2)',
    employmentPreserved: 'MADDE 9(2)',
    requestDeadline: 'MADDE 15(3)',
    taxLiability: 'MADDE 15(4)(a)',
    kosgebDebt: 'MADDE 15(4)(b)',
    programmeTerminated: 'MADDE 13, 15(12)',
    amount: 'MADDE 15(6), 15(7)',
    monthAmount: 'MADDE 15(6)',
    requestAmount: 'MADDE 15(7)',
    cap: 'MADDE 8(2)',
    programmePeriod: 'MADDE 6',
    postMonitoring: 'MADDE 14(1)',
    requestRejected: 'MADDE 15(11)',
    timeLimit: 'MADDE 16(8)',
  },
  /** MADDE 5(1): "2024 yılının son üç ayına ait ortalama prim gün sayısını 2025 yılında korumuş olan işletmelere…" */
  baseMonths: constant(['2024-10', '2024-11', '2024-12'], source('MADDE 5(1)')),
  /** MADDE 9(1): "…1 Ocak 2025 – 31 Aralık 2025 tarihleri arasında ödeme talep edilen ayda…" */
  requestableMonths: constant({ first: '2025-01', last: '2025-12' }, source('MADDE 9(1)')),
  /** MADDE 8(2): "Program kapsamında aylık, 30 prim gün için 2.500 TL destek sağlanır." */
  supportPer30PrimGun: constant('2500.00', source('MADDE 8(2)')),
  /** MADDE 8(2): "…249 çalışan üzerinden 360 prim gün çalışma karşılığı…": at most 249 × 30 prim gün a month. */
  basePrimGunCap: constant(7470, source('MADDE 8(2)')),
  /** MADDE 8(2): "Toplam destek üst limiti … 7.470.000 TL'dir." */
  totalCapTry: constant('7470000.00', source('MADDE 8(2)')),
  /** MADDE 7(3): NACE 13, 14, 15, 31 of Kısım C. */
  sectorPrefixes: constant(['13', '14', '15', '31'], source('MADDE 7(3)')),
  /** MADDE 7(4): "…31 Aralık 2024 tarihi itibariyle idari kayıtlarda yer alan ana faaliyet kodu esas alınır." */
  sectorReferenceDate: constant('2024-12-31', source('MADDE 7(4)')),
  /** MADDE 7(1): "…İşletme Beyanının güncel olması gerekir." */
  declarationRequired: constant(true, source('MADDE 7(1)')),
  /** MADDE 10(1): the window announced by the Başkanlık. */
  applicationStart: constant('2025-01-31', source('MADDE 10(1)')),
  applicationEnd: constant('2025-03-31', source('MADDE 10(1)')),
  /** MADDE 15(3): "İşletmenin ödeme talep edebileceği son tarih 31 Mart 2026'dır." */
  requestDeadline: constant('2026-03-31', source('MADDE 15(3)')),
  /** MADDE 6: 12 months from the approval date. */
  programmePeriod: constant({ kind: 'months-from-approval', months: 12 }, source('MADDE 6(1), 6(2)')),
  /** MADDE 14(1): "…program bitiş tarihinden 1 yıl sonra Program Sonrası İzleme Formu ile … izlenir." */
  postMonitoringAfterYears: constant(1, source('MADDE 14(1)')),
  /** MADDE 9(2): the average of the requested months must be ≥ the base. */
  preservationRule: constant('requested-months-average', source('MADDE 9(2)')),
};
