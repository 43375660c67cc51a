import { useState } from 'react';
import { Cell, Column, Form, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import { useChannelMutation, useChannelQuery } from '../../api/use-contract';
import { formatDate, todayInTurkey } from '../../format/dates';
import { Button } from '../../widgets/Button';
import { ErrorNotice } from '../../widgets/ErrorNotice';
import { confirmAction } from '../../widgets/feedback';
import { Loading } from '../../widgets/Loading';
import { SelectField } from '../../widgets/SelectField';
import { TextInput } from '../../widgets/TextInput';
import { SETTINGS_STRINGS as S } from './strings';

type DayType = 'holiday' | 'idari-izin';

function DaysTable({ kind, label }: { readonly kind: 'holidays' | 'idari-izin'; readonly label: string }) {
  const days = useChannelQuery('reference:list', { kind });
  if (days.isPending) return <Loading />;
  if (days.isError) return <ErrorNotice error={days.error} />;
  const rows = [...days.data.rows].reverse().map((row) => ({ ...row, id: `${row.date}-${row.label}` }));
  return (
    <Table aria-label={label} className="table">
      <TableHeader>
        <Column isRowHeader>{S.date}</Column>
        <Column>{S.name}</Column>
        <Column>{S.dayKind}</Column>
        <Column>{S.source}</Column>
      </TableHeader>
      <TableBody items={rows} renderEmptyState={() => <p className="empty">{S.empty}</p>}>
        {(row) => (
          <Row id={row.id}>
            <Cell>{formatDate(row.date)}</Cell>
            <Cell>{row.label}</Cell>
            <Cell>{row.value === 'half' ? S.kindHalf : row.value === 'full' ? S.kindFull : (row.value ?? '—')}</Cell>
            <Cell>{row.source}</Cell>
          </Row>
        )}
      </TableBody>
    </Table>
  );
}

export function CalendarPanel() {
  const put = useChannelMutation('reference:put', ['reference:list']);
  const [form, setForm] = useState({ type: 'idari-izin' as DayType, date: todayInTurkey(), dayKind: 'full' as 'full' | 'half', name: '' });
  return (
    <>
      <section className="panel" aria-labelledby="settings-add-day">
        <h2 id="settings-add-day">{S.addDay}</h2>
        <Form
          className="inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            put.mutate(
              { kind: form.type, date: form.date, dayKind: form.dayKind, name: form.name },
              {
                onSuccess: () => {
                  confirmAction(S.dayAdded);
                },
              },
            );
          }}
        >
          <SelectField
            label={S.dayType}
            value={form.type}
            options={[
              { value: 'idari-izin', label: S.idariIzin },
              { value: 'holiday', label: S.holiday },
            ]}
            onChange={(type) => {
              setForm((old) => ({ ...old, type }));
            }}
          />
          <TextInput
            label={S.date}
            type="date"
            value={form.date}
            onChange={(date) => {
              setForm((old) => ({ ...old, date }));
            }}
            isRequired
          />
          <SelectField
            label={S.dayKind}
            value={form.dayKind}
            options={[
              { value: 'full', label: S.kindFull },
              { value: 'half', label: S.kindHalf },
            ]}
            onChange={(dayKind) => {
              setForm((old) => ({ ...old, dayKind }));
            }}
          />
          <TextInput
            label={S.name}
            value={form.name}
            onChange={(name) => {
              setForm((old) => ({ ...old, name }));
            }}
            isRequired
          />
          <Button type="submit" variant="primary" isPending={put.isPending}>
            {S.addDay}
          </Button>
        </Form>
        <ErrorNotice error={put.error} />
      </section>
      <section className="panel" aria-labelledby="settings-idari">
        <h2 id="settings-idari">{S.idariIzin}</h2>
        <DaysTable kind="idari-izin" label={S.idariIzin} />
      </section>
      <section className="panel" aria-labelledby="settings-holidays">
        <h2 id="settings-holidays">{S.holiday}</h2>
        <DaysTable kind="holidays" label={S.holiday} />
      </section>
    </>
  );
}
