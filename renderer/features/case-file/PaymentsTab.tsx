import { Disclosure, DisclosurePanel, Heading } from 'react-aria-components';
import type { ChannelResponse } from '../../../electron/contract';
import { useChannelMutation, useChannelQuery } from '../../api/use-contract';
import { useCurrentUser } from '../../app/session';
import { formatDate, formatMonth } from '../../format/dates';
import { formatMoney } from '../../format/money';
import { Button } from '../../widgets/Button';
import { ErrorNotice } from '../../widgets/ErrorNotice';
import { Facts } from '../../widgets/Facts';
import { confirmAction } from '../../widgets/feedback';
import { Loading } from '../../widgets/Loading';
import { StateBadge } from '../../widgets/StateBadge';
import { ItkfdpTimeline } from '../payments/ItkfdpTimeline';
import { PaymentDecisionView } from '../payments/PaymentDecisionView';
import { PaymentRequestForm } from '../payments/PaymentRequestForm';
import { PAYMENT_STRINGS } from '../payments/strings';
import { WorkflowActions } from '../workflow/WorkflowActions';
import { CASE_STRINGS as S } from './strings';

type CaseFile = ChannelResponse<'case:get'>;
type PaymentRequest = CaseFile['paymentRequests'][number];

const OPEN_FOR_REQUESTS = ['onaylandi', 'kredi_kullandirildi', 'destek_suresinde'];

function requested(request: PaymentRequest): readonly [string, string] {
  if (request.months !== null) return [S.requestedMonths, request.months.map(formatMonth).join(', ')];
  return [S.requestedPeriods, (request.periods ?? []).map(S.periodLabel).join(', ')];
}

function decisionText(request: PaymentRequest): string {
  if (!request.decided) return S.undecided;
  return request.approved === true ? S.approved : S.rejected;
}

function StoredDecision({ request, program }: { readonly request: PaymentRequest; readonly program: string }) {
  const decision = useChannelQuery('payment:get-decision', { paymentRequestId: request.id });
  if (decision.isPending) return <Loading />;
  if (decision.isError) return <ErrorNotice error={decision.error} />;
  if (decision.data.decision === null) return null;
  return <PaymentDecisionView decision={decision.data.decision} program={program} />;
}

export function PaymentsTab({ caseFile }: { readonly caseFile: CaseFile }) {
  const user = useCurrentUser();
  const { paymentRequests, application } = caseFile;
  const evaluate = useChannelMutation('payment:evaluate', ['case:get', 'case:history', 'payment:get-decision']);
  const undecided = paymentRequests.some((request) => !request.decided && request.state !== 'reddedildi');
  const canRequest = user.role === 'sorumlu_personel' && OPEN_FOR_REQUESTS.includes(application.state);

  return (
    <>
      {application.program === 'ITKFDP-II' ? <ItkfdpTimeline requests={paymentRequests} /> : null}
      {canRequest ? <PaymentRequestForm applicationId={application.id} program={application.program} userId={user.id} /> : null}
      <section className="panel" aria-labelledby="case-payments">
        <div className="panel-header">
          <h2 id="case-payments">{S.paymentsTitle}</h2>
          {user.role === 'sorumlu_personel' && undecided ? (
            <Button
              variant="primary"
              isPending={evaluate.isPending}
              onPress={() => {
                evaluate.mutate(
                  { applicationId: application.id },
                  {
                    onSuccess: (answer) => {
                      confirmAction(PAYMENT_STRINGS.evaluated(answer.decided.length));
                    },
                  },
                );
              }}
            >
              {evaluate.isPending ? PAYMENT_STRINGS.evaluating : PAYMENT_STRINGS.evaluate}
            </Button>
          ) : null}
        </div>
        {!canRequest && user.role === 'sorumlu_personel' && !OPEN_FOR_REQUESTS.includes(application.state) ? (
          <p className="muted">{PAYMENT_STRINGS.notApproved}</p>
        ) : null}
        <ErrorNotice error={evaluate.error} />
        {paymentRequests.length === 0 ? <p className="empty">{S.paymentsEmpty}</p> : null}
        {paymentRequests.map((request) => (
          <article key={request.id} className="card" aria-labelledby={`payment-${request.id}`}>
            <header className="card-header">
              <h3 id={`payment-${request.id}`}>{S.paymentTitle(request.id)}</h3>
              <StateBadge state={request.state} label={request.stateLabel} />
            </header>
            <Facts
              items={[
                [S.submittedOn, formatDate(request.submittedOn)],
                requested(request),
                [S.decision, decisionText(request)],
                [
                  S.amount,
                  request.amount === null || request.currency === null ? S.notGiven : formatMoney(request.amount, request.currency),
                ],
              ]}
            />
            {request.decided ? (
              <Disclosure className="disclosure">
                <Heading level={4}>
                  <Button slot="trigger" variant="quiet">
                    {S.showDecision}
                  </Button>
                </Heading>
                <DisclosurePanel>
                  <StoredDecision request={request} program={application.program} />
                </DisclosurePanel>
              </Disclosure>
            ) : null}
            <WorkflowActions kind="payment_request" recordId={request.id} state={request.state} allowed={request.allowed} />
          </article>
        ))}
      </section>
    </>
  );
}
