import { useMemo, useState } from 'react';
import { Cell, Column, Link, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import { useCurrentUser } from '../../app/session';
import { formatDate } from '../../format/dates';
import { Button } from '../../widgets/Button';
import { CheckboxInput } from '../../widgets/CheckboxInput';
import { ErrorNotice } from '../../widgets/ErrorNotice';
import { Loading } from '../../widgets/Loading';
import { PageHeader } from '../../widgets/PageHeader';
import { SelectField } from '../../widgets/SelectField';
import { ApprovalList } from './ApprovalList';
import { INBOX_STRINGS as S } from './strings';
import { defaultScope, useInbox, type InboxScope, type InboxTask } from './use-inbox';

type ProgramFilter = 'all' | InboxTask['program'];
type KindFilter = 'all' | InboxTask['kind'];

const PROGRAM_OPTIONS: readonly { value: ProgramFilter; label: string }[] = [
  { value: 'all', label: S.allPrograms },
  { value: 'IKDP-2025', label: 'IKDP-2025' },
  { value: 'IKDP-2026', label: 'IKDP-2026' },
  { value: 'ITKFDP-II', label: 'ITKFDP-II' },
];

const KIND_OPTIONS: readonly { value: KindFilter; label: string }[] = [
  { value: 'all', label: S.allKinds },
  ...Object.entries(S.kinds).map(([value, label]) => ({ value: value as KindFilter, label })),
];

function taskKey(task: InboxTask): string {
  return `${task.kind}-${task.subjectId}`;
}

export default function InboxView() {
  const user = useCurrentUser();
  const [scope, setScope] = useState<InboxScope>(defaultScope(user.role));
  const [program, setProgram] = useState<ProgramFilter>('all');
  const [kind, setKind] = useState<KindFilter>('all');
  const [overdueOnly, setOverdueOnly] = useState(false);
  const inbox = useInbox(scope);

  const loaded = useMemo(() => inbox.data?.pages.flatMap((page) => page.tasks) ?? [], [inbox.data]);
  const shown = loaded.filter(
    (task) => (program === 'all' || task.program === program) && (kind === 'all' || task.kind === kind) && (!overdueOnly || task.overdue),
  );
  const today = inbox.data?.pages[0]?.today;

  return (
    <>
      <PageHeader
        title={S.title}
        subtitle={today === undefined ? undefined : S.subtitle(formatDate(today))}
        actions={
          <>
            <Link href="/etki" className="link">
              {S.impactLink}
            </Link>
            <Link href="/esitleme/cakismalar" className="link">
              {S.conflictsLink}
            </Link>
          </>
        }
      />
      {user.role === 'mudur' ? <ApprovalList /> : null}
      <div className="filters" role="group" aria-label="Süzgeçler">
        <SelectField
          label={S.scope}
          value={scope}
          options={[
            { value: 'mine', label: S.scopeMine },
            { value: 'all', label: S.scopeAll },
          ]}
          onChange={setScope}
        />
        <SelectField label={S.program} value={program} options={PROGRAM_OPTIONS} onChange={setProgram} />
        <SelectField label={S.kind} value={kind} options={KIND_OPTIONS} onChange={setKind} />
        <CheckboxInput label={S.overdueOnly} isSelected={overdueOnly} onChange={setOverdueOnly} />
      </div>
      {inbox.isPending ? <Loading label={S.loading} /> : null}
      <ErrorNotice error={inbox.error} />
      {inbox.data ? (
        <>
          <p className="muted" aria-live="polite">
            {S.shown(shown.length, loaded.length, inbox.hasNextPage)}
          </p>
          <Table aria-label={S.tableLabel} className="table">
            <TableHeader>
              <Column isRowHeader className="col-due">
                {S.columnDue}
              </Column>
              <Column>{S.columnTask}</Column>
              <Column>{S.columnEnterprise}</Column>
              <Column>{S.columnProgram}</Column>
              <Column>{S.columnArticle}</Column>
              <Column>{S.columnExplanation}</Column>
            </TableHeader>
            <TableBody items={shown} renderEmptyState={() => <p className="empty">{loaded.length === 0 ? S.emptyAll : S.empty}</p>}>
              {(task) => (
                <Row id={taskKey(task)} className={task.overdue ? 'row-overdue' : ''}>
                  <Cell>
                    <span className="due">{formatDate(task.due)}</span>
                    {task.overdue ? <span className="badge badge-bad">{S.overdue}</span> : null}
                  </Cell>
                  <Cell>
                    {task.kind === 'rule-impact' || task.kind === 'sync-conflict' ? (
                      <Link href={task.kind === 'rule-impact' ? '/etki' : '/esitleme/cakismalar'} className="link">
                        {task.kindLabel}
                      </Link>
                    ) : (
                      task.kindLabel
                    )}
                  </Cell>
                  <Cell>
                    <Link href={`/dosyalar/${task.applicationId}`} className="link">
                      {task.unvan}
                    </Link>
                  </Cell>
                  <Cell>{task.program}</Cell>
                  <Cell>{task.article ?? '—'}</Cell>
                  <Cell className="cell-explanation">{task.explanation}</Cell>
                </Row>
              )}
            </TableBody>
          </Table>
          {inbox.hasNextPage ? (
            <Button onPress={() => void inbox.fetchNextPage()} isPending={inbox.isFetchingNextPage}>
              {S.loadMore}
            </Button>
          ) : null}
        </>
      ) : null}
    </>
  );
}
