import type { ChannelResponse } from '../../../electron/contract';
import { formatMoney } from '../../format/money';
import { ChecksTable } from '../evaluation/ChecksTable';
import { PAYMENT_STRINGS as S } from './strings';

export type PaymentDecision = ChannelResponse<'payment:preview'>['decision'];

/** A decision of the rules on a payment request: verdict, each part's checks and the amount lines with formulas. */
export function PaymentDecisionView({ decision, program }: { readonly decision: PaymentDecision; readonly program: string }) {
  return (
    <div className="decision">
      <p className={`verdict verdict-${decision.approved ? 'ok' : 'bad'}`}>
        <strong>{S.decisionLine(decision.approved, formatMoney(decision.amount, decision.currency))}</strong>
        <span className="muted-inline"> · {S.rulesVersion(decision.rulesVersion, decision.editionName)}</span>
      </p>
      {decision.parts.map((part) => (
        <section key={part.label} className="decision-part" aria-label={part.label}>
          <h4>
            {part.label}: {part.approved ? S.approved : S.rejected} · {formatMoney(part.amount, decision.currency)}
          </h4>
          <ChecksTable checks={part.checks} program={program} label={`${part.label} kontrolleri`} />
          {part.amountLines.length === 0 ? null : (
            <dl className="amount-lines" aria-label={S.amountLines}>
              {part.amountLines.map((line) => (
                <div key={line.label} className="amount-line">
                  <dt>{line.label}</dt>
                  <dd>
                    <strong>{formatMoney(line.amount, line.currency)}</strong>
                    <span className="formula">{line.formula}</span>
                  </dd>
                </div>
              ))}
            </dl>
          )}
        </section>
      ))}
      {decision.notes.length === 0 ? null : (
        <div className="notice notice-info">
          <strong>{S.notes}</strong>
          <ul>
            {decision.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
