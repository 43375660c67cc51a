import type { ChannelResponse } from '../../../electron/contract';
import { formatDate } from '../../format/dates';
import { Facts } from '../../widgets/Facts';
import { StateBadge } from '../../widgets/StateBadge';
import { WorkflowActions } from '../workflow/WorkflowActions';
import { CASE_STRINGS as S } from './strings';

type CaseFile = ChannelResponse<'case:get'>;

export function VisitsTab({ caseFile }: { readonly caseFile: CaseFile }) {
  return (
    <section className="panel" aria-labelledby="case-visits">
      <h2 id="case-visits">{S.visitsTitle}</h2>
      {caseFile.visits.length === 0 ? <p className="empty">{S.visitsEmpty}</p> : null}
      {caseFile.visits.map((visit) => (
        <article key={visit.id} className="card" aria-labelledby={`visit-${visit.id}`}>
          <header className="card-header">
            <h3 id={`visit-${visit.id}`}>{S.visitKinds[visit.kind]}</h3>
            <StateBadge state={visit.state} label={visit.stateLabel} />
          </header>
          <Facts
            items={[
              [S.dueOn, visit.dueOn === null ? S.notGiven : formatDate(visit.dueOn)],
              [S.visitedOn, visit.visitedOn === null ? S.notGiven : formatDate(visit.visitedOn)],
              [S.outcome, visit.outcome === null ? S.notGiven : S.visitOutcomes[visit.outcome]],
              [S.report, visit.hasReport ? S.reportYes : S.reportNo],
            ]}
          />
          <WorkflowActions kind="monitoring_visit" recordId={visit.id} allowed={visit.allowed} />
        </article>
      ))}
    </section>
  );
}
