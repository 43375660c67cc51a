import type { BankInstallment, FinansmanCaseInput, FinansmanLoan } from '../../../../core/inputs/finansman-input';
import type { CheckResult } from '../../../../core/lib/checks';
import { kurusString } from '../../../../core/programmes/finansman-2026/kurus';

/**
 * A 2026-1 case that passes every check: a KOBİ in NACE 25.62, applying on 20/03/2026, PEK average 3.000.000,00 ₺,
 * a 3.000.000,00 ₺ loan at 33 % drawn on 10/04/2026 for 3 months, repaid in three instalments of 1.000.000,00 ₺.
 */
export function installment(dueOn: string, principalTRY: string, interestTRY: string): BankInstallment {
  return { dueOn, principalTRY, interestTRY };
}

export function loan(overrides: Partial<FinansmanLoan> = {}): FinansmanLoan {
  return {
    amountTRY: '3000000.00',
    annualRatePercent: '33',
    drawnOn: ['2026-04-10'],
    termMonths: 3,
    graceMonths: 0,
    installments: [
      installment('2026-05-10', '1000000.00', '82500.00'),
      installment('2026-06-10', '1000000.00', '55000.00'),
      installment('2026-07-10', '1000000.00', '27500.00'),
    ],
    ...overrides,
  };
}

export function finansmanCase(overrides: Partial<FinansmanCaseInput> = {}): FinansmanCaseInput {
  return {
    call: '2026-1',
    asOf: '2026-03-20',
    enterprise: { legalForm: 'TUZEL_KISI', registered: true, active: true, declarationCurrent: true, size: 'KOBI', naceMain: '25.62' },
    history: [],
    payrollPEK: { '2025-11': '2900000.00', '2025-12': '3100000.00' },
    loan: loan(),
    ...overrides,
  };
}

/** A 2026-2 case that passes every check: applying on 15/09/2026, loan drawn on 20/09/2026. */
export function secondCallCase(overrides: Partial<FinansmanCaseInput> = {}): FinansmanCaseInput {
  return finansmanCase({
    call: '2026-2',
    asOf: '2026-09-15',
    payrollPEK: {},
    loan: loan({
      drawnOn: ['2026-09-20'],
      annualRatePercent: '37',
      installments: [
        installment('2026-10-20', '1000000.00', '92500.00'),
        installment('2026-11-20', '1000000.00', '61666.67'),
        installment('2026-12-20', '1000000.00', '30833.33'),
      ],
    }),
    ...overrides,
  });
}

/** `count` monthly instalments from the month after `drawnOn` (same day), the first `grace` without principal. */
export function monthlyTable(drawnOn: string, count: number, grace: number, amountKurus: number): BankInstallment[] {
  const [year, month, day] = drawnOn.split('-').map(Number) as [number, number, number];
  const repayments = count - grace;
  const share = Math.floor(amountKurus / repayments);
  const rows: BankInstallment[] = [];
  for (let index = 1; index <= count; index += 1) {
    const monthIndex = month - 1 + index;
    const dueOn = `${year + Math.floor(monthIndex / 12)}-${String((monthIndex % 12) + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const principal = index <= grace ? 0 : index === count ? amountKurus - share * (repayments - 1) : share;
    rows.push(installment(dueOn, kurusString(principal), '1000.00'));
  }
  return rows;
}

export function checkOf(checks: readonly CheckResult[], code: string): CheckResult {
  const found = checks.find((result) => result.code === code);
  if (found === undefined) throw new Error(`no check ${code}`);
  return found;
}
