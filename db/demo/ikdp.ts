import { type IsoDate, lastDayOfMonth, plusDays, plusMonths } from '../../core/lib/calendar-date';
import { applicationDocuments, dateBetween, document, type EnterpriseContext, minDate, officerFor, pad, timeline } from './case-common';
import { DEMO_AS_OF, type DemoIkdpApplication, type DemoIkdpRequest, type DemoMonitoringVisit } from './demo-types';
import type { ApplicationPlan, Rejection } from './probability-tables';

/** Demo data: IKDP applications and their payment requests. */

export const IKDP_WINDOWS: Readonly<Record<'IKDP-2025' | 'IKDP-2026', { readonly start: IsoDate; readonly end: IsoDate }>> = {
  'IKDP-2025': { start: '2025-01-31', end: '2025-03-31' },
  /** The 2026 window's end is not announced; applications run up to the demo date. */
  'IKDP-2026': { start: '2026-03-02', end: '2026-11-13' },
};

/** IKDP requests: a quarter's months at a time, asked for a few weeks after the quarter. */
export function ikdpRequests(
  context: EnterpriseContext,
  applicationKey: string,
  program: 'IKDP-2025' | 'IKDP-2026',
  approvedOn: IsoDate,
  until: IsoDate,
): DemoIkdpRequest[] {
  const { random } = context;
  const year = program === 'IKDP-2025' ? 2025 : 2026;
  const requests: DemoIkdpRequest[] = [];
  for (let quarter = 0; quarter < 4; quarter += 1) {
    const months = [1, 2, 3].map((month) => `${year}-${pad(quarter * 3 + month, 2)}`);
    const lastMonth = months[2] ?? '';
    const earliest = plusDays(lastDayOfMonth(lastMonth), 1);
    const submittedOn = plusDays(earliest > approvedOn ? earliest : approvedOn, random.integer(5, 75));
    if (submittedOn >= until || random.chance(0.1)) continue;
    requests.push({
      key: `${applicationKey}-R${requests.length + 1}`,
      request: { submittedOn, months, taxLiabilityActive: !random.chance(0.02), overdueKosgebDebt: random.chance(0.02) },
    });
  }
  return requests;
}

export function ikdpApplication(
  context: EnterpriseContext,
  plan: ApplicationPlan & { readonly program: 'IKDP-2025' | 'IKDP-2026' },
  number: number,
  province: string,
  rejection: Rejection | null,
): DemoIkdpApplication {
  const { random } = context;
  const key = `${context.key}-A${number}`;
  const window = IKDP_WINDOWS[plan.program];
  const dates = timeline(random, plan.status, window.start, window.end, DEMO_AS_OF);
  let approvedOn: IsoDate | null = null;
  if (plan.status === 'APPROVED' || plan.status === 'COMPLETED' || plan.status === 'TERMINATED') {
    // A running IKDP-2025 programme was approved late (after an objection), so its 12 months have not ended.
    approvedOn =
      plan.status === 'APPROVED' && plan.program === 'IKDP-2025' ? dateBetween(random, '2025-11-25', '2025-12-31') : dates.decidedOn;
  }
  const lastDay = plusDays(DEMO_AS_OF, -1);
  const terminatedOn =
    plan.status === 'TERMINATED' && approvedOn !== null
      ? dateBetween(random, minDate(plusDays(approvedOn, 30), lastDay), minDate(plusMonths(approvedOn, 11), lastDay))
      : null;
  const requests = approvedOn === null ? [] : ikdpRequests(context, key, plan.program, approvedOn, terminatedOn ?? DEMO_AS_OF);
  const documents = applicationDocuments(context, plan.program, dates.createdOn, dates.submittedOn !== null);
  for (const { key: requestKey, request } of requests) {
    documents.push(document(context, 'ODEME_TALEP_FORMU', request.submittedOn, true, `${plan.program}-odeme-talebi`, requestKey));
  }
  const monitoringVisits: DemoMonitoringVisit[] = [];
  if (plan.status === 'COMPLETED' && approvedOn !== null) {
    // MADDE 14(1): post-programme monitoring one year after the end (end = approval + 12 months).
    const dueOn = plusMonths(plusMonths(approvedOn, 12), 12);
    monitoringVisits.push({
      key: `${key}-V1`,
      kind: 'POST_PROGRAMME',
      dueOn,
      visitedOn: null,
      userKey: officerFor(context, province),
      outcome: null,
      notes: null,
    });
  }
  return {
    key,
    program: plan.program,
    status: plan.status,
    province,
    createdOn: dates.createdOn,
    submittedOn: dates.submittedOn,
    decidedOn: approvedOn ?? dates.decidedOn,
    decisionReason:
      rejection?.text ??
      (plan.status === 'CANCELLED'
        ? 'İşletmenin yazılı talebiyle başvuru geri çekildi.'
        : terminatedOn === null
          ? null
          : 'MADDE 13: İşletme faaliyetini sonlandırdı; program sona erdirildi.'),
    responsibleUserKey: officerFor(context, province),
    documents,
    monitoringVisits,
    approvedOn,
    terminatedOn,
    requests,
  };
}
