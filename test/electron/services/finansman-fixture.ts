import { putEnterpriseMonthlyPek } from '../../../db/repositories/enterprise-pek';
import { createEnterprise } from '../../../db/repositories/enterprises';
import { syntheticVkn } from '../../../db/scenario-import/synthetic-identifiers';
import { withWrite } from '../../../db/write-context';
import type { KobiDatabase } from '../../../db/connection';
import { TEST_ACTOR } from '../../db/helpers';

/**
 * A credit-line case the rules find eligible (PEK 2.4 M + 2.6 M ₺ in the base months, a 2.4 M ₺ loan at 33 %,
 * support 58.333,33 ₺) and one kuruş over the PEK limit when asked: shared by the finansman service, channel and
 * workflow tests.
 */
let counter = 0;

export function newFinansmanEnterprise(db: KobiDatabase, withPek = true): number {
  counter += 1;
  return withWrite(db, TEST_ACTOR, (w) => {
    const enterprise = createEnterprise(w, {
      vkn: syntheticVkn(`finansman-${counter.toString()}`),
      unvan: `Finansman ${counter.toString()} Metal A.Ş.`,
      legalForm: 'TUZEL_KISI',
      registered: true,
      active: true,
      declarationCurrent: true,
      naceMain: '25.62',
    });
    if (withPek) {
      putEnterpriseMonthlyPek(w, { enterpriseId: enterprise.id, month: '2025-11', pekTRY: '2400000.00', workplaces: 1 });
      putEnterpriseMonthlyPek(w, { enterpriseId: enterprise.id, month: '2025-12', pekTRY: '2600000.00', workplaces: 1 });
    }
    return enterprise.id;
  });
}

/** The `finansman:create` request (and `createFinansmanCase` fields) of the case, `amountTRY` above 1.2 M ₺. */
export function finansmanCaseRequest(enterpriseId: number, amountTRY = '2400000.00') {
  const last = (Number(amountTRY.slice(0, -3)) - 1200000).toString();
  return {
    enterpriseId,
    call: '2026-1' as const,
    size: 'KOBI' as const,
    appliedOn: '2026-03-20',
    bankName: 'Örnek Bankası',
    loan: {
      amountTRY,
      annualRatePercent: '33',
      drawnOn: ['2026-04-15'],
      termMonths: 3,
      graceMonths: 1,
      installments: [
        { dueOn: '2026-05-15', principalTRY: '0.00', interestTRY: '66000.00' },
        { dueOn: '2026-06-15', principalTRY: '1200000.00', interestTRY: '66000.00' },
        { dueOn: '2026-07-15', principalTRY: `${last}.00`, interestTRY: '60500.00' },
      ],
    },
  };
}
