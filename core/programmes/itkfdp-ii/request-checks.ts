import { formatDateTr, type IsoDate } from '../../lib/calendar-date';
import type { AmountLine } from '../../lib/amount-line';
import { check, passOrFail, type CheckResult } from '../../lib/checks';
import { ZERO } from '../../lib/money';
import { actTiming, computeTimeLimit, type TimeLimitSettings } from '../../lib/time-limits';
import type { ItkfdpPaymentRequest } from '../../inputs/itkfdp-input';
import { itkfdpRequired, type ItkfdpEdition } from './edition';
import type { PaymentPeriod } from './support-periods';

export function periodNotEndedCheck(article: string, period: PaymentPeriod, request: ItkfdpPaymentRequest): CheckResult {
  const ended = request.submittedOn > period.end;
  return passOrFail(
    'period-not-ended',
    article,
    ended,
    ended
      ? `${period.index}. dönem ${formatDateTr(period.end)} tarihinde tamamlanmış; talep ${formatDateTr(request.submittedOn)}.`
      : `${period.index}. dönem ${formatDateTr(period.end)} tarihinde tamamlanır; ${formatDateTr(request.submittedOn)} tarihli talep erken (dönemin son ayının SGK verisi henüz oluşmaz).`,
  );
}

function installmentCheck(article: string, index: number, isPaid: boolean): CheckResult {
  return passOrFail(
    'installment-unpaid',
    article,
    isPaid,
    isPaid
      ? `${index}. ödeme dönemini kapsayan ${index}. kredi taksiti ödenmiş.`
      : `${index}. ödeme dönemini kapsayan ${index}. kredi taksiti ödenmemiş.`,
  );
}

const COMMITMENT_DECLARED_TEXTS = [
  'Ödeme talebinde istihdam taahhüdü beyanı bilgisi yok.',
  'İşletme ödeme talebinde istihdam taahhütlerini sağladığını beyan etmiş.',
  'Ödeme talebinde istihdam taahhütlerinin sağlandığına ilişkin beyan yok.',
] as const;

const TAX_SGK_DEBT_TEXTS = [
  'Vadesi geçmiş vergi/SGK borcu bilgisi yok.',
  'Yasal sınırların üzerinde vadesi geçmiş, tecil veya taksitlendirilmemiş vergi/SGK borcu yok.',
  'Yasal sınırların üzerinde vadesi geçmiş, tecil veya taksitlendirilmemiş vergi ve/veya SGK borcu var.',
] as const;

/**
 * MADDE 14(21): requests until the calendar's last request date; within 2 months after it only with an excuse the
 * unit accepted. The 2 months are a time limit (MADDE 18(7)): the end moves off weekends and holidays. Past the
 * holiday table a request on or before the weekend-shifted end is in time; a later excused one is missing data.
 */
export function requestDeadlineCheck(
  edition: ItkfdpEdition,
  last: IsoDate,
  request: ItkfdpPaymentRequest,
  settings: TimeLimitSettings,
): CheckResult {
  const article = edition.articles.requestDeadline;
  if (request.submittedOn <= last) {
    return check(
      'request-deadline',
      article,
      'pass',
      `Talep ${formatDateTr(request.submittedOn)}, son ödeme talep tarihi ${formatDateTr(last)}: süresinde.`,
    );
  }
  const grace = itkfdpRequired(edition.lateRequestGraceMonths, request.submittedOn);
  const limit = computeTimeLimit({ start: last, amount: grace, unit: 'month', channel: 'electronic' }, settings);
  if (!limit.ok) return check('request-deadline', article, 'missing-data', limit.issues.map((issue) => issue.message).join('; '));
  const timing = actTiming(limit.value, request.submittedOn);
  const window = `son ödeme talep tarihi ${formatDateTr(last)}, mazeretli talep süresi ${formatDateTr(limit.value.due)}`;
  if (timing === 'undecided' && request.excuseAccepted === true) {
    return check(
      'request-deadline',
      article,
      'missing-data',
      `Talep ${formatDateTr(request.submittedOn)}: ${window} (hafta sonuna göre); resmî tatil tablosu ${limit.value.uncoveredYear ?? ''} yılını henüz kapsamadığından süre bir tatille uzamış olabilir, karar için güncel tatil tablosu gerekir.`,
    );
  }
  if (timing === 'late') {
    return check(
      'request-deadline',
      article,
      'fail',
      `Talep ${formatDateTr(request.submittedOn)}: ${window}; bu sürelerin dışındaki talepler işleme alınmaz.`,
    );
  }
  if (request.excuseAccepted === true) {
    return check(
      'request-deadline',
      article,
      'pass',
      `Talep ${formatDateTr(request.submittedOn)} geç ancak ${window} içinde ve mazeret uygun bulunmuş.`,
    );
  }
  return check(
    'request-deadline',
    article,
    'fail',
    `Talep ${formatDateTr(request.submittedOn)} geç (${window}${timing === 'undecided' ? ', hafta sonuna göre' : ''}); kabul edilmiş bir mazeret yok.`,
  );
}

type BooleanChecks = { readonly missing: CheckResult; readonly pass: CheckResult; readonly fail: CheckResult };

function booleanChecks(code: string, article: string, texts: readonly [string, string, string]): BooleanChecks {
  return {
    missing: Object.freeze(check(code, article, 'missing-data', texts[0])),
    pass: Object.freeze(check(code, article, 'pass', texts[1])),
    fail: Object.freeze(check(code, article, 'fail', texts[2])),
  };
}

function booleanCheck(checks: BooleanChecks, value: boolean | undefined, passWhen: boolean): CheckResult {
  if (value === undefined) return checks.missing;
  return value === passWhen ? checks.pass : checks.fail;
}

/**
 * The results that depend on nothing of a case but the edition and a period's number: the same frozen objects in
 * every case of the edition (a pure memo, built on first use; a bulk re-check would otherwise build the same texts
 * hundreds of thousands of times).
 */
export class SharedResults {
  private readonly installments: CheckResult[] = [];
  private readonly notPaidBefore: CheckResult[] = [];
  private readonly rejected: AmountLine[] = [];
  private readonly installmentsMissing: CheckResult;
  private readonly commitmentDeclared: BooleanChecks;
  private readonly taxSgkDebt: BooleanChecks;
  readonly notTerminated: CheckResult;

  constructor(private readonly edition: ItkfdpEdition) {
    const { articles } = edition;
    this.installmentsMissing = Object.freeze(
      check('installment-unpaid', articles.installmentUnpaid, 'missing-data', 'Kredi taksit ödemeleri bilgisi yok.'),
    );
    this.commitmentDeclared = booleanChecks('commitment-not-declared', articles.commitmentNotDeclared, COMMITMENT_DECLARED_TEXTS);
    this.taxSgkDebt = booleanChecks('tax-sgk-debt', articles.taxSgkDebt, TAX_SGK_DEBT_TEXTS);
    // What `terminatedCheck` says when the case has no termination event and no three-failure termination.
    this.notTerminated = Object.freeze(check('terminated', articles.terminated, 'pass', 'Program bu dönem için sonlandırılmamış.'));
  }

  /** The loan instalment covering the period is paid. */
  installment(period: PaymentPeriod, paid: readonly number[] | undefined): CheckResult {
    if (paid === undefined) return this.installmentsMissing;
    const isPaid = paid.includes(period.index);
    const slot = period.index * 2 + (isPaid ? 1 : 0);
    let result = this.installments[slot];
    if (result === undefined) {
      result = Object.freeze(installmentCheck(this.edition.articles.installmentUnpaid, period.index, isPaid));
      this.installments[slot] = result;
    }
    return result;
  }

  commitmentDeclaredCheck(request: ItkfdpPaymentRequest): CheckResult {
    return booleanCheck(this.commitmentDeclared, request.commitmentDeclared, true);
  }

  taxSgkDebtCheck(request: ItkfdpPaymentRequest): CheckResult {
    return booleanCheck(this.taxSgkDebt, request.overdueTaxOrSgkDebt, false);
  }

  /** Each period is paid once: an earlier approved request of the case paid it already. */
  alreadyPaid(period: PaymentPeriod, paidPeriods: ReadonlySet<number>): CheckResult {
    const article = this.edition.articles.periodAlreadyPaid;
    if (paidPeriods.has(period.index)) {
      return check(
        'period-already-paid',
        article,
        'fail',
        `${period.index}. dönem (${formatDateTr(period.start)} – ${formatDateTr(period.end)}) için daha önce onaylanan bir talepte destek ödenmiş; her dönem bir kez ödenir, bu talep reddedilir ve 0,00 € ödenir.`,
      );
    }
    let result = this.notPaidBefore[period.index];
    if (result === undefined) {
      result = Object.freeze(check('period-already-paid', article, 'pass', `${period.index}. dönem için daha önce ödeme yapılmamış.`));
      this.notPaidBefore[period.index] = result;
    }
    return result;
  }

  /** The amount line of a period whose request is not approved. */
  rejectedLine(period: PaymentPeriod): AmountLine {
    let line = this.rejected[period.index];
    if (line === undefined) {
      line = Object.freeze({
        label: `${period.index}. dönem`,
        amount: ZERO,
        currency: 'EUR',
        formula: `Talep uygun bulunmadığından bu dönem için ödeme yapılmaz (${this.edition.articles.requestRejected}).`,
      });
      this.rejected[period.index] = line;
    }
    return line;
  }
}

const SHARED = new WeakMap<ItkfdpEdition, SharedResults>();

export function sharedResults(edition: ItkfdpEdition): SharedResults {
  let shared = SHARED.get(edition);
  if (shared === undefined) {
    shared = new SharedResults(edition);
    SHARED.set(edition, shared);
  }
  return shared;
}
