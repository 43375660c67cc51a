import { Cell, Column, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import { useChannelQuery } from '../../api/use-contract';
import { formatTimestamp } from '../../format/dates';
import { ErrorNotice } from '../../widgets/ErrorNotice';
import { Loading } from '../../widgets/Loading';
import { CASE_STRINGS as S } from './strings';

function shown(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** Geçmiş: the audit entries of the file, newest first — who, when, what changed. */
export function HistoryTab({ applicationId }: { readonly applicationId: number }) {
  const history = useChannelQuery('case:history', { applicationId });
  if (history.isPending) return <Loading label={S.historyLoading} />;
  if (history.isError) return <ErrorNotice error={history.error} />;
  const entries = [...history.data.entries].reverse().map((entry, index) => ({ ...entry, id: `${entry.at}-${index}` }));
  return (
    <section className="panel" aria-labelledby="case-history">
      <h2 id="case-history">{S.historyTitle}</h2>
      <Table aria-labelledby="case-history" className="table">
        <TableHeader>
          <Column isRowHeader>{S.historyWhen}</Column>
          <Column>{S.historyWho}</Column>
          <Column>{S.historyWhat}</Column>
          <Column>{S.historyChanges}</Column>
        </TableHeader>
        <TableBody items={entries} renderEmptyState={() => <p className="empty">{S.historyEmpty}</p>}>
          {(entry) => (
            <Row id={entry.id}>
              <Cell>{formatTimestamp(entry.at)}</Cell>
              <Cell>{entry.who}</Cell>
              <Cell>{entry.what}</Cell>
              <Cell className="cell-explanation">
                {entry.changes.length === 0 ? (
                  '—'
                ) : (
                  <ul className="change-list">
                    {entry.changes.map((change) => (
                      <li key={change.field}>{S.changeLine(change.field, shown(change.before), shown(change.after))}</li>
                    ))}
                  </ul>
                )}
              </Cell>
            </Row>
          )}
        </TableBody>
      </Table>
    </section>
  );
}
