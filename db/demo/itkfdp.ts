import type { TerminationEvent } from '../../core/inputs/itkfdp-input';
import { firstDayOfMonth, lastDayOfMonth, monthOf, plusDays, plusMonthsToMonth } from '../../core/lib/calendar-date';
import { applicationDocuments, dateBetween, document, type EnterpriseContext, minDate, officerFor, timeline } from './case-common';
import {
  DEMO_AS_OF,
  DEMO_LAST_MONTH,
  type DemoClawback,
  type DemoInstalment,
  type DemoItkfdpApplication,
  type DemoItkfdpRequest,
  type DemoLoan,
  type DemoMonitoringVisit,
} from './demo-types';
import { committedPersonnel } from './people';
import { type ApplicationPlan, DEMO_ITKFDP_CALLS, type Rejection } from './probability-tables';
import { BANKS } from './word-lists';

/** Demo data: ITKFDP-II applications — loans, committed personnel, period requests, terminations and clawbacks. */

export const PERIOD_MONTHS = 3;
export const PERIODS = 6;

export const TERMINATION_REASONS: Readonly<Record<TerminationEvent['type'], string>> = {
  LIQUIDATION: 'MADDE 16(2): İşletme tasfiyeye girdi; program sona erdirildi.',
  CLOSURE: 'MADDE 16(5): İşletme kapandı; program sona erdirildi.',
  TRANSFER_MERGER_TERMINATED: 'MADDE 16(1): İşletme devredildi/birleşti ve program sona erdirildi.',
  LOAN_RESTRUCTURED: 'MADDE 16(4): Kredi yapılandırıldı; sonraki dönemler için ödeme yapılmaz.',
};

export function itkfdpApplication(
  context: EnterpriseContext,
  plan: ApplicationPlan,
  number: number,
  province: string,
  rejection: Rejection | null,
): DemoItkfdpApplication {
  const { random } = context;
  const key = `${context.key}-A${number}`;
  // A terminated programme needs periods behind it: those are all of the first call.
  const call = plan.status === 'TERMINATED' || random.chance(0.6) ? DEMO_ITKFDP_CALLS[0] : DEMO_ITKFDP_CALLS[1];
  if (call === undefined) throw new Error('no ITKFDP-II call');
  const { calendar } = call;
  const lastCreditUse = plusDays(DEMO_AS_OF, -20);
  const dates = timeline(
    random,
    plan.status,
    calendar.applicationStart,
    minDate(calendar.applicationEnd, DEMO_AS_OF),
    plusDays(lastCreditUse, -10),
  );
  const approved = plan.status === 'APPROVED' || plan.status === 'TERMINATED';
  // Approved in the last weeks: half of them have not used the credit yet (30 days for it, MADDE 12(2)).
  const awaitingCredit = dates.decidedOn !== null && dates.decidedOn > plusDays(DEMO_AS_OF, -45) && random.chance(0.5);
  const creditUsedOn =
    approved && dates.decidedOn !== null && !awaitingCredit
      ? minDate(plusDays(dates.decidedOn, random.integer(10, 60)), lastCreditUse)
      : null;
  const supportStart = creditUsedOn === null ? null : plusMonthsToMonth(monthOf(creditUsedOn), 1);
  const amount = rejection?.code === 'loan-amount' ? random.integer(201, 300) * 10_000 : random.integer(175, 200) * 10_000;
  const instalments: DemoInstalment[] = [];
  if (supportStart !== null) {
    for (let period = 1; period <= PERIODS; period += 1) {
      const dueOn = lastDayOfMonth(plusMonthsToMonth(supportStart, period * PERIOD_MONTHS - 1));
      const paidOn = dueOn < DEMO_AS_OF && !random.chance(0.04) ? plusDays(dueOn, -random.integer(0, 10)) : null;
      instalments.push({ number: period, dueOn, paidOn });
    }
  }
  const loan: DemoLoan = {
    bank: random.pick(BANKS),
    amountTRY: `${amount}.00`,
    termMonths: random.pick([18, 24, 30, 36]),
    fundingLine: random.chance(0.6) ? 'FOSTER-II' : 'BMZ-II',
    creditUsedOn,
    instalments,
  };
  const personnel = dates.submittedOn === null ? [] : committedPersonnel(context, key, call, supportStart);
  const requests: DemoItkfdpRequest[] = [];
  const events: TerminationEvent[] = [];
  const clawbacks: DemoClawback[] = [];
  let terminationReason: string | null = null;
  if (supportStart !== null) {
    const endedPeriods: number[] = [];
    for (let period = 1; period <= PERIODS; period += 1) {
      const lastMonth = plusMonthsToMonth(supportStart, period * PERIOD_MONTHS - 1);
      if (lastMonth < DEMO_LAST_MONTH) endedPeriods.push(period);
    }
    let pending: number[] = [];
    for (const period of endedPeriods) {
      pending.push(period);
      if (random.chance(0.15) && period !== endedPeriods[endedPeriods.length - 1]) continue;
      const periodEnd = lastDayOfMonth(plusMonthsToMonth(supportStart, period * PERIOD_MONTHS - 1));
      const submittedOn = plusDays(periodEnd, random.integer(20, 75));
      if (submittedOn < DEMO_AS_OF && random.chance(0.9)) {
        requests.push({
          key: `${key}-R${requests.length + 1}`,
          request: {
            periods: pending,
            submittedOn,
            overdueTaxOrSgkDebt: random.chance(0.03),
            commitmentDeclared: !random.chance(0.03),
            excuseAccepted: false,
          },
        });
      }
      pending = [];
    }
    if (plan.status === 'TERMINATED') {
      const type = random.pick(['LIQUIDATION', 'CLOSURE', 'LOAN_RESTRUCTURED'] as const);
      const on = dateBetween(random, firstDayOfMonth(plusMonthsToMonth(supportStart, 2)), plusDays(DEMO_AS_OF, -5));
      events.push({ type, on });
      terminationReason = TERMINATION_REASONS[type];
      // A liquidated or closed enterprise asks for nothing afterwards.
      if (type !== 'LOAN_RESTRUCTURED') requests.splice(0, requests.length, ...requests.filter(({ request }) => request.submittedOn < on));
    }
    const firstRequest = requests[0];
    if (plan.status === 'APPROVED' && firstRequest !== undefined && random.chance(0.02)) {
      // MADDE 17: an undue payment found later (never for termination itself, 16(7)).
      const paidOn = plusDays(firstRequest.request.submittedOn, random.integer(10, 30));
      const notifiedOn = plusDays(paidOn, random.integer(60, 200));
      if (notifiedOn < DEMO_AS_OF) {
        const repaid = plusDays(notifiedOn, random.integer(5, 90));
        clawbacks.push({
          key: `${key}-C1`,
          amountEur: random.chance(0.5) ? '2000.00' : '2500.00',
          paidOn,
          notifiedOn,
          repaidOn: repaid < DEMO_AS_OF && random.chance(0.6) ? repaid : null,
        });
      }
    }
  }
  const documents = applicationDocuments(context, 'ITKFDP-II', dates.createdOn, dates.submittedOn !== null);
  if (creditUsedOn !== null) documents.push(document(context, 'KREDI_SOZLESMESI', creditUsedOn, false, 'kredi-sozlesmesi'));
  for (const { key: requestKey, request } of requests)
    documents.push(document(context, 'ODEME_TALEP_FORMU', request.submittedOn, true, 'itkfdp-odeme-talebi', requestKey));
  const monitoringVisits: DemoMonitoringVisit[] = [];
  if (supportStart !== null) {
    const dueOn = lastDayOfMonth(plusMonthsToMonth(supportStart, 6));
    const visitedOn = dueOn < DEMO_AS_OF ? plusDays(dueOn, -random.integer(0, 25)) : null;
    const compliant = random.chance(0.9);
    monitoringVisits.push({
      key: `${key}-V1`,
      kind: 'ON_SITE',
      dueOn,
      visitedOn,
      userKey: officerFor(context, province),
      outcome: visitedOn === null ? null : compliant ? 'COMPLIANT' : 'NON_COMPLIANT',
      notes:
        visitedOn === null
          ? null
          : compliant
            ? 'Taahhüt edilen personel işyerinde çalışırken görüldü.'
            : 'Bir personel yerinde bulunamadı; SGK kaydı istendi.',
    });
    if (visitedOn !== null) documents.push(document(context, 'IZLEME_FORMU', visitedOn, true, 'yerinde-izleme-formu'));
  }
  return {
    key,
    program: 'ITKFDP-II',
    callKey: call.key,
    status: plan.status,
    province,
    ...dates,
    decisionReason:
      rejection?.text ?? (plan.status === 'CANCELLED' ? 'İşletmenin yazılı talebiyle başvuru geri çekildi.' : terminationReason),
    responsibleUserKey: officerFor(context, province),
    documents,
    monitoringVisits,
    loan,
    personnel,
    requests,
    events,
    clawbacks,
  };
}
