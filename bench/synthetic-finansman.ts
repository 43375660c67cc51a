import { Decimal } from 'decimal.js';
import { plusMonths } from '../core/lib/calendar-date';
import type { BankInstallment, FinansmanCaseInput } from '../core/inputs/finansman-input';

const RATES = ['33', '35.5', '37', '41.37'] as const;

function integer(random: () => number, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

function pad2(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

/**
 * A bank's 36-instalment table: `grace` months of interest only, then equal principal; each month's interest is the
 * remaining principal × rate / 12, in kuruş. Built with decimal.js like the amounts a bank prints.
 */
function paymentTable(amount: Decimal, rate: string, drawnOn: string, grace: number): BankInstallment[] {
  const repayments = 36 - grace;
  const principal = amount.div(repayments).toDecimalPlaces(2, Decimal.ROUND_DOWN);
  const monthlyRate = new Decimal(rate).div(1200);
  let remaining = amount;
  const table: BankInstallment[] = [];
  for (let month = 1; month <= 36; month += 1) {
    const interest = remaining.times(monthlyRate).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
    const repaid = month <= grace ? new Decimal(0) : month === 36 ? remaining : principal;
    table.push({ dueOn: plusMonths(drawnOn, month), principalTRY: repaid.toFixed(2), interestTRY: interest.toFixed(2) });
    remaining = remaining.minus(repaid);
  }
  return table;
}

/** A credit-line case of call 2026-1 or 2026-2 with a 36-instalment table and monthly prim gün for the employment status. */
export function syntheticFinansmanCase(random: () => number): FinansmanCaseInput {
  const secondCall = random() < 0.3;
  const payroll = integer(random, 500_000, 60_000_000);
  const payrollPEK: Record<string, string> = {};
  const baseMonths = secondCall ? ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06'] : ['2025-11', '2025-12'];
  for (const month of baseMonths) payrollPEK[month] = `${payroll + integer(random, -50_000, 50_000)}.${pad2(integer(random, 0, 99))}`;
  const amount = new Decimal(integer(random, 100_000, 55_000_000)).plus(integer(random, 0, 99) / 100);
  const rate = RATES[integer(random, 0, RATES.length - 1)] ?? '33';
  const drawnOn = secondCall
    ? `2026-${pad2(integer(random, 9, 11))}-${pad2(integer(random, 1, 28))}`
    : `2026-${pad2(integer(random, 3, 7))}-${pad2(integer(random, 1, 28))}`;
  const grace = integer(random, 0, 7);
  const workers = integer(random, 20, 3000);
  const primDays: Record<string, number> = { '2025-11': workers * 30, '2025-12': workers * 30 };
  for (let month = 1; month <= 12; month += 1) primDays[`2026-${pad2(month)}`] = (workers + integer(random, -20, 20)) * 30;
  return {
    call: secondCall ? '2026-2' : '2026-1',
    asOf: secondCall ? `2026-${pad2(integer(random, 9, 10))}-15` : `2026-0${integer(random, 3, 4)}-15`,
    enterprise: {
      legalForm: random() < 0.99 ? 'TUZEL_KISI' : 'DIGER',
      registered: true,
      active: random() < 0.99,
      declarationCurrent: random() < 0.97,
      size: secondCall && random() < 0.2 ? 'BUYUK' : 'KOBI',
      naceMain: random() < 0.95 ? `${integer(random, 10, 33)}.${pad2(integer(random, 1, 99))}` : '46.90',
    },
    history: random() < 0.05 ? [{ program: 'IKDP-2026', outcome: 'PENDING' }] : [],
    payrollPEK,
    primDays,
    loan: {
      amountTRY: amount.toFixed(2),
      annualRatePercent: rate,
      drawnOn: random() < 0.02 ? [drawnOn, plusMonths(drawnOn, 1)] : [drawnOn],
      termMonths: 36,
      graceMonths: grace,
      installments: paymentTable(amount, rate, drawnOn, grace),
    },
  };
}
