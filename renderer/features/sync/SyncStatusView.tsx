import { Cell, Column, Link, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import { useChannelMutation, useChannelQuery } from '../../api/use-contract';
import { formatTimestamp } from '../../format/dates';
import { Button } from '../../widgets/Button';
import { ErrorNotice } from '../../widgets/ErrorNotice';
import { Facts } from '../../widgets/Facts';
import { confirmAction, reportFailure } from '../../widgets/feedback';
import { Loading } from '../../widgets/Loading';
import { PageHeader } from '../../widgets/PageHeader';
import { SYNC_STRINGS as S } from './strings';

/** How long after "Şimdi eşitle" the status is read again (a round over loopback or a LAN takes about this long). */
const AFTER_RUN_MS = 1500;

/** The sync with headquarters as it really is (sync:status): the queue, the last success, the last failure's reason, what a person must decide. */
export default function SyncStatusView() {
  const status = useChannelQuery(
    'sync:status',
    {},
    { refetchInterval: (query) => (query.state.data?.worker?.roundInProgress ? 2000 : 30_000) },
  );
  const conflicts = useChannelQuery('sync:conflicts', {}, { refetchInterval: 30_000 });
  const run = useChannelMutation('sync:run', ['sync:status']);
  const worker = status.data?.worker ?? null;
  // The last round failed: its reason stands in for the one-line summary, which would repeat it.
  const failing = status.data !== undefined && status.data.lastError !== null && status.data.consecutiveFailures > 0;
  const runNow = (): void => {
    run.mutate(
      {},
      {
        onSuccess: (answer) => {
          confirmAction(answer.message);
          setTimeout(() => void status.refetch(), AFTER_RUN_MS);
        },
        onError: (error) => {
          reportFailure(S.runFailed, error.message);
        },
      },
    );
  };
  return (
    <>
      <PageHeader
        title={S.title}
        subtitle={S.subtitle}
        actions={
          <>
            {worker === null ? null : (
              <Button variant="primary" onPress={runNow} isPending={run.isPending || worker.roundInProgress}>
                {S.runNow}
              </Button>
            )}
            <Button
              onPress={() => {
                void status.refetch();
              }}
              isPending={status.isFetching}
            >
              {S.refresh}
            </Button>
          </>
        }
      />
      {status.isPending ? <Loading /> : null}
      <ErrorNotice error={status.error} />
      {status.data ? (
        <section className="panel" aria-labelledby="sync-queue">
          <h2 id="sync-queue">{S.queueTitle}</h2>
          {failing ? null : <p>{status.data.summary}</p>}
          {worker === null ? (
            <p className="notice notice-info">{S.notConnected}</p>
          ) : worker.problem === null ? (
            <p className="muted">{worker.roundInProgress ? S.roundInProgress : S.connected(worker.hqUrl)}</p>
          ) : (
            <p className="notice notice-error">{worker.problem}</p>
          )}
          {failing && status.data.lastError !== null ? (
            <p className="notice notice-error" role="status">
              {S.lastError(formatTimestamp(status.data.lastError.at), status.data.consecutiveFailures, status.data.lastError.message)}
            </p>
          ) : null}
          <Facts
            items={[
              [S.pending, status.data.pending.toLocaleString('tr-TR')],
              [S.conflicts, status.data.conflicts.toLocaleString('tr-TR')],
              [S.blocked, status.data.blocked.toLocaleString('tr-TR')],
              [S.lastSuccess, status.data.lastSuccess === null ? S.never : formatTimestamp(status.data.lastSuccess)],
              [S.lastAttempt, status.data.lastAttempt === null ? S.never : formatTimestamp(status.data.lastAttempt)],
              [S.hqUrl, worker?.hqUrl ?? status.data.hqUrl ?? S.never],
              [S.checkedLabel, formatTimestamp(new Date(status.dataUpdatedAt).toISOString())],
            ]}
          />
        </section>
      ) : null}
      {status.data && status.data.refused.length > 0 ? (
        <section className="panel" aria-labelledby="sync-refused">
          <h2 id="sync-refused">{S.refusedTitle}</h2>
          <Table aria-label={S.refusedLabel} className="table">
            <TableHeader>
              <Column isRowHeader>{S.columnRecord}</Column>
              <Column>{S.columnKind}</Column>
              <Column>{S.columnReason}</Column>
              <Column>{S.columnAt}</Column>
            </TableHeader>
            <TableBody items={status.data.refused.map((item, index) => ({ ...item, id: index }))}>
              {(item) => (
                <Row id={item.id}>
                  <Cell>{item.label}</Cell>
                  <Cell>{item.kind === 'conflict' ? S.kindConflict : S.kindBlocked}</Cell>
                  <Cell>{item.reason}</Cell>
                  <Cell>{formatTimestamp(item.at)}</Cell>
                </Row>
              )}
            </TableBody>
          </Table>
        </section>
      ) : null}
      {conflicts.data ? (
        <section className="panel" aria-labelledby="sync-conflicts">
          <h2 id="sync-conflicts">{S.conflictsTitle}</h2>
          <p>{conflicts.data.summary}</p>
          <Link href="/esitleme/cakismalar" className="link">
            {S.conflictsLink(conflicts.data.open)}
          </Link>
        </section>
      ) : null}
    </>
  );
}
