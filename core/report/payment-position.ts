import { valueOn } from '../lib/legal-reference';
import { formatEur, formatTry, money, ZERO, type Money } from '../lib/money';
import type { ProgramId } from '../inputs/eligibility-input';
import { BUILT_IN_REFERENCE, type RuleReference } from '../rules';

/**
 * Where a payment stands against the programme's total cap, as the payment
 * eligibility forms print it: paid before this request (the approved amounts
 * of the earlier decided requests), this payment, paid after it and what
 * remains of the cap (IKDP MADDE 8(2), ITKFDP-II MADDE 7(3)). The cap is the
 * edition's parameter in force on the request's date; `null` when not announced.
 */
export type PaymentPosition = {
  readonly currency: 'TRY' | 'EUR';
  readonly cap: Money | null;
  readonly capArticle: string;
  readonly paidBefore: Money;
  readonly thisPayment: Money;
  readonly paidAfter: Money;
  readonly remainingCap: Money | null;
  readonly explanation: string;
};

export function paymentPosition(
  input: {
    readonly program: ProgramId;
    readonly submittedOn: string;
    /** Amounts (decimal strings) of the earlier approved requests of the case. */
    readonly earlierPayments: readonly string[];
    readonly thisPayment: string;
  },
  reference: RuleReference = BUILT_IN_REFERENCE,
): PaymentPosition {
  const itkfdp = input.program === 'ITKFDP-II';
  const currency = itkfdp ? 'EUR' : 'TRY';
  const capText = itkfdp
    ? valueOn(reference.itkfdp.totalCapEur, input.submittedOn)
    : valueOn(reference.ikdpEditions[input.program].totalCapTry, input.submittedOn);
  const capArticle = itkfdp ? reference.itkfdp.articles.cap : reference.ikdpEditions[input.program].articles.cap;
  const format = itkfdp ? formatEur : formatTry;
  const paidBefore = input.earlierPayments.reduce((sum, amount) => sum.plus(money(amount)), ZERO);
  const thisPayment = money(input.thisPayment);
  const paidAfter = paidBefore.plus(thisPayment);
  const cap = capText === null ? null : money(capText);
  const remainingCap = cap === null ? null : cap.minus(paidAfter);
  const explanation =
    cap === null || remainingCap === null
      ? `Toplam destek üst limiti ilan edilmedi; daha önce ödenen ${format(paidBefore)}, bu ödeme ${format(thisPayment)}.`
      : `Toplam destek üst limiti ${format(cap)} (${capArticle}); daha önce ödenen ${format(paidBefore)} + bu ödeme ${format(thisPayment)} = ${format(paidAfter)}; kalan üst limit ${format(remainingCap)}.`;
  return { currency, cap, capArticle, paidBefore, thisPayment, paidAfter, remainingCap, explanation };
}
