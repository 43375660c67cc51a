import { useState } from 'react';
import { Cell, Column, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import type { LoanAnswer } from '../../../electron/contract/itkfdp';
import { useChannelMutation } from '../../api/use-contract';
import { formatDate } from '../../format/dates';
import { Button } from '../../widgets/Button';
import { CheckboxInput } from '../../widgets/CheckboxInput';
import { ErrorNotice } from '../../widgets/ErrorNotice';
import { confirmAction } from '../../widgets/feedback';
import { SelectField } from '../../widgets/SelectField';
import { TextInput } from '../../widgets/TextInput';
import { ITKFDP_STRINGS as S } from './strings';

const NUMBERS = ['1', '2', '3', '4', '5', '6'] as const;
type NumberText = (typeof NUMBERS)[number];

function InstallmentForm({
  applicationId,
  installments,
}: {
  readonly applicationId: number;
  readonly installments: LoanAnswer['installments'];
}) {
  const put = useChannelMutation('loan:put-installment', ['loan:get', 'case:history']);
  const firstUnpaid = installments.find((item) => !item.paid)?.number ?? installments.length + 1;
  const [number, setNumber] = useState<NumberText>(String(Math.min(firstUnpaid, 6)) as NumberText);
  const current = installments.find((item) => item.number === Number(number));
  const [dueOn, setDueOn] = useState(current?.dueOn ?? '');
  const [paid, setPaid] = useState(true);
  const [paidOn, setPaidOn] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);

  return (
    <form
      className="stack"
      aria-labelledby="installment-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const missing = paid && !/^\d{4}-\d{2}-\d{2}$/.test(paidOn);
        setError(missing ? S.dateRequired : undefined);
        if (missing) return;
        put.mutate(
          {
            applicationId,
            number: Number(number),
            ...(dueOn === '' ? {} : { dueOn }),
            paid,
            ...(paid ? { paidOn } : {}),
          },
          {
            onSuccess: () => {
              confirmAction(S.installmentSaved(Number(number)));
            },
          },
        );
      }}
    >
      <h3 id="installment-form">{S.installmentFormTitle}</h3>
      <div className="form-grid">
        <SelectField
          label={S.installmentNumber}
          value={number}
          onChange={(value) => {
            setNumber(value);
            setDueOn(installments.find((item) => item.number === Number(value))?.dueOn ?? '');
          }}
          options={NUMBERS.map((value) => ({ value, label: S.installmentLabel(Number(value)) }))}
        />
        <TextInput label={S.installmentDueOn} type="date" value={dueOn} onChange={setDueOn} />
        <CheckboxInput label={S.installmentPaid} isSelected={paid} onChange={setPaid} />
        {paid ? (
          <TextInput label={S.installmentPaidOn} type="date" value={paidOn} onChange={setPaidOn} errorMessage={error} isRequired />
        ) : null}
      </div>
      <ErrorNotice error={put.error} />
      <div className="button-row">
        <Button type="submit" variant="primary" isPending={put.isPending}>
          {S.saveInstallment}
        </Button>
      </div>
    </form>
  );
}

/** The loan's instalments (instalment k covers payment period k) and, once the credit is used, their recording. */
export function Installments({ applicationId, answer }: { readonly applicationId: number; readonly answer: LoanAnswer }) {
  const rows = answer.installments.map((item) => ({ ...item, id: item.number }));
  return (
    <section className="stack" aria-labelledby="installments-title">
      <h3 id="installments-title">{S.installmentsTitle}</h3>
      <p className="muted">{S.installmentsIntro}</p>
      <Table aria-labelledby="installments-title" className="table">
        <TableHeader>
          <Column isRowHeader>{S.installmentColumns.number}</Column>
          <Column>{S.installmentColumns.period}</Column>
          <Column>{S.installmentColumns.dueOn}</Column>
          <Column>{S.installmentColumns.paid}</Column>
          <Column>{S.installmentColumns.paidOn}</Column>
        </TableHeader>
        <TableBody items={rows} renderEmptyState={() => <p className="empty">{S.installmentsEmpty}</p>}>
          {(item) => (
            <Row id={item.id}>
              <Cell>{S.installmentLabel(item.number)}</Cell>
              <Cell>{S.periodOf(item.number)}</Cell>
              <Cell>{item.dueOn === null ? '—' : formatDate(item.dueOn)}</Cell>
              <Cell>
                <span className={`badge ${item.paid ? 'badge-ok' : 'badge-bad'}`}>{item.paid ? S.yes : S.no}</span>
              </Cell>
              <Cell>{item.paidOn === null ? '—' : formatDate(item.paidOn)}</Cell>
            </Row>
          )}
        </TableBody>
      </Table>
      {answer.canEditInstallments ? (
        // A new key after each save: the form moves on to the next unpaid instalment.
        <InstallmentForm
          key={answer.installments.map((item) => `${String(item.number)}:${String(item.paid)}`).join(',')}
          applicationId={applicationId}
          installments={answer.installments}
        />
      ) : answer.loan?.creditUsedOn == null ? (
        <p className="muted">{S.installmentsLocked}</p>
      ) : null}
    </section>
  );
}
