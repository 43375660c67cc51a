import { Cell, Column, Link, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import { useChannelQuery } from '../../api/use-contract';
import { useCurrentUser } from '../../app/session';
import { formatDate } from '../../format/dates';
import { formatMoney } from '../../format/money';
import { ErrorNotice } from '../../widgets/ErrorNotice';
import { Loading } from '../../widgets/Loading';
import { StateBadge } from '../../widgets/StateBadge';
import { FINANSMAN_STRINGS as S } from './strings';

/** The enterprise's credit-line applications, each opening its case; the staff start a new one from here. */
export function FinansmanApplicationsPanel({ enterpriseId }: { readonly enterpriseId: number }) {
  const user = useCurrentUser();
  const query = useChannelQuery('finansman:list', { enterpriseId });
  const canCreate = user.role === 'sorumlu_personel' || user.role === 'mudur';
  return (
    <section className="panel" aria-labelledby="enterprise-finansman">
      <div className="panel-header">
        <h2 id="enterprise-finansman">{S.listTitle}</h2>
        {canCreate ? (
          <Link href={`/finansman/yeni/${enterpriseId}`} className="button">
            {S.newApplication}
          </Link>
        ) : null}
      </div>
      {query.isPending ? <Loading /> : null}
      {query.isError ? <ErrorNotice error={query.error} /> : null}
      {query.data ? (
        <Table aria-labelledby="enterprise-finansman" className="table">
          <TableHeader>
            <Column isRowHeader>{S.call}</Column>
            <Column>{S.state}</Column>
            <Column>{S.appliedOn}</Column>
            <Column>{S.bank}</Column>
            <Column className="num">{S.amount}</Column>
            <Column>{S.open}</Column>
          </TableHeader>
          <TableBody items={query.data.applications} renderEmptyState={() => <p className="empty">{S.listEmpty}</p>}>
            {(application) => (
              <Row id={application.id}>
                <Cell>{S.calls[application.call]}</Cell>
                <Cell>
                  <StateBadge state={application.state} label={application.stateLabel} />
                </Cell>
                <Cell>{application.appliedOn === null ? S.notGiven : formatDate(application.appliedOn)}</Cell>
                <Cell>{application.bankName ?? S.notGiven}</Cell>
                <Cell className="num">{application.amountTRY === null ? S.notGiven : formatMoney(application.amountTRY, 'TRY')}</Cell>
                <Cell>
                  <Link href={`/finansman/${application.id}`} className="link">
                    {S.title(application.id)}
                  </Link>
                </Cell>
              </Row>
            )}
          </TableBody>
        </Table>
      ) : null}
    </section>
  );
}
