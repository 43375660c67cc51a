import { Link } from 'react-aria-components';
import { useChannelQuery } from '../../api/use-contract';
import { formatTimestamp } from '../../format/dates';
import { Button } from '../../widgets/Button';
import { ErrorNotice } from '../../widgets/ErrorNotice';
import { Facts } from '../../widgets/Facts';
import { Loading } from '../../widgets/Loading';
import { PageHeader } from '../../widgets/PageHeader';
import { SYNC_STRINGS as S } from './strings';

/** The real length of the outbox (sync:status); sending itself belongs to the sync issue. */
export default function SyncStatusView() {
  const status = useChannelQuery('sync:status', {}, { refetchInterval: 30_000 });
  const conflicts = useChannelQuery('sync:conflicts', {}, { refetchInterval: 30_000 });
  return (
    <>
      <PageHeader
        title={S.title}
        subtitle={S.subtitle}
        actions={
          <Button
            onPress={() => {
              void status.refetch();
            }}
            isPending={status.isFetching}
          >
            {S.refresh}
          </Button>
        }
      />
      {status.isPending ? <Loading /> : null}
      <ErrorNotice error={status.error} />
      {status.data ? (
        <section className="panel" aria-labelledby="sync-queue">
          <h2 id="sync-queue">{status.data.pending === 0 ? S.none : S.some(status.data.pending)}</h2>
          <Facts
            items={[
              [S.pending, status.data.pending.toLocaleString('tr-TR')],
              [S.checkedLabel, formatTimestamp(new Date(status.dataUpdatedAt).toISOString())],
            ]}
          />
          <p className="notice notice-info">{S.notYet}</p>
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
