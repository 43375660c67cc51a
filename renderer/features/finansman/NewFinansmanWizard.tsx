import { useState } from 'react';
import { Label, Text, TextArea, TextField, FieldError } from 'react-aria-components';
import { useLocation } from 'wouter';
import type { ChannelRequest } from '../../../electron/contract';
import { useChannelMutation, useChannelQuery } from '../../api/use-contract';
import { formatDate, todayInTurkey } from '../../format/dates';
import { formatMoney } from '../../format/money';
import { ErrorNotice } from '../../widgets/ErrorNotice';
import { Facts } from '../../widgets/Facts';
import { confirmAction } from '../../widgets/feedback';
import { Loading } from '../../widgets/Loading';
import { PageHeader } from '../../widgets/PageHeader';
import { SelectField } from '../../widgets/SelectField';
import { TextInput } from '../../widgets/TextInput';
import { WizardFrame } from '../../widgets/WizardFrame';
import { percentTr } from './ScheduleTable';
import { FINANSMAN_STRINGS as F } from './strings';
import { amountOf, bankTableOf, dateOf, monthsOf, rateOf } from './wizard-input';
import { WIZARD_STRINGS as S } from './wizard-strings';
import './finansman.css';

type Request = ChannelRequest<'finansman:create'>;
type Values = {
  call: Request['call'];
  size: Request['size'];
  appliedOn: string;
  bankName: string;
  amount: string;
  rate: string;
  drawnOn: string;
  term: string;
  grace: string;
  table: string;
};

type Errors = Partial<Record<keyof Values, string>>;

/** Each step's own checks; the service and core check everything again (window, caps, the table's sums). */
function errorsOf(step: number, values: Values): Errors {
  const errors: Errors = {};
  if (step === 0) {
    if (dateOf(values.appliedOn) === null) errors.appliedOn = S.dateRequired;
  }
  if (step === 1) {
    if (amountOf(values.amount) === null) errors.amount = S.amountInvalid;
    if (rateOf(values.rate) === null) errors.rate = S.rateInvalid;
    if (dateOf(values.drawnOn) === null) errors.drawnOn = S.dateRequired;
    if (monthsOf(values.term) === null) errors.term = S.monthsInvalid;
    if (monthsOf(values.grace) === null) errors.grace = S.monthsInvalid;
  }
  if (step === 2) {
    const table = bankTableOf(values.table);
    if (table.errors.length > 0) errors.table = table.errors.slice(0, 5).join(' ');
  }
  return errors;
}

function requestOf(enterpriseId: number, values: Values): Request {
  return {
    enterpriseId,
    call: values.call,
    size: values.size,
    appliedOn: dateOf(values.appliedOn) ?? '',
    ...(values.bankName.trim() === '' ? {} : { bankName: values.bankName.trim() }),
    loan: {
      amountTRY: amountOf(values.amount) ?? '',
      annualRatePercent: rateOf(values.rate) ?? '',
      drawnOn: [dateOf(values.drawnOn) ?? ''],
      termMonths: monthsOf(values.term) ?? 0,
      graceMonths: monthsOf(values.grace) ?? 0,
      installments: [...bankTableOf(values.table).rows],
    },
  };
}

/** New credit-line application for an enterprise (route `/finansman/yeni/:enterpriseId`): the call, the loan, the bank's table, a review. */
export default function NewFinansmanWizard({ enterpriseId }: { readonly enterpriseId: number }) {
  const [, navigate] = useLocation();
  const enterprise = useChannelQuery('enterprise:get', { id: enterpriseId });
  const create = useChannelMutation('finansman:create', ['finansman:list']);
  const [step, setStep] = useState(0);
  const [tried, setTried] = useState(false);
  const [values, setValues] = useState<Values>({
    call: '2026-1',
    size: 'KOBI',
    appliedOn: todayInTurkey(),
    bankName: '',
    amount: '',
    rate: '',
    drawnOn: '',
    term: '36',
    grace: '6',
    table: '',
  });
  const errors = tried ? errorsOf(step, values) : {};
  const set = (field: keyof Values) => (value: string) => {
    setValues((old) => ({ ...old, [field]: value }));
  };

  if (enterprise.isPending) return <Loading />;
  if (enterprise.isError) return <ErrorNotice error={enterprise.error} />;

  const next = () => {
    setTried(true);
    if (Object.keys(errorsOf(step, values)).length > 0) return;
    setTried(false);
    setStep((current) => current + 1);
  };
  const save = () => {
    create.mutate(requestOf(enterpriseId, values), {
      onSuccess: (answer) => {
        confirmAction(S.saved(answer.applicationId));
        navigate(`/finansman/${answer.applicationId}`);
      },
    });
  };
  const stepName = S.steps[step] ?? '';
  const request = step === 3 ? requestOf(enterpriseId, values) : null;

  return (
    <>
      <PageHeader title={S.title} subtitle={enterprise.data.enterprise.unvan} />
      <div className="notice notice-provisional" role="note">
        <strong>{F.provisionalTitle}</strong>
        <p>{S.provisionalHint}</p>
      </div>
      <WizardFrame
        steps={S.steps}
        step={step}
        stepsLabel={S.stepLabel}
        title={S.stepOf(step + 1, S.steps.length, stepName)}
        onNext={next}
        onSave={save}
        onBack={() => {
          setTried(false);
          setStep((current) => current - 1);
        }}
        labels={S}
        isPending={create.isPending}
      >
        {step === 0 ? (
          <div className="form-grid">
            <SelectField
              label={F.call}
              value={values.call}
              onChange={set('call')}
              options={(['2026-1', '2026-2'] as const).map((value) => ({ value, label: F.calls[value] }))}
            />
            <SelectField
              label={F.size}
              value={values.size}
              onChange={set('size')}
              options={(['KOBI', 'BUYUK'] as const).map((value) => ({ value, label: F.sizes[value] }))}
            />
            <TextInput
              label={F.appliedOn}
              type="date"
              value={values.appliedOn}
              onChange={set('appliedOn')}
              errorMessage={errors.appliedOn}
              isRequired
            />
            <TextInput label={F.bank} value={values.bankName} onChange={set('bankName')} maxLength={120} />
          </div>
        ) : null}
        {step === 1 ? (
          <div className="form-grid">
            <TextInput
              label={S.amount}
              value={values.amount}
              onChange={set('amount')}
              errorMessage={errors.amount}
              description={S.amountHint}
              isRequired
              autoFocus
            />
            <TextInput
              label={S.rate}
              value={values.rate}
              onChange={set('rate')}
              errorMessage={errors.rate}
              description={S.rateHint}
              isRequired
            />
            <TextInput
              label={S.drawnOn}
              type="date"
              value={values.drawnOn}
              onChange={set('drawnOn')}
              errorMessage={errors.drawnOn}
              isRequired
            />
            <TextInput
              label={S.term}
              value={values.term}
              onChange={set('term')}
              errorMessage={errors.term}
              inputMode="numeric"
              isRequired
            />
            <TextInput
              label={S.grace}
              value={values.grace}
              onChange={set('grace')}
              errorMessage={errors.grace}
              inputMode="numeric"
              isRequired
            />
          </div>
        ) : null}
        {step === 2 ? (
          <TextField
            className="field"
            value={values.table}
            onChange={set('table')}
            isRequired
            isInvalid={errors.table !== undefined}
            validationBehavior="aria"
          >
            <Label className="field-label">{S.table}</Label>
            <TextArea className="field-input field-textarea" rows={12} autoFocus />
            {errors.table === undefined ? (
              <Text slot="description" className="field-description">
                {S.tableHint}
              </Text>
            ) : null}
            <FieldError className="field-error">{errors.table}</FieldError>
          </TextField>
        ) : null}
        {request === null ? null : (
          <Facts
            items={[
              [F.call, F.calls[request.call]],
              [F.size, F.sizes[request.size]],
              [F.appliedOn, formatDate(request.appliedOn)],
              [F.bank, request.bankName ?? F.notGiven],
              [F.amount, formatMoney(request.loan.amountTRY, 'TRY')],
              [F.rate, percentTr(request.loan.annualRatePercent)],
              [F.drawnOn, request.loan.drawnOn.map(formatDate).join(', ')],
              [F.term, F.months(request.loan.termMonths)],
              [F.grace, F.months(request.loan.graceMonths)],
              [F.installmentCount, String(request.loan.installments.length)],
              [S.totalInterest, formatMoney(sumOf(request.loan.installments.map((row) => row.interestTRY)), 'TRY')],
            ]}
          />
        )}
        <ErrorNotice error={create.error} />
      </WizardFrame>
    </>
  );
}

/** The sum of decimal strings with two places, in whole kuruş (exact: BigInt, never floats). */
function sumOf(amounts: readonly string[]): string {
  const kurus = amounts.reduce((total, amount) => total + BigInt(amount.replace('.', '')), 0n);
  const text = kurus.toString().padStart(3, '0');
  return `${text.slice(0, -2)}.${text.slice(-2)}`;
}
