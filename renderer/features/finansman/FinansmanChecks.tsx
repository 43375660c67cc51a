import { Cell, Column, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import type { FinansmanEvaluationDto } from '../../../electron/contract/finansman';
import { formatMoney } from '../../format/money';
import { checkCounts, OutcomeBadge } from '../evaluation/ChecksTable';
import { FINANSMAN_STRINGS as S } from './strings';

/**
 * Every check of the credit line with its outcome, its source and its Turkish explanation with the numbers. The
 * sources are announcements, not an article of a regulation text the app holds, so they are shown as text (the
 * evaluation folder's article buttons open IKDP/ITKFDP-II articles).
 */
export function FinansmanChecks({ evaluation }: { readonly evaluation: FinansmanEvaluationDto }) {
  const counts = checkCounts(evaluation.checks);
  const verdict = evaluation.eligible ? S.eligible : evaluation.failed.length > 0 ? S.notEligible : S.missingData;
  return (
    <>
      <p className={`notice ${evaluation.eligible ? 'notice-info' : 'notice-error'}`}>
        <strong>{verdict}</strong> {S.counts(counts.pass, counts.fail, counts.missing)}
      </p>
      <p>
        {S.payrollLimit}:{' '}
        {evaluation.payrollLimitTRY === null ? (
          <span className="mark-gap">{S.gapMark}</span>
        ) : (
          formatMoney(evaluation.payrollLimitTRY, 'TRY')
        )}
      </p>
      <Table aria-label={S.checksLabel} className="table checks-table">
        <TableHeader>
          <Column className="col-outcome">{S.columnOutcome}</Column>
          <Column isRowHeader>{S.columnCheck}</Column>
          <Column>{S.columnSource}</Column>
          <Column>{S.columnExplanation}</Column>
        </TableHeader>
        <TableBody items={evaluation.checks.map((check, index) => ({ ...check, id: `${check.code}-${index}` }))}>
          {(check) => (
            <Row id={check.id} className={`check-${check.outcome}`}>
              <Cell>
                <OutcomeBadge outcome={check.outcome} />
              </Cell>
              <Cell>
                <code>{check.code}</code>
              </Cell>
              <Cell>
                {check.article} <span className="mark-provisional">{S.provisionalMark}</span>
              </Cell>
              <Cell className="cell-explanation">{check.explanation}</Cell>
            </Row>
          )}
        </TableBody>
      </Table>
    </>
  );
}
