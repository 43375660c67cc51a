import { Cell, Column, Link, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import { useChannelQuery } from '../../api/use-contract';
import { formatDate, formatTimestamp } from '../../format/dates';
import type { ApprovalItemDto } from '../../../electron/contract/approvals';
import { ErrorNotice } from '../../widgets/ErrorNotice';
import { Loading } from '../../widgets/Loading';
import { APPROVAL_STRINGS as S } from './approval-strings';

/** The screen a record is decided on: the programme file, or the credit line's own case screen. */
function caseHref(item: ApprovalItemDto): string {
  return item.workflowKind === 'finansman_application' ? `/finansman/${item.recordId}` : `/dosyalar/${item.applicationId}`;
}

/** The programme, or for the credit line its call. */
function programText(item: ApprovalItemDto): string {
  return item.call === undefined ? item.program : S.finansmanCall(item.call);
}

/**
 * The müdür's "waiting for my approval" list (inbox:approvals): who prepared
 * each record, whether this müdür may decide it (four-eyes, with the reason),
 * and the standard processing time as a due date — a warning, never a block.
 */
export function ApprovalList() {
  const approvals = useChannelQuery('inbox:approvals', {}, { refetchInterval: 60_000 });
  return (
    <section className="panel" aria-labelledby="inbox-approvals">
      <h2 id="inbox-approvals">{S.title}</h2>
      <p className="muted">{S.intro}</p>
      {approvals.isPending ? <Loading label={S.loading} /> : null}
      <ErrorNotice error={approvals.error} />
      {approvals.data ? (
        <>
          <Table aria-label={S.tableLabel} className="table">
            <TableHeader>
              <Column isRowHeader>{S.columnRecord}</Column>
              <Column>{S.columnEnterprise}</Column>
              <Column>{S.columnWaiting}</Column>
              <Column>{S.columnPrepared}</Column>
              <Column>{S.columnEvaluation}</Column>
              <Column>{S.columnDue}</Column>
              <Column>{S.columnCanApprove}</Column>
            </TableHeader>
            <TableBody
              items={approvals.data.items.map((item) => ({ ...item, id: `${item.workflowKind}-${item.recordId}` }))}
              renderEmptyState={() => <p className="empty">{S.empty}</p>}
            >
              {(item) => (
                <Row id={item.id} className={item.overdue ? 'row-overdue' : ''}>
                  <Cell>
                    {item.kindLabel} · {programText(item)}
                  </Cell>
                  <Cell>
                    <Link href={caseHref(item)} className="link">
                      {item.unvan}
                    </Link>
                  </Cell>
                  <Cell>{item.waitingSince === null ? '—' : formatTimestamp(item.waitingSince)}</Cell>
                  <Cell>{S.prepared(item.preparedBy ?? S.unknown, item.sentBy ?? S.unknown)}</Cell>
                  <Cell>{item.evaluationEligible === null ? S.noEvaluation : item.evaluationEligible ? S.eligible : S.notEligible}</Cell>
                  <Cell className="cell-explanation">
                    {item.due === null ? S.noDue : formatDate(item.due)}
                    {item.overdue ? <span className="badge badge-bad">{S.overdue}</span> : null}
                    {item.article === null ? null : ` (${item.article})`}
                    <br />
                    <span className="muted">{item.explanation}</span>
                  </Cell>
                  <Cell>
                    {item.approvable ? (
                      <span className="badge badge-ok">{S.canApprove}</span>
                    ) : (
                      <>
                        <span className="badge badge-wait">{S.cannotApprove}</span> {item.notApprovableReason}
                      </>
                    )}
                  </Cell>
                </Row>
              )}
            </TableBody>
          </Table>
          {approvals.data.more ? <p className="muted">{S.more}</p> : null}
        </>
      ) : null}
    </section>
  );
}
