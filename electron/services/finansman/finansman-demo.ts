import { plusMonths } from '../../../core/lib/calendar-date';
import type { EnterpriseSize, FinansmanCallId, FinansmanLoan } from '../../../core/inputs/finansman-input';
import type { KobiDatabase } from '../../../db/connection';
import { putEnterpriseMonthlyPek } from '../../../db/repositories/enterprise-pek';
import { addEnterpriseSite, createEnterprise } from '../../../db/repositories/enterprises';
import { createFinansmanApplication, putFinansmanLoan } from '../../../db/repositories/finansman-applications';
import { syntheticVkn } from '../../../db/scenario-import/synthetic-identifiers';
import { withWrite } from '../../../db/write-context';

/**
 * The credit line's demo cases (browser mode `--demo`), added after the generated demo set: an eligible 2026-1 case
 * waiting for the officer, one over its payroll limit, a 2026-2 case of a large enterprise showing the call's gaps,
 * and an enterprise with its PEK but no application yet (for the new-application wizard).
 */

type DemoLoanTerms = {
  readonly amountTRY: string;
  readonly ratePercent: string;
  readonly drawnOn: string;
  readonly termMonths: number;
  readonly graceMonths: number;
};

/** A bank's payment table: no principal in the grace months, then equal principal; interest on the balance, monthly, in kuruş. */
export function demoBankTable(terms: DemoLoanTerms): FinansmanLoan {
  const amount = BigInt(terms.amountTRY.replace('.', ''));
  const [whole = '0', fraction = ''] = terms.ratePercent.split('.');
  const scale = 10n ** BigInt(fraction.length);
  const rate = BigInt(whole) * scale + BigInt(fraction === '' ? '0' : fraction);
  const repayments = BigInt(terms.termMonths - terms.graceMonths);
  let balance = amount;
  const installments = Array.from({ length: terms.termMonths }, (_unused, index) => {
    const interest = (balance * rate + 600n * scale) / (1200n * scale);
    const paying = index >= terms.graceMonths;
    const last = index === terms.termMonths - 1;
    const principal = !paying ? 0n : last ? balance : amount / repayments;
    balance -= principal;
    return { dueOn: plusMonths(terms.drawnOn, index + 1), principalTRY: tl(principal), interestTRY: tl(interest) };
  });
  return {
    amountTRY: terms.amountTRY,
    annualRatePercent: terms.ratePercent,
    drawnOn: [terms.drawnOn],
    termMonths: terms.termMonths,
    graceMonths: terms.graceMonths,
    installments,
  };
}

function tl(kurus: bigint): string {
  const text = kurus.toString().padStart(3, '0');
  return `${text.slice(0, -2)}.${text.slice(-2)}`;
}

type DemoCase = {
  readonly unvan: string;
  readonly nace: string;
  readonly province: string;
  readonly pek: Readonly<Record<string, string>>;
  readonly application?: {
    readonly call: FinansmanCallId;
    readonly size: EnterpriseSize;
    readonly appliedOn: string;
    readonly bankName: string;
    readonly loan: DemoLoanTerms;
  };
};

export const FINANSMAN_DEMO_CASES: readonly DemoCase[] = [
  {
    unvan: 'Anadolu Döküm Sanayi ve Ticaret A.Ş.',
    nace: '24.51',
    province: 'Konya',
    pek: { '2025-11': '3100000.00', '2025-12': '3300000.00' },
    application: {
      call: '2026-1',
      size: 'KOBI',
      appliedOn: '2026-03-20',
      bankName: 'Halk Bankası',
      loan: { amountTRY: '3000000.00', ratePercent: '33', drawnOn: '2026-04-15', termMonths: 24, graceMonths: 6 },
    },
  },
  {
    unvan: 'Ege Plastik Ambalaj Limited Şirketi',
    nace: '22.22',
    province: 'İzmir',
    pek: { '2025-11': '1000000.00', '2025-12': '1100000.00' },
    application: {
      call: '2026-1',
      size: 'KOBI',
      appliedOn: '2026-04-02',
      bankName: 'Ziraat Bankası',
      loan: { amountTRY: '1500000.00', ratePercent: '33', drawnOn: '2026-05-04', termMonths: 12, graceMonths: 3 },
    },
  },
  {
    unvan: 'Marmara Makine İmalat A.Ş.',
    nace: '28.22',
    province: 'Kocaeli',
    pek: {
      '2026-01': '9200000.00',
      '2026-02': '9350000.00',
      '2026-03': '9400000.00',
      '2026-04': '9500000.00',
      '2026-05': '9610000.00',
      '2026-06': '9700000.00',
    },
    application: {
      call: '2026-2',
      size: 'BUYUK',
      appliedOn: '2026-09-15',
      bankName: 'Vakıfbank',
      loan: { amountTRY: '8000000.00', ratePercent: '37', drawnOn: '2026-10-01', termMonths: 36, graceMonths: 6 },
    },
  },
  {
    unvan: 'Trakya Tekstil Örme Sanayi A.Ş.',
    nace: '13.91',
    province: 'Tekirdağ',
    pek: { '2025-11': '2400000.00', '2025-12': '2600000.00' },
  },
];

export function writeFinansmanDemo(db: KobiDatabase): void {
  withWrite(db, { kind: 'system', name: 'demo-data' }, (w) => {
    for (const demo of FINANSMAN_DEMO_CASES) {
      const enterprise = createEnterprise(w, {
        vkn: syntheticVkn(`finansman-demo:${demo.unvan}`),
        unvan: demo.unvan,
        legalForm: 'TUZEL_KISI',
        registered: true,
        active: true,
        declarationCurrent: true,
        naceMain: demo.nace,
        naceReferenceDate: '2025-12-31',
      });
      addEnterpriseSite(w, { enterpriseId: enterprise.id, province: demo.province, kind: 'merkez' });
      for (const [month, pekTRY] of Object.entries(demo.pek)) {
        putEnterpriseMonthlyPek(w, { enterpriseId: enterprise.id, month, pekTRY, workplaces: 1 });
      }
      if (demo.application === undefined) continue;
      const { loan, ...fields } = demo.application;
      const application = createFinansmanApplication(w, { enterpriseId: enterprise.id, status: 'SUBMITTED', ...fields });
      putFinansmanLoan(w, application.id, demoBankTable(loan));
    }
  });
}
