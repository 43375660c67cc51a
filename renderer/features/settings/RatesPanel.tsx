import { Cell, Column, FileTrigger, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import { useChannelMutation, useChannelQuery } from '../../api/use-contract';
import { formatDate } from '../../format/dates';
import { Button } from '../../widgets/Button';
import { ErrorNotice } from '../../widgets/ErrorNotice';
import { confirmAction } from '../../widgets/feedback';
import { Loading } from '../../widgets/Loading';
import { readAsBase64 } from '../../widgets/read-file';
import { SETTINGS_STRINGS as S } from './strings';

export function RatesPanel() {
  const rates = useChannelQuery('reference:list', { kind: 'exchange-rates' });
  const importRates = useChannelMutation('import:rates', ['reference:list']);
  return (
    <section className="panel" aria-labelledby="settings-rates">
      <h2 id="settings-rates">{S.rates}</h2>
      <FileTrigger
        acceptedFileTypes={['.xml', 'text/xml', 'application/xml']}
        allowsMultiple
        onSelect={(list) => {
          const files = list === null ? [] : [...list];
          void Promise.all(files.map(async (file) => ({ fileName: file.name, contentBase64: await readAsBase64(file) }))).then(
            (uploaded) => {
              if (uploaded.length === 0) return;
              importRates.mutate(
                { files: uploaded },
                {
                  onSuccess: (answer) => {
                    confirmAction(S.ratesImported, answer.message);
                  },
                },
              );
            },
          );
        }}
      >
        <Button variant="primary" isPending={importRates.isPending}>
          {S.importRates}
        </Button>
      </FileTrigger>
      {importRates.isPending ? <Loading label={S.importing} /> : null}
      <ErrorNotice error={importRates.error ?? rates.error} />
      {rates.data ? (
        <Table aria-labelledby="settings-rates" className="table">
          <TableHeader>
            <Column isRowHeader>{S.date}</Column>
            <Column>{S.rate}</Column>
            <Column>{S.source}</Column>
          </TableHeader>
          <TableBody
            items={[...rates.data.rows].reverse().map((row) => ({ ...row, id: row.date }))}
            renderEmptyState={() => <p className="empty">{S.empty}</p>}
          >
            {(row) => (
              <Row id={row.id}>
                <Cell>{formatDate(row.date)}</Cell>
                <Cell>{row.value === null ? '—' : `${row.value.replace('.', ',')} ₺/€`}</Cell>
                <Cell>{row.source}</Cell>
              </Row>
            )}
          </TableBody>
        </Table>
      ) : null}
    </section>
  );
}
