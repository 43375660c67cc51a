import { describe, expect, it } from 'vitest';
import { paymentPosition } from '../../../core/report/payment-position';

describe('paymentPosition — total cap (IKDP MADDE 8(2), ITKFDP-II MADDE 7(3))', () => {
  it.each([
    ['IKDP-2025', [], '25416.67', '0.00', '25416.67', '7444583.33'],
    ['IKDP-2025', ['7000000.00'], '470000.00', '7000000.00', '7470000.00', '0.00'],
    ['ITKFDP-II', ['2000.00', '2500.00'], '2500.00', '4500.00', '7000.00', '8000.00'],
    ['ITKFDP-II', ['12500.00'], '2500.00', '12500.00', '15000.00', '0.00'],
  ] as const)('%s earlier %j this %s', (program, earlier, current, before, after, remaining) => {
    const position = paymentPosition({ program, submittedOn: '2026-02-10', earlierPayments: earlier, thisPayment: current });
    expect(position.paidBefore.toFixed(2)).toBe(before);
    expect(position.paidAfter.toFixed(2)).toBe(after);
    expect(position.remainingCap?.toFixed(2)).toBe(remaining);
    expect(position.explanation).toContain('kalan üst limit');
  });
});
