import { PERIOD_COUNT } from '../../core/inputs/itkfdp-input';
import { invalid, type Validated } from '../../core/lib/validation';
import type { Scenario } from '../../core/scenarios/scenario-schema';
import type { KobiDatabase } from '../connection';
import { importFinansmanScenario } from '../finansman/scenario-import';
import { createApplication } from '../repositories/applications';
import { createCallCalendar } from '../repositories/call-calendars';
import { createClawback } from '../repositories/clawbacks';
import { addCommittedPerson, updateCommittedPerson } from '../repositories/committed-personnel';
import { addEnterpriseSite, createEnterprise, type Enterprise } from '../repositories/enterprises';
import { createLoan, putLoanInstallment } from '../repositories/loans';
import { createIkdpPaymentRequest, createItkfdpPaymentRequest } from '../repositories/payment-requests';
import { putEnterpriseMonthlyPrimDays, putPersonMonthlyDays } from '../repositories/prim-days';
import { exchangeRateOn, putExchangeRate } from '../repositories/reference-data';
import { addTerminationEvent } from '../repositories/termination-events';
import { withWrite, type Actor, type WriteContext } from '../write-context';
import { syntheticTckn, syntheticVkn } from './synthetic-identifiers';

/**
 * Imports a scenario file (spec/scenario-format.md) into case-file rows, so
 * that `loadCase` / `loadEligibility` / `loadClawback` give back the rules'
 * input and the rules decide as they do on the file itself. Scenarios state
 * no identifiers, names or provinces where the rules do not need them; the
 * import fills those with synthetic values derived from the scenario id
 * (valid VKN/TCKN, `Senaryo …` names, `options.province`).
 */

export type ImportedScenario =
  | { readonly kind: 'eligibility' | 'ikdp-payments' | 'itkfdp-periods'; readonly enterpriseId: number; readonly applicationId: number }
  | { readonly kind: 'clawback'; readonly enterpriseId: number; readonly applicationId: number; readonly clawbackId: number }
  | { readonly kind: 'finansman-2026'; readonly enterpriseId: number; readonly applicationId: number };

export type ScenarioImportOptions = {
  /** Where the enterprise's data is filed when the scenario names no province (IKDP and ITKFDP-II payment scenarios). */
  readonly province?: string;
};

const DEFAULT_PROVINCE = 'Ankara';

function scenarioEnterprise(w: WriteContext, scenario: Scenario, fields: Partial<Parameters<typeof createEnterprise>[1]> = {}): Enterprise {
  return createEnterprise(w, {
    vkn: syntheticVkn(scenario.id),
    unvan: `Senaryo ${scenario.title ?? scenario.id}`,
    legalForm: 'TUZEL_KISI',
    registered: true,
    active: true,
    declarationCurrent: true,
    ...fields,
  });
}

type EligibilityScenario = Extract<Scenario, { kind: 'eligibility' }>;
type IkdpScenario = Extract<Scenario, { kind: 'ikdp-payments' }>;
type ItkfdpScenario = Extract<Scenario, { kind: 'itkfdp-periods' }>;
type ClawbackScenario = Extract<Scenario, { kind: 'clawback' }>;

function importEligibility(w: WriteContext, scenario: EligibilityScenario): ImportedScenario {
  const { enterprise: profile } = scenario;
  const enterprise = scenarioEnterprise(w, scenario, {
    legalForm: profile.legalForm,
    registered: profile.registered,
    active: profile.active,
    declarationCurrent: profile.declarationCurrent,
    naceMain: profile.naceMain,
  });
  profile.provinces.forEach((province, index) =>
    addEnterpriseSite(w, { enterpriseId: enterprise.id, province, kind: index === 0 ? 'merkez' : 'sube' }),
  );
  for (const entry of scenario.history)
    createApplication(w, { enterpriseId: enterprise.id, program: entry.program, status: entry.outcome });
  const calendar =
    scenario.calendar === undefined
      ? null
      : createCallCalendar(w, { program: scenario.program, name: `Senaryo ${scenario.id}`, calendar: scenario.calendar });
  const application = createApplication(w, {
    enterpriseId: enterprise.id,
    program: scenario.program,
    status: 'SUBMITTED',
    callCalendarId: calendar?.id ?? null,
    appliedOn: scenario.asOf,
    applicationProvince: profile.applicationProvince ?? null,
    sanctioned: profile.sanctioned ?? null,
    excludedActivity: profile.excludedActivity ?? null,
    envSocialCompliant: profile.envSocialCompliant ?? null,
    otherPrograms: profile.otherPrograms ?? null,
  });
  if (scenario.loan !== undefined) {
    createLoan(w, {
      applicationId: application.id,
      amountTRY: scenario.loan.amountTRY,
      termMonths: scenario.loan.termMonths,
      fundingLine: scenario.loan.fundingLine,
    });
  }
  return { kind: 'eligibility', enterpriseId: enterprise.id, applicationId: application.id };
}

function importIkdp(w: WriteContext, scenario: IkdpScenario, province: string): ImportedScenario {
  const enterprise = scenarioEnterprise(w, scenario, { foundedOn: scenario.foundedOn ?? null });
  addEnterpriseSite(w, { enterpriseId: enterprise.id, province, kind: 'merkez' });
  const calendar =
    scenario.calendar === undefined
      ? null
      : createCallCalendar(w, { program: scenario.program, name: `Senaryo ${scenario.id}`, calendar: scenario.calendar });
  const terminatedOn = scenario.terminatedOn ?? null;
  const application = createApplication(w, {
    enterpriseId: enterprise.id,
    program: scenario.program,
    status: terminatedOn === null ? 'APPROVED' : 'TERMINATED',
    callCalendarId: calendar?.id ?? null,
    approvedOn: scenario.approvedOn,
    decision: 'APPROVED',
    decidedOn: scenario.approvedOn,
    applicationProvince: province,
    terminatedOn,
  });
  for (const [month, primDays] of Object.entries(scenario.primDays))
    putEnterpriseMonthlyPrimDays(w, { enterpriseId: enterprise.id, province, month, primDays });
  for (const request of scenario.requests) {
    createIkdpPaymentRequest(w, {
      applicationId: application.id,
      submittedOn: request.submittedOn,
      months: request.months,
      taxLiabilityActive: request.taxLiabilityActive ?? null,
      overdueKosgebDebt: request.overdueKosgebDebt ?? null,
    });
  }
  return { kind: 'ikdp-payments', enterpriseId: enterprise.id, applicationId: application.id };
}

function importItkfdp(w: WriteContext, scenario: ItkfdpScenario, province: string): ImportedScenario {
  const enterprise = scenarioEnterprise(w, scenario);
  addEnterpriseSite(w, { enterpriseId: enterprise.id, province, kind: 'merkez' });
  const calendar = createCallCalendar(w, { program: 'ITKFDP-II', name: `Senaryo ${scenario.id}`, calendar: scenario.calendar });
  const application = createApplication(w, {
    enterpriseId: enterprise.id,
    program: 'ITKFDP-II',
    status: 'APPROVED',
    callCalendarId: calendar.id,
    applicationProvince: province,
    decision: 'APPROVED',
  });
  const loan = createLoan(w, { applicationId: application.id, creditUsedOn: scenario.creditUsedOn });
  if (scenario.installmentsPaid !== undefined) {
    const paid = new Set(scenario.installmentsPaid);
    const last = Math.max(PERIOD_COUNT, ...paid);
    for (let number = 1; number <= last; number += 1) putLoanInstallment(w, { loanId: loan.id, number, paid: paid.has(number) });
  }
  for (const [month, primDays] of Object.entries(scenario.primDays))
    putEnterpriseMonthlyPrimDays(w, { enterpriseId: enterprise.id, province, month, primDays });
  const idByKey = new Map<string, number>();
  for (const person of scenario.personnel) {
    const tckn = syntheticTckn(`${scenario.id}:${person.id}`);
    const record = addCommittedPerson(w, {
      applicationId: application.id,
      personKey: person.id,
      tckn,
      firstName: person.id,
      lastName: 'Senaryo',
      citizenship: person.citizenship,
      gender: person.gender,
      birthDate: person.birthDate,
      hiredOn: person.hiredOn,
      leftOn: person.leftOn ?? null,
      employedMonthBeforeAnnouncement: person.employedMonthBeforeAnnouncement ?? null,
      protectedStatus:
        person.protectedStatus === undefined
          ? null
          : { confirmed: person.protectedStatus.confirmed, provenFrom: person.protectedStatus.provenFrom ?? null },
      otherProgrammeSupport: person.otherProgrammeSupport ?? null,
    });
    idByKey.set(person.id, record.id);
    const leave = person.leaveDays ?? {};
    for (const month of new Set([...Object.keys(person.primDays), ...Object.keys(leave)])) {
      putPersonMonthlyDays(w, {
        enterpriseId: enterprise.id,
        province,
        tckn,
        month,
        primDays: person.primDays[month] ?? 0,
        countedLeaveDays: leave[month] ?? 0,
      });
    }
  }
  // Replacements point at persons that may come later in the list: linked once all exist.
  for (const person of scenario.personnel) {
    const id = idByKey.get(person.id);
    const replacesId = person.replaces == null ? undefined : idByKey.get(person.replaces);
    if (id !== undefined && replacesId !== undefined) updateCommittedPerson(w, id, { replacesId });
  }
  for (const request of scenario.requests) {
    createItkfdpPaymentRequest(w, {
      applicationId: application.id,
      submittedOn: request.submittedOn,
      periods: request.periods,
      taxLiabilityActive: request.taxLiabilityActive ?? null,
      overdueTaxOrSgkDebt: request.overdueTaxOrSgkDebt ?? null,
      commitmentDeclared: request.commitmentDeclared ?? null,
      excuseAccepted: request.excuseAccepted ?? null,
    });
  }
  for (const event of scenario.events) addTerminationEvent(w, { applicationId: application.id, type: event.type, occurredOn: event.on });
  return { kind: 'itkfdp-periods', enterpriseId: enterprise.id, applicationId: application.id };
}

function importClawback(w: WriteContext, scenario: ClawbackScenario): ImportedScenario {
  const enterprise = scenarioEnterprise(w, scenario);
  const application = createApplication(w, { enterpriseId: enterprise.id, program: 'ITKFDP-II', status: 'APPROVED', decision: 'APPROVED' });
  for (const [rateDate, buyingRate] of Object.entries(scenario.rates)) {
    putExchangeRate(w, { rateDate, currency: 'EUR', buyingRate, source: `senaryo ${scenario.id}` });
  }
  const clawback = createClawback(w, {
    applicationId: application.id,
    amountEUR: scenario.amountEUR,
    paidOn: scenario.paidOn,
    notifiedOn: scenario.notifiedOn,
    repaidOn: scenario.repaidOn,
  });
  return { kind: 'clawback', enterpriseId: enterprise.id, applicationId: application.id, clawbackId: clawback.id };
}

/** Rates are shared reference data: a scenario that states another rate for a stored date is not imported over it. */
function rateConflicts(db: KobiDatabase, scenario: ClawbackScenario): string[] {
  return Object.entries(scenario.rates)
    .filter(([date, rate]) => {
      const stored = exchangeRateOn(db, 'EUR', date);
      return stored !== undefined && stored.buyingRate !== rate;
    })
    .map(([date, rate]) => `${date} için kayıtlı kur ${exchangeRateOn(db, 'EUR', date)?.buyingRate ?? ''}, senaryodaki ${rate}`);
}

/** Import one parsed scenario in one transaction; kinds that are not case files (identifiers, deadline) are an issue. */
export function importScenario(
  db: KobiDatabase,
  actor: Actor,
  scenario: Scenario,
  options: ScenarioImportOptions = {},
): Validated<ImportedScenario> {
  const province = options.province ?? DEFAULT_PROVINCE;
  switch (scenario.kind) {
    case 'eligibility':
      return { ok: true, value: withWrite(db, actor, (w) => importEligibility(w, scenario)) };
    case 'ikdp-payments':
      return { ok: true, value: withWrite(db, actor, (w) => importIkdp(w, scenario, province)) };
    case 'itkfdp-periods':
      return { ok: true, value: withWrite(db, actor, (w) => importItkfdp(w, scenario, province)) };
    case 'clawback': {
      const conflicts = rateConflicts(db, scenario);
      if (conflicts.length > 0) return invalid('rates', `Kur çakışması: ${conflicts.join('; ')}`);
      return { ok: true, value: withWrite(db, actor, (w) => importClawback(w, scenario)) };
    }
    case 'identifiers':
    case 'deadline':
      return invalid('kind', `"${scenario.kind}" türündeki senaryo bir dosya değil; veritabanına aktarılmaz.`);
    case 'finansman-2026':
      return { ok: true, value: withWrite(db, actor, (w) => importFinansmanScenario(w, scenario, province)) };
  }
}
