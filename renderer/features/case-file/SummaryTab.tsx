import { Link } from 'react-aria-components';
import type { ChannelResponse } from '../../../electron/contract';
import { formatDate, formatTimestamp } from '../../format/dates';
import { Facts } from '../../widgets/Facts';
import { formatIban } from '../enterprises/iban-format';
import { StateBadge } from '../../widgets/StateBadge';
import { WorkflowActions } from '../workflow/WorkflowActions';
import { CASE_STRINGS as S } from './strings';

type CaseFile = ChannelResponse<'case:get'>;

const dateOrDash = (value: string | null) => (value === null ? S.notGiven : formatDate(value));

export function SummaryTab({ caseFile }: { readonly caseFile: CaseFile }) {
  const { application, enterprise, transitions } = caseFile;
  const preparedBy = caseFile.evaluations.at(-1)?.preparedBy ?? null;
  const sentBy = transitions.filter((transition) => transition.to === 'mudur_onayinda').at(-1)?.userName ?? null;
  return (
    <>
      <section className="panel" aria-labelledby="case-summary">
        <h2 id="case-summary">{S.tabs.ozet}</h2>
        <Facts
          items={[
            [
              S.enterprise,
              <Link key="enterprise" href={`/isletmeler/${enterprise.id}`} className="link">
                {enterprise.unvan}
              </Link>,
            ],
            [S.program, application.program],
            [S.state, <StateBadge key="state" state={application.state} label={application.stateLabel} />],
            [S.appliedOn, dateOrDash(application.appliedOn)],
            [S.approvedOn, dateOrDash(application.approvedOn)],
            ...(application.terminatedOn === null ? [] : ([[S.terminatedOn, formatDate(application.terminatedOn)]] as const)),
            [S.province, application.applicationProvince ?? S.notGiven],
            [S.iban, enterprise.iban === null ? S.notGiven : <code key="iban">{formatIban(enterprise.iban)}</code>],
            [S.responsible, application.responsibleUserName ?? S.notGiven],
          ]}
        />
      </section>
      <section className="panel" aria-labelledby="case-workflow">
        <h2 id="case-workflow">{S.workflowTitle}</h2>
        {preparedBy === null && sentBy === null ? null : (
          <p className="notice notice-info">
            <strong>{S.fourEyesTitle}</strong> {S.fourEyes(preparedBy ?? S.notGiven, sentBy ?? S.notGiven)}
          </p>
        )}
        <WorkflowActions kind={application.workflow} recordId={application.id} state={application.state} allowed={application.allowed} />
        <h3>{S.transitionsTitle}</h3>
        {transitions.length === 0 ? (
          <p className="empty">{S.transitionsEmpty}</p>
        ) : (
          <ol className="timeline">
            {transitions.map((transition) => (
              <li key={`${transition.at}-${transition.to}`} className="timeline-item">
                <span className="timeline-title">
                  <StateBadge state={transition.to} label={transition.toLabel} />
                </span>
                <span className="timeline-meta">{S.by(transition.userName, formatTimestamp(transition.at))}</span>
                {transition.note === null ? null : (
                  <span className="timeline-note">
                    {S.note}: {transition.note}
                  </span>
                )}
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}
