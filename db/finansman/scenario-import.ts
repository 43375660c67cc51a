import type { Programme2026HistoryEntry } from '../../core/inputs/finansman-input';
import type { Scenario } from '../../core/scenarios/scenario-schema';
import { createApplication } from '../repositories/applications';
import { putEnterpriseMonthlyPek } from '../repositories/enterprise-pek';
import { addEnterpriseSite, createEnterprise } from '../repositories/enterprises';
import { createFinansmanApplication, putFinansmanLoan } from '../repositories/finansman-applications';
import { putEnterpriseMonthlyPrimDays } from '../repositories/prim-days';
import type { ApplicationStatus } from '../schema/enums';
import type { FinansmanApplicationStatus } from '../schema/finansman-applications';
import { syntheticVkn } from '../scenario-import/synthetic-identifiers';
import type { WriteContext } from '../write-context';

/**
 * A `finansman-2026` scenario as case-file rows, so that `loadFinansmanCase` gives back the rules' input: the
 * enterprise, its history as IKDP-2026 applications and other credit-line applications, the base months' PEK (one
 * workplace each), the prim gün (filed in `province`), and the application with its loan and payment table.
 */
type FinansmanScenario = Extract<Scenario, { kind: 'finansman-2026' }>;

/** A history entry's outcome as the status of the application it stands for (the same word in both tables). */
const STATUS_OF_OUTCOME = {
  APPROVED: 'APPROVED',
  PENDING: 'SUBMITTED',
  REJECTED: 'REJECTED',
  CANCELLED: 'CANCELLED',
} as const satisfies Readonly<Record<Programme2026HistoryEntry['outcome'], ApplicationStatus & FinansmanApplicationStatus>>;

export function importFinansmanScenario(
  w: WriteContext,
  scenario: FinansmanScenario,
  province: string,
): { readonly kind: 'finansman-2026'; readonly enterpriseId: number; readonly applicationId: number } {
  const { enterprise: profile } = scenario;
  const enterprise = createEnterprise(w, {
    vkn: syntheticVkn(scenario.id),
    unvan: `Senaryo ${scenario.title ?? scenario.id}`,
    legalForm: profile.legalForm,
    registered: profile.registered,
    active: profile.active,
    declarationCurrent: profile.declarationCurrent,
    naceMain: profile.naceMain,
  });
  addEnterpriseSite(w, { enterpriseId: enterprise.id, province, kind: 'merkez' });
  for (const entry of scenario.history) {
    if (entry.program === 'IKDP-2026')
      createApplication(w, { enterpriseId: enterprise.id, program: 'IKDP-2026', status: STATUS_OF_OUTCOME[entry.outcome] });
    else {
      createFinansmanApplication(w, {
        enterpriseId: enterprise.id,
        call: entry.call ?? scenario.call,
        status: STATUS_OF_OUTCOME[entry.outcome],
        size: profile.size,
      });
    }
  }
  for (const [month, pekTRY] of Object.entries(scenario.payrollPEK))
    putEnterpriseMonthlyPek(w, { enterpriseId: enterprise.id, month, pekTRY, workplaces: 1 });
  for (const [month, primDays] of Object.entries(scenario.primDays ?? {})) {
    putEnterpriseMonthlyPrimDays(w, { enterpriseId: enterprise.id, province, month, primDays });
  }
  const application = createFinansmanApplication(w, {
    enterpriseId: enterprise.id,
    call: scenario.call,
    status: 'SUBMITTED',
    size: profile.size,
    appliedOn: scenario.asOf,
  });
  putFinansmanLoan(w, application.id, scenario.loan);
  return { kind: 'finansman-2026', enterpriseId: enterprise.id, applicationId: application.id };
}
