import { constant } from '../../../core/lib/legal-reference';
import { IKDP_2026 } from '../../../core/programmes/ikdp/edition-2026';
import type { IkdpEdition } from '../../../core/programmes/ikdp/edition';
import { createApplication, updateApplication } from '../../../db/repositories/applications';
import { addEnterpriseSite, createEnterprise } from '../../../db/repositories/enterprises';
import { syntheticVkn } from '../../../db/scenario-import/synthetic-identifiers';
import type { ApplicationStatus } from '../../../db/schema/enums';
import { withWrite } from '../../../db/write-context';
import { TEST_ACTOR } from '../../db/helpers';
import type { AppFixture, Staff } from '../services/app-fixture';

/**
 * IKDP-2026 case files for the impact tests: each an enterprise in Kayseri
 * with one application, evaluated (or not) through the real `case:evaluate`
 * channel, so the stored decisions are the ones the app makes.
 */
export type CaseSpec = {
  readonly name: string;
  readonly program?: 'IKDP-2026' | 'IKDP-2025';
  readonly appliedOn: string;
  readonly naceMain?: string;
  readonly status?: ApplicationStatus;
  readonly responsible?: keyof Staff;
  readonly evaluated?: boolean;
};

let counter = 0;

export async function createEvaluatedCase(fixture: AppFixture, spec: CaseSpec): Promise<number> {
  counter += 1;
  const applicationId = withWrite(fixture.database.db, TEST_ACTOR, (w) => {
    const enterprise = createEnterprise(w, {
      vkn: syntheticVkn(`impact-${spec.name}-${counter}`),
      unvan: `${spec.name} Tekstil Ltd. Şti.`,
      legalForm: 'TUZEL_KISI',
      registered: true,
      active: true,
      declarationCurrent: true,
      naceMain: spec.naceMain ?? '13.10.01',
    });
    addEnterpriseSite(w, { enterpriseId: enterprise.id, province: 'Kayseri', kind: 'merkez' });
    return createApplication(w, {
      enterpriseId: enterprise.id,
      program: spec.program ?? 'IKDP-2026',
      status: 'SUBMITTED',
      appliedOn: spec.appliedOn,
      applicationProvince: 'Kayseri',
      responsibleUserId: fixture.staff[spec.responsible ?? 'uzman'],
    }).id;
  });
  if (spec.evaluated !== false) {
    const answer = await fixture.call(spec.responsible ?? 'uzman', 'case:evaluate', { applicationId });
    if (!answer.ok) throw new Error(answer.error.message);
  }
  if (spec.status !== undefined && spec.status !== 'SUBMITTED') {
    const status = spec.status;
    withWrite(fixture.database.db, TEST_ACTOR, (w) => updateApplication(w, applicationId, { status }));
  }
  return applicationId;
}

/** IKDP-2026 with its 2026-1 window corrected by headquarters: it closed on 15.04.2026, not 30.04.2026. */
export const IKDP_2026_WINDOW_CORRECTED: IkdpEdition = {
  ...IKDP_2026,
  applicationEnd: constant('2026-04-15', {
    article: 'MADDE 10(1) karşılığı',
    act: 'KOSGEB İstihdamı Koruma Destek Programı 2026-1 dönemi duyurusu (merkez düzeltmesi, test)',
    provisional: true,
    lastConfirmed: '2026-05-04',
  }),
};

/** The edition as it travels: JSON, as the feed and the table carry it. */
export function editionPayload(edition: IkdpEdition): Record<string, unknown> {
  return JSON.parse(JSON.stringify(edition)) as Record<string, unknown>;
}
