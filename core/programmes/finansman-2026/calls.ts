import { constant, type LegalSource } from '../../lib/legal-reference';
import type { FinansmanCallId } from '../../inputs/finansman-input';
import { IKDP_2025 } from '../ikdp/edition-2025';
import type { FinansmanCall, FinansmanSourceKey } from './call';

/**
 * The two calls of the credit line as spec/domain-rules.md "Finansman desteği 2026" pins them. Sources:
 * - call 2026-1: news of 03–06/03/2026 quoting the Uygulama Yönetmeliği and KOSGEB's page, and law firms' summaries
 *   (the drawing date);
 * - call 2026-2: secondary copies of KOSGEB's notice of 28/08/2026.
 * Every value is provisional; `lastConfirmed` is the date of the latest source the value was checked against.
 */

const ANNOUNCEMENTS =
  'İmalat Sanayi Finansmanı ve İstihdamı Koruma Programı: duyurular 03–06/03/2026 (Uygulama Yönetmeliği alıntıları, KOSGEB sayfası)';
const LAW_FIRMS = 'Hukuk bürolarının 2026-1 dönemi özetleri (03–06/03/2026)';
const NOTICE_2026_2 = 'KOSGEB 2026-2 dönemi duyurusu 28/08/2026 (ikincil kopyalar)';
const READING = 'Proje okuması (spec/domain-rules.md "Finansman desteği 2026")';

function source(article: string, act: string, lastConfirmed: string): LegalSource {
  return { article, act, provisional: true, lastConfirmed };
}

const first = (article: string): LegalSource => source(article, ANNOUNCEMENTS, '2026-03-06');
const lawFirms = (article: string): LegalSource => source(article, LAW_FIRMS, '2026-03-06');
const second = (article: string): LegalSource => source(article, NOTICE_2026_2, '2026-08-28');
const gap = (article: string, act: string, lastConfirmed: string): LegalSource =>
  source(article, `${act}: henüz ilan edilmedi`, lastConfirmed);

const CHECK_ARTICLES: Readonly<Record<FinansmanSourceKey, string>> = {
  'legal-form': `IKDP ${IKDP_2025.articles.legalForm} karşılığı`,
  registration: `IKDP ${IKDP_2025.articles.registration} karşılığı`,
  declaration: 'KOSGEB duyurusu: "finansman desteğinden KOBİ\'ler"',
  'nace-sector': 'Duyurular: imalat sanayi (NACE Kısım C)',
  'application-window': 'Çağrının başvuru dönemi',
  'one-line-only': 'KOSGEB duyurusu: "sadece birinden yararlanabilir"',
  'loan-payroll-limit': 'Uygulama Yönetmeliği (alıntılandığı biçimiyle): kredi limiti',
  'loan-cap': 'Duyurular: kredi üst limiti',
  'loan-term': 'Duyurular: vade ve anapara ödemesiz süre',
  'loan-drawn-by': 'Kullandırım koşulları',
  'loan-schedule': 'Bankanın ödeme tablosu',
  'support-schedule': 'Duyurular: destek puanı',
};

/** Each check's reference, cited from the call's sources (2026-1 takes the drawing rule from the law firms). */
function checkSources(
  cite: (article: string) => LegalSource,
  citeDrawing: (article: string) => LegalSource,
): Readonly<Record<FinansmanSourceKey, LegalSource>> {
  const entries = Object.entries(CHECK_ARTICLES).map(([code, article]) => [code, (code === 'loan-drawn-by' ? citeDrawing : cite)(article)]);
  return Object.fromEntries(entries) as Record<FinansmanSourceKey, LegalSource>;
}

export const FINANSMAN_2026_1: FinansmanCall = {
  id: '2026-1',
  name: 'Finansman Desteği 2026-1 (İmalat Sanayi Finansmanı ve İstihdamı Koruma Programı, geçici değerler)',
  provisional: true,
  sources: checkSources(first, lawFirms),
  sizes: constant(['KOBI'], first("Finansman desteğinden KOBİ'ler yararlanır")),
  sectorDivisions: constant({ first: 10, last: 33 }, first('İmalat sanayi: NACE Kısım C')),
  sectorReferenceDate: constant('2025-12-31', first('Ana faaliyet kodu 31/12/2025 itibarıyla')),
  applicationStart: constant('2026-03-02', first('Başvuru dönemi')),
  applicationEnd: constant('2026-04-30', first('Başvuru dönemi')),
  payrollBaseMonths: constant(['2025-11', '2025-12'], first('Kasım ve Aralık 2025 muhtasar ve prim hizmet beyannameleri')),
  payrollLimitRule: constant('monthly-average-pek', first('Kredi tutarı, baz ayların işyerleri toplamı PEK aylık ortalamasını aşamaz')),
  loanCapTry: constant({ KOBI: '50000000.00', BUYUK: '50000000.00' }, first('Kredi üst limiti 50 milyon TL')),
  drawnBy: constant('2026-06-30', lawFirms('Kredi 30/06/2026 tarihine kadar kullandırılır')),
  singleDrawing: constant(true, lawFirms('Kredi tek seferde kullandırılır')),
  maxTermMonths: constant(36, first('Vade en fazla 36 ay')),
  maxGraceMonths: constant(6, first('Anapara ödemesiz süre en fazla 6 ay')),
  supportPoints: constant(10, first('Faizin 10 destek puanına karşılık gelen kısmı')),
  bankRateTerms: constant('Protokolle belirlenir (%33 olarak bildirildi)', first('Banka faiz oranı')),
  employmentBaseMonths: constant(['2025-11', '2025-12'], first('İstihdam Kasım–Aralık 2025 seviyesinde korunur')),
  employmentMonths: constant({ first: '2026-01', last: '2026-12' }, source('IKDP-2026 program yılı', READING, '2026-03-06')),
  employmentConsequence: constant<string>(null, gap('İstihdam koşulunun denetimi ve sonucu', ANNOUNCEMENTS, '2026-03-06')),
  paymentMethod: constant('SGK prim ve vergi dairesi borçlarına mahsup edilir', first('Desteğin ödenişi')),
};

export const FINANSMAN_2026_2: FinansmanCall = {
  id: '2026-2',
  name: 'Finansman Desteği 2026-2 (İmalat Sanayi Finansmanı ve İstihdamı Koruma Programı, geçici değerler)',
  provisional: true,
  sources: checkSources(second, second),
  sizes: constant(['KOBI', 'BUYUK'], second("KOBİ'ler ve büyük işletmeler")),
  sectorDivisions: constant({ first: 10, last: 33 }, second('İmalat sanayi: NACE Kısım C')),
  sectorReferenceDate: constant('2025-12-31', second('Ana faaliyet kodu 31/12/2025 itibarıyla')),
  applicationStart: constant('2026-09-01', second('Başvuru dönemi')),
  applicationEnd: constant('2026-10-31', second('Başvuru dönemi')),
  payrollBaseMonths: constant(['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06'], second('Baz dönem Ocak–Haziran 2026')),
  payrollLimitRule: constant<'monthly-average-pek'>(null, gap('Kredi limitinin hesaplanışı', NOTICE_2026_2, '2026-08-28')),
  loanCapTry: constant(
    { KOBI: '50000000.00', BUYUK: '150000000.00' },
    second('Kredi üst limiti KOBİ 50 milyon TL, büyük işletme 150 milyon TL'),
  ),
  drawnBy: constant<string>(null, gap('Kullandırım tarihi', NOTICE_2026_2, '2026-08-28')),
  singleDrawing: constant<boolean>(null, gap('Kullandırım biçimi', NOTICE_2026_2, '2026-08-28')),
  maxTermMonths: constant(36, second('Vade en fazla 36 ay')),
  maxGraceMonths: constant(6, second('Anapara ödemesiz süre en fazla 6 ay')),
  supportPoints: constant(12, second('Faizin 12 destek puanına karşılık gelen kısmı')),
  bankRateTerms: constant('En fazla %37 sabit ya da TLREF + 1 puan; masraflar en fazla %1', second('Banka faiz oranı')),
  employmentBaseMonths: constant(
    ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06'],
    second('İstihdamın baz dönemi Ocak–Haziran 2026'),
  ),
  employmentMonths: constant({ first: '2026-07', last: '2026-12' }, second('İstihdam Temmuz–Aralık 2026 döneminde korunur')),
  employmentConsequence: constant<string>(null, gap('İstihdam koşulunun denetimi ve sonucu', NOTICE_2026_2, '2026-08-28')),
  paymentMethod: constant('SGK prim ve vergi dairesi borçlarına mahsup edilir', second('Desteğin ödenişi')),
};

/** The built-in calls; headquarters' reference data can supply corrected ones. */
export const FINANSMAN_CALLS: Readonly<Record<FinansmanCallId, FinansmanCall>> = {
  '2026-1': FINANSMAN_2026_1,
  '2026-2': FINANSMAN_2026_2,
};
