import { useQueries } from '@tanstack/react-query';
import Decimal from 'decimal.js';
import { Meter, Label } from 'react-aria-components';
import type { ChannelResponse } from '../../../electron/contract';
import { call } from '../../api/use-contract';
import { formatMoney } from '../../format/money';
import { StateBadge } from '../../widgets/StateBadge';
import { ITKFDP_CAP_EUR, PAYMENT_STRINGS as S } from './strings';

type PaymentRequest = ChannelResponse<'case:get'>['paymentRequests'][number];

type PeriodRow = {
  readonly period: number;
  readonly request: PaymentRequest | null;
  readonly amount: string | null;
  readonly approved: boolean | null;
};

/**
 * The six ITKFDP-II payment periods: each period's request and state, its amount from the stored decision (one
 * part per period), and the running total of approved amounts against the 15.000 € cap. Sums in decimal.js.
 */
export function ItkfdpTimeline({ requests }: { readonly requests: readonly PaymentRequest[] }) {
  const decided = requests.filter((request) => request.decided);
  const decisions = useQueries({
    queries: decided.map((request) => ({
      queryKey: ['payment:get-decision', { paymentRequestId: request.id }],
      queryFn: () => call('payment:get-decision', { paymentRequestId: request.id }),
    })),
  });
  const partOf = (request: PaymentRequest, period: number) => {
    const index = decided.indexOf(request);
    const decision = index < 0 ? null : (decisions[index]?.data?.decision ?? null);
    return decision?.parts.find((part) => part.label === S.periodLabel(period)) ?? null;
  };

  let running = new Decimal(0);
  const rows: (PeriodRow & { readonly total: string })[] = [1, 2, 3, 4, 5, 6].map((period) => {
    const request = [...requests].reverse().find((candidate) => candidate.periods?.includes(period) === true) ?? null;
    const part = request === null ? null : partOf(request, period);
    if (part?.approved === true) running = running.plus(part.amount);
    return { period, request, amount: part?.amount ?? null, approved: part?.approved ?? null, total: running.toFixed(2) };
  });
  const total = running.toFixed(2);
  const left = Decimal.max(new Decimal(ITKFDP_CAP_EUR).minus(running), 0).toFixed(2);
  const percent = Math.min(100, running.dividedBy(ITKFDP_CAP_EUR).times(100).toNumber());

  return (
    <section className="panel" aria-labelledby="itkfdp-timeline">
      <h2 id="itkfdp-timeline">{S.timelineTitle}</h2>
      <p className="muted">{S.timelineIntro}</p>
      <Meter value={percent} className="meter" aria-valuetext={S.capMeter(formatMoney(total, 'EUR'), formatMoney(ITKFDP_CAP_EUR, 'EUR'))}>
        <Label className="field-label">{S.capMeter(formatMoney(total, 'EUR'), formatMoney(ITKFDP_CAP_EUR, 'EUR'))}</Label>
        <span className="meter-bar" aria-hidden="true">
          <span className="meter-fill" style={{ width: `${percent}%` }} />
        </span>
        <span className="muted">{S.capLeft(formatMoney(left, 'EUR'))}</span>
      </Meter>
      <ol className="period-timeline">
        {rows.map((row) => (
          <li
            key={row.period}
            className={`period period-${row.request === null ? 'empty' : row.approved === true ? 'ok' : row.approved === false ? 'bad' : 'wait'}`}
          >
            <span className="period-name">{S.periodLabel(row.period)}</span>
            {row.request === null ? (
              <span className="muted">{S.notRequested}</span>
            ) : (
              <StateBadge state={row.request.state} label={row.request.stateLabel} />
            )}
            <span className="period-amount">{row.amount === null ? '—' : formatMoney(row.amount, 'EUR')}</span>
            <span className="period-total">
              {S.timelineTotal}: {formatMoney(row.total, 'EUR')}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
