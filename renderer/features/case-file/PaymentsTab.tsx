import { Disclosure, DisclosurePanel, Heading } from 'react-aria-components';
import type { ChannelResponse } from '../../../electron/contract';
import { formatDate, formatMonth } from '../../format/dates';
import { formatMoney } from '../../format/money';
import { Button } from '../../widgets/Button';
import { Facts } from '../../widgets/Facts';
import { StateBadge } from '../../widgets/StateBadge';
import { ChecksTable } from '../evaluation/ChecksTable';
import { WorkflowActions } from '../workflow/WorkflowActions';
import { CASE_STRINGS as S } from './strings';

type CaseFile = ChannelResponse<'case:get'>;
type PaymentRequest = CaseFile['paymentRequests'][number];

function requested(request: PaymentRequest): readonly [string, string] {
  if (request.months !== null) return [S.requestedMonths, request.months.map(formatMonth).join(', ')];
  return [S.requestedPeriods, (request.periods ?? []).map(S.periodLabel).join(', ')];
}

function decisionText(request: PaymentRequest): string {
  if (!request.decided) return S.undecided;
  return request.approved === true ? S.approved : S.rejected;
}

export function PaymentsTab({ caseFile }: { readonly caseFile: CaseFile }) {
  const { paymentRequests, application } = caseFile;
  return (
    <section className="panel" aria-labelledby="case-payments">
      <h2 id="case-payments">{S.paymentsTitle}</h2>
      {paymentRequests.length === 0 ? <p className="empty">{S.paymentsEmpty}</p> : null}
      {paymentRequests.map((request) => (
        <article key={request.id} className="card" aria-labelledby={`payment-${request.id}`}>
          <header className="card-header">
            <h3 id={`payment-${request.id}`}>
              {S.paymentsTitle.slice(0, -1)} #{request.id}
            </h3>
            <StateBadge state={request.state} label={request.stateLabel} />
          </header>
          <Facts
            items={[
              [S.submittedOn, formatDate(request.submittedOn)],
              requested(request),
              [S.decision, decisionText(request)],
              [S.amount, request.amount === null || request.currency === null ? S.notGiven : formatMoney(request.amount, request.currency)],
            ]}
          />
          {request.checks.length === 0 ? null : (
            <Disclosure className="disclosure">
              <Heading level={4}>
                <Button slot="trigger" variant="quiet">
                  Kontroller ({request.checks.length})
                </Button>
              </Heading>
              <DisclosurePanel>
                <ChecksTable checks={request.checks} program={application.program} label={`Talep #${request.id} kontrolleri`} />
              </DisclosurePanel>
            </Disclosure>
          )}
          <WorkflowActions kind="payment_request" recordId={request.id} allowed={request.allowed} />
        </article>
      ))}
    </section>
  );
}
