import { maxDate, type IsoDate } from '../../lib/calendar-date';
import { constant, valueOn, type LegalSource, type Parameter } from '../../lib/legal-reference';

const REGULATION = 'İstihdam Taahhütlü KOBİ Finansman Destek Programı-II Uygulama Esasları (05/05/2025)';
const AMENDMENT = "17/12/2025 tarihli ve 678891 sayılı Başkanlık Makamı OLUR'u";
/** The date from which the 17/12/2025 amendments apply. */
export const AMENDMENT_2025_12_17 = '2025-12-17';
/** MADDE 21: "Bu uygulama esasları … 05/05/2025 tarihinde yürürlüğe girer." */
const IN_FORCE = '2025-05-05';

function original(article: string): LegalSource {
  return { article, act: REGULATION, lastConfirmed: '2026-11-22' };
}

function amended(article: string): LegalSource {
  return { article, act: `${REGULATION}, ${AMENDMENT} ile değişik`, lastConfirmed: '2026-11-22' };
}

/**
 * "Yeni istihdam" (MADDE 4(1)(y)). Before the amendment: hired on or after the
 * announcement date. After it: also "ilan tarihinden önceki ayda işletmede
 * çalışmamış". The version in force on the call's announcement date applies
 * (spec/domain-rules.md "Rule versions").
 */
export type NewHireRule = 'hired-on-or-after-announcement' | 'hired-on-or-after-announcement-not-employed-month-before';

export type ItkfdpArticleKey =
  | 'legalForm'
  | 'registration'
  | 'declaration'
  | 'province'
  | 'naceSector'
  | 'excludedActivity'
  | 'sanctions'
  | 'envSocial'
  | 'otherProgram'
  | 'loanAmount'
  | 'loanTerm'
  | 'applicationWindow'
  | 'supportPeriod'
  | 'supportStart'
  | 'minPrimDays'
  | 'periodNotEnded'
  | 'installmentUnpaid'
  | 'commitmentStaff'
  | 'personPrimDays'
  | 'minPrimDaysCheck'
  | 'commitmentNotDeclared'
  | 'taxSgkDebt'
  | 'taxLiability'
  | 'otherProgrammeStaff'
  | 'requestDeadline'
  | 'terminated'
  | 'periodAlreadyPaid'
  | 'amount'
  | 'cap'
  | 'supportDates'
  | 'requestRejected'
  | 'replacementDaysOnly'
  | 'protectedStatusProvenBeforeCall'
  | 'protectedStatusUnprovenBeforeCall'
  | 'protectedStatusProvenOnHiring'
  | 'protectedStatusUnprovenOnHiring'
  | 'consecutiveFailures'
  | 'liquidationOrClosure'
  | 'transferMergerTerminated'
  | 'loanRestructured'
  | 'terminationNotBarring'
  | 'clawback'
  | 'clawbackConversion'
  | 'clawbackInterest'
  | 'timeLimit';

/** Every article a check, an amount line or an explanation of ITKFDP-II cites; no text types an article itself. */
export type ItkfdpArticles = Readonly<Record<ItkfdpArticleKey, string>>;

export type ItkfdpEdition = {
  readonly id: 'ITKFDP-II';
  readonly name: string;
  readonly regulation: string;
  readonly provisional: false;
  readonly articles: ItkfdpArticles;
  readonly provinces: Parameter<readonly string[]>;
  /** Divisions of NACE Rev.2 that may apply: Kısım C (10–33), 62 and 72. */
  readonly naceDivisions: Parameter<readonly string[]>;
  readonly loanAmountTry: Parameter<{ readonly min: string; readonly max: string }>;
  readonly loanTermMonths: Parameter<{ readonly min: number; readonly max: number }>;
  readonly periodCount: Parameter<number>;
  readonly monthsPerPeriod: Parameter<number>;
  readonly amountStandardEur: Parameter<string>;
  readonly amountWomanOrYoungEur: Parameter<string>;
  readonly totalCapEur: Parameter<string>;
  readonly minPersonDaysPerPeriod: Parameter<number>;
  readonly youngAgeLimitYears: Parameter<number>;
  /** Resolved on the call's announcement date. */
  readonly newHireRule: Parameter<NewHireRule>;
  /** MADDE 9(13) second sentence (FOSTER II or BMZ II, not both), resolved on the application date. */
  readonly singleFundingLine: Parameter<boolean>;
  readonly lateRequestGraceMonths: Parameter<number>;
  readonly consecutiveFailuresToTerminate: Parameter<number>;
};

const DIVISIONS_10_TO_33 = Array.from({ length: 24 }, (_, index) => String(10 + index));

export const ITKFDP_II: ItkfdpEdition = {
  id: 'ITKFDP-II',
  name: 'İstihdam Taahhütlü KOBİ Finansman Destek Programı-II',
  regulation: REGULATION,
  provisional: false,
  articles: {
    legalForm: 'MADDE 9(1)',
    registration: 'MADDE 9(1)',
    declaration: 'MADDE 9(2)',
    province: 'MADDE 9(3)',
    naceSector: 'MADDE 9(3)',
    excludedActivity: 'MADDE 9(14)',
    sanctions: 'MADDE 9(14)',
    envSocial: 'MADDE 10(5)',
    otherProgram: 'MADDE 9(13)',
    loanAmount: 'MADDE 8(1)',
    loanTerm: 'MADDE 8(1)',
    applicationWindow: 'MADDE 5, 10',
    supportPeriod: 'MADDE 7(1)',
    supportStart: 'MADDE 7(2)',
    minPrimDays: 'MADDE 9(5)(c), 14(3)(a)',
    periodNotEnded: 'MADDE 14(2), 14(17)',
    installmentUnpaid: 'MADDE 14(1)(a)',
    commitmentStaff: 'MADDE 9(5)(a)(b)',
    personPrimDays: 'MADDE 14(3)(b), 14(5)',
    minPrimDaysCheck: 'MADDE 14(3)(a)',
    commitmentNotDeclared: 'MADDE 9(9)',
    taxSgkDebt: 'MADDE 14(1)(c), 14(9)',
    taxLiability: 'MADDE 14(11)(a)',
    otherProgrammeStaff: 'MADDE 9(12)',
    requestDeadline: 'MADDE 14(21)',
    terminated: 'MADDE 16',
    periodAlreadyPaid: 'MADDE 14(15), 14(16)',
    amount: 'MADDE 7(3), 14(14)',
    cap: 'MADDE 7(3), 14(14)',
    supportDates: 'MADDE 7(1), 7(2)',
    requestRejected: 'MADDE 14(8), 14(15)',
    replacementDaysOnly: 'MADDE 14(5), 14(6)',
    protectedStatusProvenBeforeCall: 'MADDE 14(22), 14(23)(a)',
    protectedStatusUnprovenBeforeCall: 'MADDE 14(23)(a)',
    protectedStatusProvenOnHiring: 'MADDE 14(22), 14(23)(b)',
    protectedStatusUnprovenOnHiring: 'MADDE 14(23)(b)',
    consecutiveFailures: 'MADDE 16(3)',
    liquidationOrClosure: 'MADDE 16(2), 16(5)',
    transferMergerTerminated: 'MADDE 16(1), 16(6)',
    loanRestructured: 'MADDE 16(4), 18(9)',
    terminationNotBarring: 'MADDE 16(6), 16(7)',
    clawback: 'MADDE 17',
    clawbackConversion: 'MADDE 17(4)',
    clawbackInterest: 'MADDE 17(3), 17(4)',
    timeLimit: 'MADDE 18(7)',
  },
  /** MADDE 9(3): the twenty provinces. */
  provinces: constant(
    [
      'Adana',
      'Adıyaman',
      'Ankara',
      'Batman',
      'Bursa',
      'Diyarbakır',
      'Gaziantep',
      'Hatay',
      'İstanbul',
      'İzmir',
      'Kahramanmaraş',
      'Kayseri',
      'Kilis',
      'Kocaeli',
      'Konya',
      'Malatya',
      'Mardin',
      'Mersin',
      'Osmaniye',
      'Şanlıurfa',
    ],
    original('MADDE 9(3)'),
    IN_FORCE,
  ),
  /** MADDE 9(3)(a)(b)(c): "Kısım C-İmalat", "Bölüm 62", "Bölüm 72". */
  naceDivisions: constant([...DIVISIONS_10_TO_33, '62', '72'], original('MADDE 9(3)'), IN_FORCE),
  /** MADDE 8(1): 1.750.000 TL – 2.000.000 TL. */
  loanAmountTry: constant({ min: '1750000.00', max: '2000000.00' }, original('MADDE 8(1)'), IN_FORCE),
  /** MADDE 8(1): 18 – 36 months. */
  loanTermMonths: constant({ min: 18, max: 36 }, original('MADDE 8(1)'), IN_FORCE),
  /** MADDE 7(1): "Destek süresi, 18 (on sekiz) ay olup 6 (altı) ödeme döneminden oluşmaktadır." */
  periodCount: constant(6, original('MADDE 7(1)'), IN_FORCE),
  monthsPerPeriod: constant(3, original('MADDE 4(1)(o), 7(1)'), IN_FORCE),
  /** MADDE 7(3)(a), 14(14)(a): 30 yaş ve üstü erkek personel: 2.000 Avro. */
  amountStandardEur: constant('2000.00', original('MADDE 7(3)(a), 14(14)(a)'), IN_FORCE),
  /**
   * MADDE 7(3)(b), 14(14)(b): at least one woman or young committed person: 2.500 Avro. The original 7(3)(b) read
   * "2.500 (iki bin) Avro"; the amendment corrected the words to "iki bin beş yüz". The figure never changed.
   */
  amountWomanOrYoungEur: [
    { from: IN_FORCE, value: '2500.00', source: original('MADDE 7(3)(b), 14(14)(b)') },
    { from: AMENDMENT_2025_12_17, value: '2500.00', source: amended('MADDE 7(3)(b)') },
  ],
  /** MADDE 7(3): "…üst limiti 15.000 (on beş bin) Avro'dur." */
  totalCapEur: constant('15000.00', original('MADDE 7(3)'), IN_FORCE),
  /** MADDE 9(6)(b), 14(3)(b): at least 46 prim gün per committed person in a period. */
  minPersonDaysPerPeriod: constant(46, original('MADDE 9(6)(b), 14(3)(b)'), IN_FORCE),
  /** MADDE 4(1)(ğ) "Genç: … ilan tarihi itibarıyla 30 yaşından gün almamış personel". */
  youngAgeLimitYears: [
    { from: IN_FORCE, value: 30, source: original('MADDE 4(1)(ğ)') },
    { from: AMENDMENT_2025_12_17, value: 30, source: amended('MADDE 4(1)(ğ)') },
  ],
  newHireRule: [
    { from: IN_FORCE, value: 'hired-on-or-after-announcement', source: original('MADDE 4(1)(y)') },
    { from: AMENDMENT_2025_12_17, value: 'hired-on-or-after-announcement-not-employed-month-before', source: amended('MADDE 4(1)(y)') },
  ],
  singleFundingLine: [
    { from: IN_FORCE, value: false, source: original('MADDE 9(13)') },
    { from: AMENDMENT_2025_12_17, value: true, source: amended('MADDE 9(13)') },
  ],
  /** MADDE 14(21): a late request with an accepted excuse within 2 months of the last request date. */
  lateRequestGraceMonths: constant(2, original('MADDE 14(21)'), IN_FORCE),
  /** MADDE 16(3): "Ardışık 3 (üç) ödeme döneminde; istihdam taahhüdünü yerine getiremeyen işletmelerin…" */
  consecutiveFailuresToTerminate: constant(3, original('MADDE 16(3)'), IN_FORCE),
};

/**
 * The value in force on `date`. Acts dated before the entry into force (a call
 * calendar prepared beforehand) are decided under the first version.
 */
export function itkfdpValue<T>(parameter: Parameter<T>, date: IsoDate): T | null {
  return valueOn(parameter, maxDate(date, IN_FORCE));
}

/**
 * For parameters the regulation fixes (every ITKFDP-II value is in the published text): a gap here is a defect in
 * the reference data, caught by the test that resolves every parameter on every date, not a case outcome.
 */
export function itkfdpRequired<T>(parameter: Parameter<T>, date: IsoDate): T {
  const value = itkfdpValue(parameter, date);
  if (value === null) throw new Error(`ITKFDP-II parametresi ${date} için tanımlı değil`);
  return value;
}
