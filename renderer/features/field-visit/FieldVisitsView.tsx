import { useState } from 'react';
import { Cell, Column, Link, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import type { ChannelRequest } from '../../../electron/contract';
import { WORKFLOW_STATES } from '../../../electron/contract/workflow-catalogue';
import { useChannelQuery } from '../../api/use-contract';
import { useCurrentUser } from '../../app/session';
import { formatDate } from '../../format/dates';
import { ErrorNotice } from '../../widgets/ErrorNotice';
import { Loading } from '../../widgets/Loading';
import { PageHeader } from '../../widgets/PageHeader';
import { SelectField, type SelectOption } from '../../widgets/SelectField';
import { StateBadge } from '../../widgets/StateBadge';
import { FIELD_STRINGS as S } from './strings';

type Scope = ChannelRequest<'visit:list'>['scope'];
type VisitState = keyof typeof WORKFLOW_STATES.monitoring_visit;
type StateChoice = VisitState | 'all';

const SCOPE_OPTIONS: readonly SelectOption<Scope>[] = (['mine', 'unassigned', 'all'] as const).map((value) => ({
  value,
  label: S.scopes[value],
}));

const STATE_OPTIONS: readonly SelectOption<StateChoice>[] = [
  { value: 'all', label: S.allStates },
  ...(Object.entries(WORKFLOW_STATES.monitoring_visit) as [VisitState, string][]).map(([value, label]) => ({ value, label })),
];

/**
 * The monitoring visits, each opening its on-site form. A field monitor starts with the visits assigned to them that
 * are still to be made; the filters (assignment, state) are answered by the service (`visit:list`).
 */
export default function FieldVisitsView() {
  const user = useCurrentUser();
  const [scope, setScope] = useState<Scope>(user.role === 'izleyici' ? 'mine' : 'all');
  const [state, setState] = useState<StateChoice>('atandi');
  const visits = useChannelQuery('visit:list', { scope, ...(state === 'all' ? {} : { state }) });
  return (
    <>
      <PageHeader title={S.listTitle} subtitle={S.listSubtitle} />
      <div className="filters" role="group" aria-label={S.filters}>
        <SelectField label={S.scope} value={scope} options={SCOPE_OPTIONS} onChange={setScope} />
        <SelectField label={S.state} value={state} options={STATE_OPTIONS} onChange={setState} />
      </div>
      {visits.isPending ? <Loading /> : null}
      <ErrorNotice error={visits.error} />
      {visits.data ? (
        <>
          <p className="muted" aria-live="polite">
            {S.shown(visits.data.visits.length, visits.data.more)}
          </p>
          <Table aria-label={S.tableLabel} className="table">
            <TableHeader>
              <Column isRowHeader>{S.due}</Column>
              <Column>{S.enterprise}</Column>
              <Column>{S.kind}</Column>
              <Column>{S.visitor}</Column>
              <Column>{S.stateColumn}</Column>
              <Column>{S.open}</Column>
            </TableHeader>
            <TableBody items={visits.data.visits} renderEmptyState={() => <p className="empty">{S.empty}</p>}>
              {(visit) => (
                <Row id={visit.id} className={visit.overdue ? 'row-overdue' : ''}>
                  <Cell>
                    <span className="due">{visit.dueOn === null ? '—' : formatDate(visit.dueOn)}</span>
                    {visit.overdue ? <span className="badge badge-bad overdue-mark">{S.overdue}</span> : null}
                  </Cell>
                  <Cell>
                    {visit.unvan}
                    <span className="muted cell-note">{visit.program}</span>
                  </Cell>
                  <Cell>{S.kinds[visit.kind]}</Cell>
                  <Cell>{visit.visitorName ?? S.nobody}</Cell>
                  <Cell>
                    <StateBadge state={visit.state} label={visit.stateLabel} />
                  </Cell>
                  <Cell>
                    <Link href={`/saha/${visit.applicationId}/${visit.id}`} className="link" aria-label={S.openFor(visit.unvan)}>
                      {S.open}
                    </Link>
                  </Cell>
                </Row>
              )}
            </TableBody>
          </Table>
        </>
      ) : null}
    </>
  );
}
