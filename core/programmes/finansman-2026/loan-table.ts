import type { IsoDate } from '../../lib/calendar-date';
import type { FinansmanLoan } from '../../inputs/finansman-input';
import { kurusOf, type Kurus } from './kurus';

/** The loan and the bank's payment table read once into kuruş, for the checks and the support schedule. */
export type LoanTable = {
  readonly amountKurus: Kurus;
  /** The loan's start: its (first) drawing. */
  readonly start: IsoDate;
  readonly dueOn: readonly IsoDate[];
  readonly principalKurus: readonly Kurus[];
  readonly interestKurus: readonly Kurus[];
};

export function readLoanTable(loan: FinansmanLoan): LoanTable {
  const dueOn: IsoDate[] = [];
  const principalKurus: Kurus[] = [];
  const interestKurus: Kurus[] = [];
  for (const installment of loan.installments) {
    dueOn.push(installment.dueOn);
    principalKurus.push(kurusOf(installment.principalTRY));
    interestKurus.push(kurusOf(installment.interestTRY));
  }
  const start = loan.drawnOn.reduce((earliest, date) => (date < earliest ? date : earliest));
  return { amountKurus: kurusOf(loan.amountTRY), start, dueOn, principalKurus, interestKurus };
}

/**
 * The months without principal as the bank's table shows them: the period from the drawing to the last instalment
 * due before the first one that repays principal (`null`: the first instalment already repays principal).
 */
export function lastPrincipalFreeDue(table: LoanTable): IsoDate | null {
  let firstPrincipal: IsoDate | null = null;
  table.dueOn.forEach((due, index) => {
    if (table.principalKurus[index] !== 0 && (firstPrincipal === null || due < firstPrincipal)) firstPrincipal = due;
  });
  let lastFree: IsoDate | null = null;
  table.dueOn.forEach((due, index) => {
    const beforePrincipal = firstPrincipal === null || due < firstPrincipal;
    if (beforePrincipal && table.principalKurus[index] === 0 && (lastFree === null || due > lastFree)) lastFree = due;
  });
  return lastFree;
}
