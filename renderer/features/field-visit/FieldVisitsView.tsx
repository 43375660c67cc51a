import { useMemo } from 'react';
import { Cell, Column, Link, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import { formatDate } from '../../format/dates';
import { Button } from '../../widgets/Button';
import { ErrorNotice } from '../../widgets/ErrorNotice';
import { Loading } from '../../widgets/Loading';
import { PageHeader } from '../../widgets/PageHeader';
import { useInbox } from '../inbox/use-inbox';
import { FIELD_STRINGS as S } from './strings';

/** The open monitoring visits (from the müdürlük's task list), each opening its on-site form. */
export default function FieldVisitsView() {
  const inbox = useInbox('all');
  const visits = useMemo(
    () => (inbox.data?.pages.flatMap((page) => page.tasks) ?? []).filter((task) => task.kind === 'monitoring-visit'),
    [inbox.data],
  );
  return (
    <>
      <PageHeader title={S.listTitle} subtitle={S.listSubtitle} />
      {inbox.isPending ? <Loading /> : null}
      <ErrorNotice error={inbox.error} />
      {inbox.data ? (
        <>
          <Table aria-label={S.tableLabel} className="table">
            <TableHeader>
              <Column isRowHeader>{S.due}</Column>
              <Column>{S.enterprise}</Column>
              <Column>{S.program}</Column>
              <Column>{S.open}</Column>
            </TableHeader>
            <TableBody
              items={visits.map((task) => ({ ...task, id: task.subjectId }))}
              renderEmptyState={() => <p className="empty">{S.empty}</p>}
            >
              {(task) => (
                <Row id={task.id} className={task.overdue ? 'row-overdue' : ''}>
                  <Cell>
                    <span className="due">{formatDate(task.due)}</span>
                  </Cell>
                  <Cell>{task.unvan}</Cell>
                  <Cell>{task.program}</Cell>
                  <Cell>
                    <Link href={`/saha/${task.applicationId}/${task.subjectId}`} className="link">
                      {S.open}
                    </Link>
                  </Cell>
                </Row>
              )}
            </TableBody>
          </Table>
          {inbox.hasNextPage ? (
            <Button
              onPress={() => {
                void inbox.fetchNextPage();
              }}
              isPending={inbox.isFetchingNextPage}
            >
              Daha fazla yükle
            </Button>
          ) : null}
        </>
      ) : null}
    </>
  );
}
