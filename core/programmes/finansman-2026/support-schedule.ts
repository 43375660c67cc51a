import { formatDateTr, type IsoDate } from '../../lib/calendar-date';
import type { FinansmanLoan } from '../../inputs/finansman-input';
import { exactRate, formatKurusTry, interestShare, type Kurus } from './kurus';
import type { LoanTable } from './loan-table';

/**
 * Support per instalment (spec/domain-rules.md "Finansman desteği 2026"): KOSGEB pays the part of the interest that
 * corresponds to the call's support points, support = interest × points / r (r = the loan's annual rate in percent),
 * rounded to kuruş half up for each instalment; the enterprise pays interest − support. If r ≤ points the support is
 * the whole interest. The total is the sum of the rounded instalments. Amounts in whole kuruş (see kurus.ts).
 */
export type SupportInstallment = {
  readonly number: number;
  readonly dueOn: IsoDate;
  readonly principalKurus: Kurus;
  readonly interestKurus: Kurus;
  readonly supportKurus: Kurus;
  readonly enterprisePaysKurus: Kurus;
  /** Support of this and every earlier instalment. */
  readonly runningSupportKurus: Kurus;
};

export type SupportSchedule = {
  /** Whole support points; `null` when the call does not announce them (no support is computed). */
  readonly points: number | null;
  readonly ratePercent: string;
  /** True when r ≤ points: the support is the whole interest. */
  readonly wholeInterest: boolean;
  readonly installments: readonly SupportInstallment[];
  readonly totalInterestKurus: Kurus;
  readonly totalSupportKurus: Kurus;
  readonly totalEnterprisePaysKurus: Kurus;
};

/** `33` → `%33`, `37.5` → `%37,5` (Turkish writes the sign first and a decimal comma). */
export function formatPercentTr(percent: string): string {
  return `%${percent.replace('.', ',')}`;
}

export function supportSchedule(loan: FinansmanLoan, table: LoanTable, points: number | null): SupportSchedule {
  const rate = exactRate(loan.annualRatePercent);
  const wholeInterest = points !== null && rate.numerator <= BigInt(points) * rate.scale;
  let running = 0;
  let totalInterest = 0;
  const installments = table.dueOn.map((dueOn, index): SupportInstallment => {
    const interest = table.interestKurus[index] ?? 0;
    const support = points === null ? 0 : wholeInterest ? interest : interestShare(interest, points, rate);
    running += support;
    totalInterest += interest;
    return {
      number: index + 1,
      dueOn,
      principalKurus: table.principalKurus[index] ?? 0,
      interestKurus: interest,
      supportKurus: support,
      enterprisePaysKurus: interest - support,
      runningSupportKurus: running,
    };
  });
  return {
    points,
    ratePercent: loan.annualRatePercent,
    wholeInterest,
    installments,
    totalInterestKurus: totalInterest,
    totalSupportKurus: running,
    totalEnterprisePaysKurus: totalInterest - running,
  };
}

/** The formula of one instalment with its numbers, for the explanation and the form (rendered when shown). */
export function installmentFormula(schedule: SupportSchedule, installment: SupportInstallment): string {
  const head = `${installment.number}. taksit ${formatDateTr(installment.dueOn)}`;
  if (schedule.points === null) return `${head}: destek puanı ilan edilmediğinden destek hesaplanmadı.`;
  const support = schedule.wholeInterest
    ? `faiz oranı ${formatPercentTr(schedule.ratePercent)} ≤ ${schedule.points} puan: faizin tamamı ${formatKurusTry(installment.supportKurus)}`
    : `${formatKurusTry(installment.interestKurus)} × ${schedule.points} / ${schedule.ratePercent.replace('.', ',')} = ${formatKurusTry(installment.supportKurus)} (kuruşa yuvarlanır)`;
  return `${head}: destek ${support}; işletmenin ödediği faiz ${formatKurusTry(installment.interestKurus)} − ${formatKurusTry(installment.supportKurus)} = ${formatKurusTry(installment.enterprisePaysKurus)}; birikimli destek ${formatKurusTry(installment.runningSupportKurus)}.`;
}
