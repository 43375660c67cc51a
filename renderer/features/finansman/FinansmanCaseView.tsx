import { lazy, Suspense } from 'react';
import { Link } from 'react-aria-components';
import { finansmanStateLabel } from '../../../electron/contract/finansman';
import { useChannelMutation, useChannelQuery } from '../../api/use-contract';
import { useCurrentUser } from '../../app/session';
import { formatDate, formatTimestamp } from '../../format/dates';
import { formatMoney } from '../../format/money';
import { Button } from '../../widgets/Button';
import { ErrorNotice } from '../../widgets/ErrorNotice';
import { Facts } from '../../widgets/Facts';
import { confirmAction } from '../../widgets/feedback';
import { Loading } from '../../widgets/Loading';
import { PageHeader } from '../../widgets/PageHeader';
import { StateBadge } from '../../widgets/StateBadge';
import { WorkflowActions } from '../workflow/WorkflowActions';
import { FinansmanChecks } from './FinansmanChecks';
import { ParametersTable } from './ParametersTable';
import { PekPanel } from './PekPanel';
import { percentTr, ScheduleTable } from './ScheduleTable';
import { FINANSMAN_STRINGS as S } from './strings';
import './finansman.css';

// The chart library is loaded with the first credit-line case opened, not with the app.
const SupportChart = lazy(() => import('./SupportChart'));

const EVALUATING_STATES: readonly string[] = ['basvuru_alindi', 'degerlendirmede'];

/** A credit-line case (route `/finansman/:id`): the application and loan, every check, the support schedule and its chart, the call's provisional values, the workflow. */
export default function FinansmanCaseView({ applicationId }: { readonly applicationId: number }) {
  const user = useCurrentUser();
  const query = useChannelQuery('finansman:get', { applicationId });
  const evaluate = useChannelMutation('finansman:evaluate', ['finansman:get']);
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorNotice error={query.error} />;
  const { application, loan, evaluation, notEvaluable, parameters, decisions, transitions, payrollPEK } = query.data;
  const canEvaluate = (user.role === 'sorumlu_personel' || user.role === 'mudur') && EVALUATING_STATES.includes(application.state);

  return (
    <>
      <PageHeader
        title={application.enterpriseName}
        subtitle={
          <>
            {S.title(application.id)} · {S.calls[application.call]} ·{' '}
            <StateBadge state={application.state} label={application.stateLabel} />
          </>
        }
      />
      <div className="notice notice-provisional" role="note" aria-labelledby="finansman-provisional">
        <strong id="finansman-provisional">{S.provisionalTitle}</strong>
        <p>{S.provisionalBody}</p>
      </div>

      <section className="panel" aria-labelledby="finansman-application">
        <h2 id="finansman-application">{S.applicationTitle}</h2>
        <Facts
          items={[
            [
              S.enterprise,
              <Link key="enterprise" href={`/isletmeler/${application.enterpriseId}`} className="link">
                {application.enterpriseName}
                {application.enterpriseVkn === null ? '' : ` (${S.vkn} ${application.enterpriseVkn})`}
              </Link>,
            ],
            [S.call, S.calls[application.call]],
            [S.size, S.sizes[application.size]],
            [S.appliedOn, application.appliedOn === null ? S.notGiven : formatDate(application.appliedOn)],
            [S.bank, application.bankName ?? S.notGiven],
            [S.decidedOn, application.decidedOn === null ? S.notGiven : formatDate(application.decidedOn)],
          ]}
        />
        {loan === null ? (
          <p className="notice notice-error">{S.loanMissing}</p>
        ) : (
          <Facts
            items={[
              [S.amount, formatMoney(loan.amountTRY, 'TRY')],
              [S.rate, percentTr(loan.annualRatePercent)],
              [S.drawnOn, loan.drawnOn.map(formatDate).join(', ')],
              [S.term, S.months(loan.termMonths)],
              [S.grace, S.months(loan.graceMonths)],
              [S.installmentCount, String(loan.installments)],
            ]}
          />
        )}
      </section>

      <section className="panel" aria-labelledby="finansman-payroll">
        <h2 id="finansman-payroll">{S.payrollTitle}</h2>
        <PekPanel enterpriseId={application.enterpriseId} payrollPEK={payrollPEK} />
      </section>

      <section className="panel" aria-labelledby="finansman-workflow">
        <h2 id="finansman-workflow">{S.workflowTitle}</h2>
        <p className="muted">{S.fourEyes}</p>
        <WorkflowActions kind="finansman_application" recordId={application.id} state={application.state} allowed={application.allowed} />
        <h3>{S.decisionsTitle}</h3>
        {decisions.length === 0 ? (
          <p className="muted">{S.decisionsEmpty}</p>
        ) : (
          <ul className="plain-list">
            {decisions.map((decision, index) => (
              <li key={decision.id}>
                <span className={`badge ${decision.eligible ? 'badge-ok' : 'badge-bad'}`}>
                  {decision.eligible ? S.decisionEligible : S.decisionNotEligible}
                </span>{' '}
                {formatMoney(decision.totalSupportTRY, 'TRY')} · {S.decisionLine(decision.decidedBy, formatTimestamp(decision.decidedAt))}
                {index === 0 ? (
                  <span className={`badge ${decision.current ? 'badge-neutral' : 'badge-wait'}`}>
                    {' '}
                    {decision.current ? S.decisionCurrent : S.decisionStale}
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        )}
        {canEvaluate ? (
          <Button
            variant="primary"
            isPending={evaluate.isPending}
            onPress={() => {
              evaluate.mutate(
                { applicationId },
                {
                  onSuccess: () => {
                    confirmAction(S.evaluated);
                  },
                },
              );
            }}
          >
            {S.evaluate}
          </Button>
        ) : null}
        <ErrorNotice error={evaluate.error} />
        <h3>{S.transitionsTitle}</h3>
        {transitions.length === 0 ? (
          <p className="muted">{S.transitionsEmpty}</p>
        ) : (
          <ol className="plain-list">
            {transitions.map((move) => (
              <li key={`${move.at}-${move.to}`}>
                {S.transitionLine(finansmanStateLabel(move.from), move.toLabel)} · {move.userName}, {formatTimestamp(move.at)}
                {move.note === null ? '' : ` — ${move.note}`}
              </li>
            ))}
          </ol>
        )}
      </section>

      <section className="panel" aria-labelledby="finansman-checks">
        <h2 id="finansman-checks">{S.evaluationTitle}</h2>
        {evaluation === null ? (
          <p className="notice notice-error">{S.notEvaluable(notEvaluable ?? '')}</p>
        ) : (
          <FinansmanChecks evaluation={evaluation} />
        )}
      </section>

      {evaluation === null ? null : (
        <section className="panel" aria-labelledby="finansman-schedule">
          <h2 id="finansman-schedule">{S.scheduleTitle}</h2>
          <ScheduleTable schedule={evaluation.schedule} />
          <Suspense fallback={<Loading label={S.chartLoading} />}>
            <SupportChart rows={evaluation.schedule.rows} />
          </Suspense>
        </section>
      )}

      {evaluation === null ? null : (
        <section className="panel" aria-labelledby="finansman-employment">
          <h2 id="finansman-employment">{S.employmentTitle}</h2>
          <p>{evaluation.employment.baseExplanation}</p>
          {evaluation.employment.months.length === 0 ? null : (
            <ul className="plain-list">
              {evaluation.employment.months.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
          <p className="notice notice-provisional">
            <span className="mark-gap">{S.gapMark}</span> {evaluation.employment.gap}
          </p>
        </section>
      )}

      <section className="panel" aria-labelledby="finansman-parameters">
        <h2 id="finansman-parameters">{S.parametersTitle}</h2>
        <ParametersTable parameters={parameters} />
      </section>
    </>
  );
}
