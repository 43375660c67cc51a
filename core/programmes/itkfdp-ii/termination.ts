import { formatDateTr, type IsoDate } from '../../lib/calendar-date';
import { check, type CheckResult } from '../../lib/checks';
import type { ItkfdpPaymentRequest, TerminationEvent, TerminationEventType } from '../../inputs/itkfdp-input';
import type { ItkfdpArticles } from './edition';
import type { PaymentPeriod } from './support-periods';

export type TerminationReason = TerminationEventType | 'THREE_CONSECUTIVE_FAILURES';

export type Termination = { readonly on: IsoDate; readonly reason: TerminationReason; readonly explanation: string };

const EVENT_TR: Readonly<Record<TerminationEventType, string>> = {
  LIQUIDATION: 'tasfiyenin başlaması',
  CLOSURE: 'işletmenin kapanması',
  TRANSFER_MERGER_TERMINATED: 'devir/birleşme nedeniyle sonlandırma kararı',
  LOAN_RESTRUCTURED: 'kredinin kapatılıp yeni krediyle yapılandırılması',
};

export type CommitmentRecord = { readonly period: PaymentPeriod; readonly failed: boolean | null };

/**
 * MADDE 16(3): "Ardışık 3 (üç) ödeme döneminde; istihdam taahhüdünü yerine getiremeyen işletmelerin destek programı
 * … sonlandırılır." Consecutive period indices, each evaluated (its enterprise data present) and failing.
 */
export function consecutiveFailureTermination(
  records: readonly CommitmentRecord[],
  needed: number,
  articles: ItkfdpArticles,
): Termination | null {
  let run: PaymentPeriod[] = [];
  for (const record of records) {
    run = record.failed === true ? [...run, record.period] : [];
    if (run.length === needed) {
      const last = run[run.length - 1];
      if (last === undefined) return null;
      return {
        on: last.end,
        reason: 'THREE_CONSECUTIVE_FAILURES',
        explanation: `${run.map((period) => period.index).join(', ')}. ödeme dönemlerinde istihdam taahhüdü ardışık olarak sağlanamadı; program ${formatDateTr(last.end)} tarihinde sonlandırılır (${articles.consecutiveFailures}).`,
      };
    }
  }
  return null;
}

function eventTermination(event: TerminationEvent): Termination {
  return { on: event.on, reason: event.type, explanation: `${formatDateTr(event.on)}: ${EVENT_TR[event.type]}.` };
}

/** The earliest of the termination events and the three-failure termination. */
export function earliestTermination(events: readonly TerminationEvent[], failures: Termination | null): Termination | null {
  const all = events.map(eventTermination);
  if (failures !== null) all.push(failures);
  let earliest: Termination | null = null;
  for (const termination of all) if (earliest === null || termination.on < earliest.on) earliest = termination;
  return earliest;
}

/** Why a termination bars paying this period on this request, or `null` when it does not. */
function barredBy(event: TerminationEvent, period: PaymentPeriod, request: ItkfdpPaymentRequest, articles: ItkfdpArticles): string | null {
  switch (event.type) {
    case 'LIQUIDATION':
    case 'CLOSURE':
      // MADDE 16(5): "…istihdam taahhüdü gerçekleşmiş olsa dahi işletmeye destek ödemesi yapılmaz."
      return request.submittedOn >= event.on
        ? `${formatDateTr(event.on)} tarihinde ${EVENT_TR[event.type]}; bu tarihte veya sonra karara bağlanan talepler ödenmez (${articles.liquidationOrClosure}).`
        : null;
    case 'TRANSFER_MERGER_TERMINATED':
      // MADDE 16(6): periods whose commitment was met before the event stay payable.
      return period.end >= event.on
        ? `${formatDateTr(event.on)} tarihinde ${EVENT_TR[event.type]}; dönem bu tarihten önce tamamlanmadığından ödenmez (${articles.transferMergerTerminated}).`
        : null;
    case 'LOAN_RESTRUCTURED':
      // MADDE 18(9): "…kapatma tarihinin içinde olduğu ödeme dönemi dahil olmak üzere bu dönemlere ilişkin destek ödemesi yapılamaz."
      return period.end >= event.on
        ? `${formatDateTr(event.on)} tarihinde ${EVENT_TR[event.type]}; kapatma tarihini içeren ve sonraki dönemler ödenmez (${articles.loanRestructured}).`
        : null;
  }
}

export function terminatedCheck(
  articles: ItkfdpArticles,
  period: PaymentPeriod,
  request: ItkfdpPaymentRequest,
  events: readonly TerminationEvent[],
  failures: Termination | null,
): CheckResult {
  const reasons: string[] = [];
  for (const event of events) {
    const reason = barredBy(event, period, request, articles);
    if (reason !== null) reasons.push(reason);
  }
  if (failures !== null && period.end > failures.on) {
    reasons.push(`${failures.explanation} Sonraki dönemler ödenmez.`);
  }
  if (reasons.length > 0) return check('terminated', articles.terminated, 'fail', reasons.join(' '));
  const note =
    failures !== null || events.length > 0 ? ` Sonlandırma bu dönemin ödenmesine engel değil (${articles.terminationNotBarring}).` : '';
  return check('terminated', articles.terminated, 'pass', `Program bu dönem için sonlandırılmamış.${note}`);
}
