import { useState } from 'react';
import { Link } from 'react-aria-components';
import type { ChannelResponse } from '../../../electron/contract';
import { useChannelMutation, useChannelQuery } from '../../api/use-contract';
import { useCurrentUser } from '../../app/session';
import { formatDate, todayInTurkey } from '../../format/dates';
import { Button } from '../../widgets/Button';
import { ErrorNotice } from '../../widgets/ErrorNotice';
import { Facts } from '../../widgets/Facts';
import { confirmAction } from '../../widgets/feedback';
import { SelectField } from '../../widgets/SelectField';
import { StateBadge } from '../../widgets/StateBadge';
import { TextInput } from '../../widgets/TextInput';
import { WorkflowActions } from '../workflow/WorkflowActions';
import { CASE_STRINGS as S } from './strings';

type CaseFile = ChannelResponse<'case:get'>;
type VisitKind = 'ON_SITE' | 'POST_PROGRAMME';

const NOBODY = 'none';

/** The visit assignment form: its kind, the planned day, and the field monitor it is assigned to (or nobody yet). */
function ScheduleVisit({ applicationId }: { readonly applicationId: number }) {
  const [kind, setKind] = useState<VisitKind>('ON_SITE');
  const [dueOn, setDueOn] = useState(todayInTurkey());
  const [visitor, setVisitor] = useState(NOBODY);
  const visitors = useChannelQuery('visit:visitors', {});
  const schedule = useChannelMutation('visit:schedule', ['case:get', 'case:history', 'inbox:list', 'visit:list']);
  const chosen = visitors.data?.visitors.find((item) => String(item.id) === visitor);
  return (
    <form
      className="inline-form"
      aria-label={S.scheduleTitle}
      onSubmit={(event) => {
        event.preventDefault();
        schedule.mutate(
          { applicationId, kind, dueOn, ...(chosen === undefined ? {} : { visitorUserId: chosen.id }) },
          {
            onSuccess: () => {
              confirmAction(chosen === undefined ? S.scheduled(formatDate(dueOn)) : S.scheduledTo(formatDate(dueOn), chosen.fullName));
            },
          },
        );
      }}
    >
      <SelectField
        label={S.visitKind}
        value={kind}
        onChange={setKind}
        options={[
          { value: 'ON_SITE', label: S.visitKinds.ON_SITE },
          { value: 'POST_PROGRAMME', label: S.visitKinds.POST_PROGRAMME },
        ]}
      />
      <TextInput label={S.dueOn} type="date" value={dueOn} onChange={setDueOn} isRequired />
      <SelectField
        label={S.visitor}
        value={visitor}
        onChange={setVisitor}
        isDisabled={visitors.isPending}
        options={[
          { value: NOBODY, label: visitors.isPending ? S.visitorsLoading : S.visitorNone },
          ...(visitors.data?.visitors ?? []).map((item) => ({ value: String(item.id), label: item.fullName })),
        ]}
      />
      <ErrorNotice error={visitors.error} />
      <Button type="submit" variant="primary" isPending={schedule.isPending}>
        {S.schedule}
      </Button>
      <ErrorNotice error={schedule.error} />
    </form>
  );
}

export function VisitsTab({ caseFile }: { readonly caseFile: CaseFile }) {
  const user = useCurrentUser();
  const canSchedule = user.role === 'sorumlu_personel' || user.role === 'mudur';
  const canFill = user.role === 'sorumlu_personel' || user.role === 'izleyici';
  return (
    <section className="panel" aria-labelledby="case-visits">
      <h2 id="case-visits">{S.visitsTitle}</h2>
      {canSchedule ? <ScheduleVisit applicationId={caseFile.application.id} /> : null}
      {caseFile.visits.length === 0 ? <p className="empty">{S.visitsEmpty}</p> : null}
      {caseFile.visits.map((visit) => (
        <article key={visit.id} className="card" aria-labelledby={`visit-${visit.id}`}>
          <header className="card-header">
            <h3 id={`visit-${visit.id}`}>
              {S.visitKinds[visit.kind]} #{visit.id}
            </h3>
            <StateBadge state={visit.state} label={visit.stateLabel} />
          </header>
          <Facts
            items={[
              [S.dueOn, visit.dueOn === null ? S.notGiven : formatDate(visit.dueOn)],
              [S.visitor, visit.visitorName ?? S.visitorNone],
              [S.visitedOn, visit.visitedOn === null ? S.notGiven : formatDate(visit.visitedOn)],
              [S.outcome, visit.outcome === null ? S.notGiven : S.visitOutcomes[visit.outcome]],
              [S.report, visit.hasReport ? S.reportYes : S.reportNo],
            ]}
          />
          {canFill ? (
            <Link href={`/saha/${caseFile.application.id}/${visit.id}`} className="button button-secondary">
              {S.openFieldForm(visit.id)}
            </Link>
          ) : null}
          <WorkflowActions kind="monitoring_visit" recordId={visit.id} state={visit.state} allowed={visit.allowed} />
        </article>
      ))}
    </section>
  );
}
