import { useState } from 'react';
import type { LoanAnswer } from '../../../electron/contract/itkfdp';
import { useChannelMutation } from '../../api/use-contract';
import { Button } from '../../widgets/Button';
import { ErrorNotice } from '../../widgets/ErrorNotice';
import { confirmAction } from '../../widgets/feedback';
import { SelectField } from '../../widgets/SelectField';
import { TextInput } from '../../widgets/TextInput';
import { ITKFDP_STRINGS as S } from './strings';
import { parseTurkishAmount, turkishAmountText } from './turkish-amount';

type FundingLine = 'FOSTER-II' | 'BMZ-II';
type Errors = Partial<Record<'bankName' | 'amount' | 'term', string>>;

/** The loan as the bank approved it (MADDE 8(1)), entered or corrected while the application is in control. */
export function LoanTerms({ applicationId, loan }: { readonly applicationId: number; readonly loan: LoanAnswer['loan'] }) {
  const save = useChannelMutation('loan:save', ['loan:get', 'case:history']);
  const [bankName, setBankName] = useState(loan?.bankName ?? '');
  const [amount, setAmount] = useState(loan?.amountTRY == null ? '' : turkishAmountText(loan.amountTRY));
  const [term, setTerm] = useState(loan?.termMonths == null ? '' : String(loan.termMonths));
  const [fundingLine, setFundingLine] = useState<FundingLine>(loan?.fundingLine ?? 'FOSTER-II');
  const [errors, setErrors] = useState<Errors>({});

  return (
    <form
      className="stack"
      aria-labelledby="loan-terms"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const amountTRY = parseTurkishAmount(amount);
        const termMonths = /^\d{1,3}$/.test(term.trim()) ? Number(term.trim()) : null;
        const found: Errors = {
          ...(bankName.trim().length < 2 ? { bankName: S.bankRequired } : {}),
          ...(amountTRY === null ? { amount: S.amountInvalid } : {}),
          ...(termMonths === null || termMonths < 1 ? { term: S.termInvalid } : {}),
        };
        setErrors(found);
        if (amountTRY === null || termMonths === null || Object.keys(found).length > 0) return;
        save.mutate(
          { applicationId, bankName: bankName.trim(), amountTRY, termMonths, fundingLine },
          {
            onSuccess: () => {
              confirmAction(S.termsSaved);
            },
          },
        );
      }}
    >
      <h3 id="loan-terms">{S.termsTitle}</h3>
      <p className="muted">{S.termsIntro}</p>
      <div className="form-grid">
        <TextInput label={S.bankName} value={bankName} onChange={setBankName} errorMessage={errors.bankName} isRequired />
        <TextInput
          label={S.amountTRY}
          value={amount}
          onChange={setAmount}
          description={S.amountHint}
          errorMessage={errors.amount}
          inputMode="numeric"
          isRequired
        />
        <TextInput label={S.termMonths} value={term} onChange={setTerm} errorMessage={errors.term} inputMode="numeric" isRequired />
        <SelectField
          label={S.loanFacts.fundingLine}
          value={fundingLine}
          onChange={setFundingLine}
          options={(['FOSTER-II', 'BMZ-II'] as const).map((value) => ({ value, label: S.fundingLines[value] }))}
        />
      </div>
      <ErrorNotice error={save.error} />
      <div className="button-row">
        <Button type="submit" variant="primary" isPending={save.isPending}>
          {S.saveTerms}
        </Button>
      </div>
    </form>
  );
}
