import { useState } from 'react';
import { useChannelMutation } from '../../api/use-contract';
import { formatDate, todayInTurkey } from '../../format/dates';
import { Button } from '../../widgets/Button';
import { ErrorNotice } from '../../widgets/ErrorNotice';
import { confirmAction } from '../../widgets/feedback';
import { TextInput } from '../../widgets/TextInput';
import { ITKFDP_STRINGS as S } from './strings';

/**
 * The workflow step “Kredi kullandırıldı” with the date the bank reports (MADDE 12(2)): it records the date on the
 * loan, starts the support period (MADDE 7(2)) and the form disappears with the step.
 */
export function CreditUseForm({ applicationId }: { readonly applicationId: number }) {
  const transition = useChannelMutation('workflow:transition', ['case:get', 'case:history', 'inbox:list', 'loan:get']);
  const [creditUsedOn, setCreditUsedOn] = useState(todayInTurkey());
  const [error, setError] = useState<string | undefined>(undefined);
  return (
    <form
      className="inline-form"
      aria-label={S.creditUseFormLabel}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const missing = !/^\d{4}-\d{2}-\d{2}$/.test(creditUsedOn);
        setError(missing ? S.dateRequired : undefined);
        if (missing) return;
        // Awaited rather than a per-call callback: the step removes this form, the confirmation must still show.
        void transition
          .mutateAsync({ kind: 'itkfdp_application', recordId: applicationId, to: 'kredi_kullandirildi', facts: { creditUsedOn } })
          .then(
            () => {
              confirmAction(S.creditUseSaved(formatDate(creditUsedOn)));
            },
            () => undefined,
          );
      }}
    >
      <TextInput label={S.creditUsedOnLabel} type="date" value={creditUsedOn} onChange={setCreditUsedOn} errorMessage={error} isRequired />
      <Button type="submit" variant="primary" isPending={transition.isPending}>
        {S.saveCreditUse}
      </Button>
      <ErrorNotice error={transition.error} />
    </form>
  );
}
