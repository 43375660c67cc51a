import { Cell, Column, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import { ArticleButtons } from './ArticleButton';
import { ProvisionalBadge } from './ProvisionalBadge';
import { EVALUATION_STRINGS as S } from './strings';

export type Check = {
  readonly code: string;
  readonly article: string;
  readonly outcome: 'pass' | 'fail' | 'missing-data';
  readonly explanation: string;
};

export function OutcomeBadge({ outcome }: { readonly outcome: Check['outcome'] }) {
  const tone = outcome === 'pass' ? 'ok' : outcome === 'fail' ? 'bad' : 'wait';
  return <span className={`badge badge-${tone}`}>{S.outcomes[outcome]}</span>;
}

/**
 * Every check with its outcome, its article (opens the regulation's text) and its explanation with the numbers. A
 * check whose article carries provisional values (`provisional`: article → explanation) is marked "geçici".
 */
export function ChecksTable({
  checks,
  program,
  label,
  provisional,
}: {
  readonly checks: readonly Check[];
  readonly program: string;
  readonly label: string;
  readonly provisional?: ReadonlyMap<string, string>;
}) {
  return (
    <Table aria-label={label} className="table checks-table">
      <TableHeader>
        <Column className="col-outcome">{S.columnOutcome}</Column>
        <Column isRowHeader>{S.columnCheck}</Column>
        <Column>{S.columnArticle}</Column>
        <Column>{S.columnExplanation}</Column>
      </TableHeader>
      <TableBody items={checks.map((check, index) => ({ ...check, id: `${check.code}-${index}` }))}>
        {(check) => (
          <Row id={check.id} className={`check-${check.outcome}`}>
            <Cell>
              <OutcomeBadge outcome={check.outcome} />
            </Cell>
            <Cell>
              <code>{check.code}</code>
            </Cell>
            <Cell>
              <span className="check-article">
                <ArticleButtons article={check.article} program={program} />
                {provisionalNote(check.article, provisional)}
              </span>
            </Cell>
            <Cell className="cell-explanation">{check.explanation}</Cell>
          </Row>
        )}
      </TableBody>
    </Table>
  );
}

function provisionalNote(article: string, provisional: ReadonlyMap<string, string> | undefined) {
  const notes = article
    .split(',')
    .map((part) => provisional?.get(part.trim()))
    .filter((note): note is string => note !== undefined);
  return notes.length === 0 ? null : <ProvisionalBadge explanation={notes.join(' ')} />;
}

export function checkCounts(checks: readonly Check[]): { pass: number; fail: number; missing: number } {
  return {
    pass: checks.filter((check) => check.outcome === 'pass').length,
    fail: checks.filter((check) => check.outcome === 'fail').length,
    missing: checks.filter((check) => check.outcome === 'missing-data').length,
  };
}
