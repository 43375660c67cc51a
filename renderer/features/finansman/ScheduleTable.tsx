import { Cell, Column, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import type { FinansmanEvaluationDto } from '../../../electron/contract/finansman';
import { formatDate } from '../../format/dates';
import { formatMoney } from '../../format/money';
import { FINANSMAN_STRINGS as S } from './strings';

type Schedule = FinansmanEvaluationDto['schedule'];

const tl = (amount: string) => formatMoney(amount, 'TRY');

/** `33` → `%33`, `37.5` → `%37,5`. */
export function percentTr(percent: string): string {
  return `%${percent.replace('.', ',')}`;
}

/** The support schedule: per instalment the bank's interest, the support (interest × points / rate, kuruş), what the enterprise pays and the running total. */
export function ScheduleTable({ schedule }: { readonly schedule: Schedule }) {
  return (
    <>
      {schedule.points === null ? (
        <p className="notice notice-error">
          <span className="mark-gap">{S.gapMark}</span> {S.pointsGap}
        </p>
      ) : (
        <p>
          {S.scheduleIntro(String(schedule.points), percentTr(schedule.ratePercent))}{' '}
          <span className="mark-provisional">{S.provisionalMark}</span>
          {schedule.wholeInterest ? ` ${S.wholeInterest}` : ''}
        </p>
      )}
      <div className="table-scroll">
        <Table aria-label={S.scheduleLabel} className="table schedule-table">
          <TableHeader>
            <Column isRowHeader>{S.number}</Column>
            <Column>{S.dueOn}</Column>
            <Column className="num">{S.principal}</Column>
            <Column className="num">{S.interest}</Column>
            <Column className="num">{S.support}</Column>
            <Column className="num">{S.enterprisePays}</Column>
            <Column className="num">{S.runningSupport}</Column>
            <Column>{S.formula}</Column>
          </TableHeader>
          <TableBody items={schedule.rows.map((row) => ({ ...row, id: row.number }))}>
            {(row) => (
              <Row id={row.id}>
                <Cell>{row.number}</Cell>
                <Cell>{formatDate(row.dueOn)}</Cell>
                <Cell className="num">{tl(row.principalTRY)}</Cell>
                <Cell className="num">{tl(row.interestTRY)}</Cell>
                <Cell className="num">{tl(row.supportTRY)}</Cell>
                <Cell className="num">{tl(row.enterprisePaysTRY)}</Cell>
                <Cell className="num">{tl(row.runningSupportTRY)}</Cell>
                <Cell className="cell-formula">{row.formula}</Cell>
              </Row>
            )}
          </TableBody>
        </Table>
      </div>
      <dl className="facts schedule-totals" aria-label={S.total}>
        <div className="fact">
          <dt>
            {S.total}: {S.interest}
          </dt>
          <dd>{tl(schedule.totalInterestTRY)}</dd>
        </div>
        <div className="fact">
          <dt>
            {S.total}: {S.support}
          </dt>
          <dd>
            <strong>{tl(schedule.totalSupportTRY)}</strong> <span className="mark-provisional">{S.provisionalMark}</span>
          </dd>
        </div>
        <div className="fact">
          <dt>
            {S.total}: {S.enterprisePays}
          </dt>
          <dd>{tl(schedule.totalEnterprisePaysTRY)}</dd>
        </div>
      </dl>
    </>
  );
}
