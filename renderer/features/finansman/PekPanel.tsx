import { Cell, Column, FileTrigger, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import { useChannelMutation } from '../../api/use-contract';
import { useCurrentUser } from '../../app/session';
import { formatMonth } from '../../format/dates';
import { formatMoney } from '../../format/money';
import { Button } from '../../widgets/Button';
import { ErrorNotice } from '../../widgets/ErrorNotice';
import { confirmAction } from '../../widgets/feedback';
import { readAsBase64 } from '../../widgets/read-file';
import { FINANSMAN_STRINGS as S } from './strings';

/** The base months' PEK held for the enterprise, and the import of the bank's or the enterprise's PEK file (as `cli import-pek`). */
export function PekPanel({
  enterpriseId,
  payrollPEK,
}: {
  readonly enterpriseId: number;
  readonly payrollPEK: Readonly<Record<string, string>>;
}) {
  const user = useCurrentUser();
  const importPek = useChannelMutation('finansman:import-pek', ['finansman:get']);
  const canImport = user.role === 'sorumlu_personel' || user.role === 'mudur';
  const months = Object.entries(payrollPEK).sort(([a], [b]) => a.localeCompare(b));

  const upload = async (file: File) => {
    const contentBase64 = await readAsBase64(file);
    importPek.mutate(
      { enterpriseId, fileName: file.name, contentBase64 },
      {
        onSuccess: (answer) => {
          confirmAction(answer.message);
        },
      },
    );
  };

  return (
    <>
      {months.length === 0 ? (
        <p className="notice notice-error">{S.payrollEmpty}</p>
      ) : (
        <Table aria-label={S.payrollTitle} className="table">
          <TableHeader>
            <Column isRowHeader>{S.month}</Column>
            <Column className="num">{S.pek}</Column>
          </TableHeader>
          <TableBody items={months.map(([month, amount]) => ({ id: month, month, amount }))}>
            {(row) => (
              <Row id={row.id}>
                <Cell>{formatMonth(row.month)}</Cell>
                <Cell className="num">{formatMoney(row.amount, 'TRY')}</Cell>
              </Row>
            )}
          </TableBody>
        </Table>
      )}
      {canImport ? (
        <FileTrigger
          acceptedFileTypes={['.csv', '.xlsx', 'text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet']}
          onSelect={(files) => {
            const file = files?.[0];
            if (file) void upload(file);
          }}
        >
          <Button isPending={importPek.isPending}>{S.importPek}</Button>
        </FileTrigger>
      ) : null}
      <ErrorNotice error={importPek.error} />
    </>
  );
}
