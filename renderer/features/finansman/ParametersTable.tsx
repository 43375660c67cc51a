import { Cell, Column, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import type { FinansmanCaseDto } from '../../../electron/contract/finansman';
import { formatDate } from '../../format/dates';
import { FINANSMAN_STRINGS as S } from './strings';

/** Every value of the call in force on the application date, with its source and last confirmation; gaps marked "duyurulmadı". */
export function ParametersTable({ parameters }: { readonly parameters: FinansmanCaseDto['parameters'] }) {
  return (
    <Table aria-label={S.parametersLabel} className="table parameters-table">
      <TableHeader>
        <Column isRowHeader>{S.parameter}</Column>
        <Column>{S.parameterValue}</Column>
        <Column>{S.source}</Column>
        <Column>{S.lastConfirmed}</Column>
      </TableHeader>
      <TableBody items={parameters.map((line) => ({ ...line, id: line.key }))}>
        {(line) => (
          <Row id={line.id} className={line.value === null ? 'parameter-gap' : 'parameter-announced'}>
            <Cell>{line.label}</Cell>
            <Cell>
              {line.value === null ? <span className="mark-gap">{S.gapMark}</span> : line.value}{' '}
              {line.provisional && line.value !== null ? <span className="mark-provisional">{S.provisionalMark}</span> : null}
            </Cell>
            <Cell className="cell-explanation">{[line.article, line.act].filter((part) => part !== null).join(' — ')}</Cell>
            <Cell>{line.lastConfirmed === null ? S.notGiven : formatDate(line.lastConfirmed)}</Cell>
          </Row>
        )}
      </TableBody>
    </Table>
  );
}
