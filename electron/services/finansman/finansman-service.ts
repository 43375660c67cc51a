import type { EnterpriseSize, FinansmanCallId, FinansmanLoan } from '../../../core/inputs/finansman-input';
import { formatDateTr } from '../../../core/lib/calendar-date';
import type { Validated } from '../../../core/lib/validation';
import type { FinansmanEvaluation } from '../../../core/programmes/finansman-2026/evaluate';
import { formatKurusTry, kurusString } from '../../../core/programmes/finansman-2026/kurus';
import { parameterLines, type ParameterLine } from '../../../core/programmes/finansman-2026/parameter-report';
import { installmentFormula } from '../../../core/programmes/finansman-2026/support-schedule';
import { BUILT_IN_REFERENCE, evaluateFinansmanCase, type RuleReference } from '../../../core/rules';
import type { KobiDatabase } from '../../../db/connection';
import { createFinansmanApplication, listFinansmanDecisions, putFinansmanLoan } from '../../../db/repositories/finansman-applications';
import { loadFinansmanCase } from '../../../db/repositories/finansman-case';
import { withWrite, type Actor } from '../../../db/write-context';
import type { SignedInCall } from '../app-context';
import { ServiceError } from '../service-error';
import { transition } from '../workflows/workflow-service';

/**
 * The credit line's application layer: entering a case, evaluating it, the support schedule as the table the screens
 * and the form show, and the müdür's decision (through the workflow service, the one path that changes a state).
 * Every write goes through the audited repositories in one transaction.
 */

export type NewFinansmanCase = {
  readonly enterpriseId: number;
  readonly call: FinansmanCallId;
  readonly size: EnterpriseSize;
  readonly appliedOn: string;
  readonly bankName?: string | null;
  readonly loan: FinansmanLoan;
};

/** A submitted application with its loan and the bank's payment table; returns the application's id. */
export function createFinansmanCase(db: KobiDatabase, actor: Actor, fields: NewFinansmanCase): number {
  return withWrite(db, actor, (w) => {
    const application = createFinansmanApplication(w, {
      enterpriseId: fields.enterpriseId,
      call: fields.call,
      size: fields.size,
      status: 'SUBMITTED',
      appliedOn: fields.appliedOn,
      bankName: fields.bankName ?? null,
    });
    putFinansmanLoan(w, application.id, fields.loan);
    return application.id;
  });
}

/** The evaluation of the case as the database holds it (nothing is written). */
export function evaluateFinansmanApplication(
  db: KobiDatabase,
  applicationId: number,
  reference: RuleReference = BUILT_IN_REFERENCE,
): Validated<FinansmanEvaluation> {
  const loaded = loadFinansmanCase(db, applicationId);
  return loaded.ok ? { ok: true, value: evaluateFinansmanCase(loaded.value, reference) } : loaded;
}

export type ScheduleRow = {
  readonly number: number;
  readonly dueOn: string;
  readonly interestTRY: string;
  readonly supportTRY: string;
  readonly enterprisePaysTRY: string;
  readonly runningSupportTRY: string;
  /** The same figures in Turkish form, and the formula with its numbers. */
  readonly shown: {
    readonly dueOn: string;
    readonly interest: string;
    readonly support: string;
    readonly enterprisePays: string;
    readonly runningSupport: string;
  };
  readonly formula: string;
};

export type ScheduleTable = {
  readonly rows: readonly ScheduleRow[];
  readonly totals: { readonly interestTRY: string; readonly supportTRY: string; readonly enterprisePaysTRY: string };
  /** The call's values in force, each with its source; `value === null` is a gap the screen marks. */
  readonly parameters: readonly ParameterLine[];
  readonly provisional: boolean;
};

/** The support schedule as a table with the running total (for the schedule screen, its chart and the form). */
export function supportScheduleTable(evaluation: FinansmanEvaluation, reference: RuleReference = BUILT_IN_REFERENCE): ScheduleTable {
  const { schedule } = evaluation;
  return {
    rows: schedule.installments.map((installment) => ({
      number: installment.number,
      dueOn: installment.dueOn,
      interestTRY: kurusString(installment.interestKurus),
      supportTRY: kurusString(installment.supportKurus),
      enterprisePaysTRY: kurusString(installment.enterprisePaysKurus),
      runningSupportTRY: kurusString(installment.runningSupportKurus),
      shown: {
        dueOn: formatDateTr(installment.dueOn),
        interest: formatKurusTry(installment.interestKurus),
        support: formatKurusTry(installment.supportKurus),
        enterprisePays: formatKurusTry(installment.enterprisePaysKurus),
        runningSupport: formatKurusTry(installment.runningSupportKurus),
      },
      formula: installmentFormula(schedule, installment),
    })),
    totals: {
      interestTRY: kurusString(schedule.totalInterestKurus),
      supportTRY: kurusString(schedule.totalSupportKurus),
      enterprisePaysTRY: kurusString(schedule.totalEnterprisePaysKurus),
    },
    parameters: parameterLines(reference.finansmanCalls[evaluation.call], evaluation.asOf),
    provisional: evaluation.provisional,
  };
}

export type FinansmanVerdict = { readonly state: string; readonly stateLabel: string };

/**
 * The müdür decides the application on its latest stored evaluation (`finansman:evaluate`), through the one workflow
 * service: an eligible evaluation moves it to `onaylandi`, one that fails a check to `reddedildi`, with every guard of
 * the row (stored and current evaluation, four-eyes) and the day of the decision. An evaluation that could not decide
 * for missing data decides nothing.
 */
export function decideFinansmanCase(call: SignedInCall, applicationId: number, decidedOn?: string): FinansmanVerdict {
  const latest = listFinansmanDecisions(call.app.db, applicationId)[0];
  if (latest === undefined) throw new ServiceError('conflict', 'Önce başvuru değerlendirilip değerlendirme kaydedilmeli.');
  const { failed } = latest.snapshot as { readonly failed: readonly string[] };
  if (!latest.eligible && failed.length === 0) {
    throw new ServiceError(
      'conflict',
      'Son değerlendirme verisi eksik olduğu için karar vermedi: eksikler tamamlanıp yeniden değerlendirilmeli.',
    );
  }
  return transition(call, {
    kind: 'finansman_application',
    recordId: applicationId,
    to: latest.eligible ? 'onaylandi' : 'reddedildi',
    ...(decidedOn === undefined ? {} : { facts: { on: decidedOn } }),
  });
}
