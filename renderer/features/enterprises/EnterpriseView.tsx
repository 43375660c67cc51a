import { Cell, Column, Link, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import { useChannelQuery } from '../../api/use-contract';
import { formatDate } from '../../format/dates';
import { ErrorNotice } from '../../widgets/ErrorNotice';
import { Facts } from '../../widgets/Facts';
import { formatIban } from './iban-format';
import { Loading } from '../../widgets/Loading';
import { PageHeader } from '../../widgets/PageHeader';
import { StateBadge } from '../../widgets/StateBadge';
import { FinansmanApplicationsPanel } from '../finansman/FinansmanApplicationsPanel';
import { ENTERPRISE_STRINGS as S } from './strings';

const yesNo = (value: boolean) => (value ? S.yes : S.no);
const orDash = (value: string | null) => value ?? S.notGiven;

export default function EnterpriseView({ id }: { readonly id: number }) {
  const query = useChannelQuery('enterprise:get', { id });
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorNotice error={query.error} />;
  const { enterprise, sites, applications } = query.data;

  return (
    <>
      <PageHeader
        title={enterprise.unvan}
        subtitle={[
          enterprise.vkn === null ? null : `${S.vkn} ${enterprise.vkn}`,
          enterprise.tckn === null ? null : `${S.tckn} ${enterprise.tckn}`,
        ]
          .filter((part) => part !== null)
          .join(' · ')}
      />
      <section className="panel" aria-labelledby="enterprise-facts">
        <h2 id="enterprise-facts">{S.detailTitle}</h2>
        <Facts
          items={[
            [S.legalForm, S.legalForms[enterprise.legalForm]],
            [S.nace, orDash(enterprise.naceMain)],
            [S.naceReferenceDate, enterprise.naceReferenceDate === null ? S.notGiven : formatDate(enterprise.naceReferenceDate)],
            [S.foundedOn, enterprise.foundedOn === null ? S.notGiven : formatDate(enterprise.foundedOn)],
            [S.iban, enterprise.iban === null ? S.notGiven : <code key="iban">{formatIban(enterprise.iban)}</code>],
            [S.registered, yesNo(enterprise.registered)],
            [S.active, yesNo(enterprise.active)],
            [S.declarationCurrent, yesNo(enterprise.declarationCurrent)],
          ]}
        />
      </section>
      <section className="panel" aria-labelledby="enterprise-sites">
        <h2 id="enterprise-sites">{S.sites}</h2>
        <Table aria-labelledby="enterprise-sites" className="table">
          <TableHeader>
            <Column isRowHeader>{S.provinces}</Column>
            <Column>{S.state}</Column>
            <Column>{S.sgkNo}</Column>
          </TableHeader>
          <TableBody items={sites}>
            {(site) => (
              <Row id={site.id}>
                <Cell>{site.province}</Cell>
                <Cell>{S.siteKinds[site.kind]}</Cell>
                <Cell>{orDash(site.sgkIsyeriSicilNo)}</Cell>
              </Row>
            )}
          </TableBody>
        </Table>
      </section>
      <section className="panel" aria-labelledby="enterprise-applications">
        <h2 id="enterprise-applications">{S.applications}</h2>
        <Table aria-labelledby="enterprise-applications" className="table">
          <TableHeader>
            <Column isRowHeader>{S.program}</Column>
            <Column>{S.state}</Column>
            <Column>{S.appliedOn}</Column>
            <Column>{S.openCase}</Column>
          </TableHeader>
          <TableBody items={applications} renderEmptyState={() => <p className="empty">{S.applicationsEmpty}</p>}>
            {(application) => (
              <Row id={application.id}>
                <Cell>{application.program}</Cell>
                <Cell>
                  <StateBadge state={application.state} label={application.stateLabel} />
                </Cell>
                <Cell>{application.appliedOn === null ? S.notGiven : formatDate(application.appliedOn)}</Cell>
                <Cell>
                  <Link href={`/dosyalar/${application.id}`} className="link">
                    {S.openCase} #{application.id}
                  </Link>
                </Cell>
              </Row>
            )}
          </TableBody>
        </Table>
      </section>
      <FinansmanApplicationsPanel enterpriseId={enterprise.id} />
    </>
  );
}
