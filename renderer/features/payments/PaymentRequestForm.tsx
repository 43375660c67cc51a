import { keepPreviousData } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import type { ChannelRequest } from '../../../electron/contract';
import { useChannelMutation, useChannelQuery } from '../../api/use-contract';
import { formatMonth, todayInTurkey } from '../../format/dates';
import { Button } from '../../widgets/Button';
import { CheckboxInput } from '../../widgets/CheckboxInput';
import { ErrorNotice } from '../../widgets/ErrorNotice';
import { confirmAction } from '../../widgets/feedback';
import { Loading } from '../../widgets/Loading';
import { TextInput } from '../../widgets/TextInput';
import { useDraft } from '../../widgets/use-draft';
import { PaymentDecisionView } from './PaymentDecisionView';
import { PAYMENT_STRINGS as S } from './strings';

type Request = ChannelRequest<'payment:create'>;

type Draft = {
  readonly submittedOn: string;
  readonly months: readonly string[];
  readonly periods: readonly number[];
  readonly flags: Readonly<Record<string, boolean>>;
};

const IKDP_FLAGS = { taxLiabilityActive: true, overdueKosgebDebt: false } as const;
const ITKFDP_FLAGS = { overdueTaxOrSgkDebt: false, commitmentDeclared: true, excuseAccepted: false } as const;
const FLAG_LABELS: Readonly<Record<string, string>> = {
  taxLiabilityActive: S.taxLiabilityActive,
  overdueKosgebDebt: S.overdueKosgebDebt,
  overdueTaxOrSgkDebt: S.overdueTaxOrSgkDebt,
  commitmentDeclared: S.commitmentDeclared,
  excuseAccepted: S.excuseAccepted,
};

function programMonths(program: string): string[] {
  const year = program === 'IKDP-2026' ? 2026 : 2025;
  return Array.from({ length: 12 }, (_, index) => `${year}-${String(index + 1).padStart(2, '0')}`);
}

function toggle<T>(list: readonly T[], item: T, on: boolean): T[] {
  const without = list.filter((value) => value !== item);
  return on ? [...without, item] : without;
}

/** Pick months or periods, see the rules' decision and amount live, then save the request. */
export function PaymentRequestForm({
  applicationId,
  program,
  userId,
}: {
  readonly applicationId: number;
  readonly program: string;
  readonly userId: number;
}) {
  const itkfdp = program === 'ITKFDP-II';
  const [draft, setDraft] = useState<Draft>({
    submittedOn: todayInTurkey(),
    months: [],
    periods: [],
    flags: itkfdp ? ITKFDP_FLAGS : IKDP_FLAGS,
  });
  const restore = useCallback((saved: Draft) => {
    setDraft(saved);
  }, []);
  const stored = useDraft(`odeme-talebi:${userId}:${applicationId}`, draft, restore);

  const request = useMemo<Request>(
    () => ({
      applicationId,
      submittedOn: draft.submittedOn,
      ...(itkfdp ? { periods: [...draft.periods].sort((a, b) => a - b) } : { months: [...draft.months].sort() }),
      ...draft.flags,
    }),
    [applicationId, draft, itkfdp],
  );
  const chosen = itkfdp ? draft.periods.length : draft.months.length;
  const preview = useChannelQuery('payment:preview', request, {
    enabled: chosen > 0 && /^\d{4}-\d{2}-\d{2}$/.test(draft.submittedOn),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
  const create = useChannelMutation('payment:create', ['case:get', 'case:history']);

  return (
    <section className="panel" aria-labelledby="payment-new">
      <h2 id="payment-new">{S.newRequest}</h2>
      <p className="muted">{S.newRequestIntro}</p>
      <div className="payment-form">
        <div className="stack">
          <div role="group" aria-label={itkfdp ? S.periods : S.months} className="choice-grid">
            <span className="field-label">{itkfdp ? S.periods : S.months}</span>
            {itkfdp
              ? [1, 2, 3, 4, 5, 6].map((period) => (
                  <CheckboxInput
                    key={period}
                    label={S.periodLabel(period)}
                    isSelected={draft.periods.includes(period)}
                    onChange={(on) => {
                      setDraft((old) => ({ ...old, periods: toggle(old.periods, period, on) }));
                    }}
                  />
                ))
              : programMonths(program).map((month) => (
                  <CheckboxInput
                    key={month}
                    label={formatMonth(month)}
                    isSelected={draft.months.includes(month)}
                    onChange={(on) => {
                      setDraft((old) => ({ ...old, months: toggle(old.months, month, on) }));
                    }}
                  />
                ))}
          </div>
          <TextInput
            label={S.submittedOn}
            type="date"
            value={draft.submittedOn}
            onChange={(submittedOn) => {
              setDraft((old) => ({ ...old, submittedOn }));
            }}
          />
          <div role="group" aria-label={S.facts} className="stack">
            <span className="field-label">{S.facts}</span>
            {Object.keys(itkfdp ? ITKFDP_FLAGS : IKDP_FLAGS).map((name) => (
              <CheckboxInput
                key={name}
                label={FLAG_LABELS[name] ?? name}
                isSelected={draft.flags[name] === true}
                onChange={(on) => {
                  setDraft((old) => ({ ...old, flags: { ...old.flags, [name]: on } }));
                }}
              />
            ))}
          </div>
          <ErrorNotice error={create.error} />
          <Button
            variant="primary"
            isDisabled={chosen === 0}
            isPending={create.isPending}
            onPress={() => {
              create.mutate(request, {
                onSuccess: (answer) => {
                  stored.clear();
                  setDraft((old) => ({ ...old, months: [], periods: [] }));
                  confirmAction(S.saved(answer.paymentRequestId));
                },
              });
            }}
          >
            {create.isPending ? S.saving : S.save}
          </Button>
        </div>
        <div className="preview" aria-live="polite" aria-busy={preview.isFetching}>
          <h3>{S.previewTitle}</h3>
          {chosen === 0 ? <p className="empty">{S.previewEmpty}</p> : null}
          {chosen > 0 && preview.isPending ? <Loading label={S.previewing} /> : null}
          {chosen > 0 ? <ErrorNotice error={preview.error} /> : null}
          {chosen > 0 && preview.data ? <PaymentDecisionView decision={preview.data.decision} program={program} /> : null}
        </div>
      </div>
    </section>
  );
}
