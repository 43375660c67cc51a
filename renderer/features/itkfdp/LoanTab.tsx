import type { CaseDto } from '../../../electron/contract/cases';
import { useChannelQuery } from '../../api/use-contract';
import { formatDate } from '../../format/dates';
import { formatMoney } from '../../format/money';
import { ErrorNotice } from '../../widgets/ErrorNotice';
import { Facts } from '../../widgets/Facts';
import { Loading } from '../../widgets/Loading';
import { CreditUseForm } from './CreditUseForm';
import { Installments } from './Installments';
import { LoanTerms } from './LoanTerms';
import { ITKFDP_STRINGS as S } from './strings';

const STATUS_TONE = {
  'in-time': 'badge-ok',
  late: 'badge-bad',
  undecided: 'badge-wait',
  open: 'badge-wait',
  overdue: 'badge-bad',
} as const;

/** Kredi: the loan the bank approved, its use against the 30 days of MADDE 12(2), the support period and the instalments. */
export default function LoanTab({ caseFile }: { readonly caseFile: CaseDto }) {
  const applicationId = caseFile.application.id;
  const query = useChannelQuery('loan:get', { applicationId });
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorNotice error={query.error} />;
  const answer = query.data;
  const { loan, creditUse, support } = answer;
  const creditStep = caseFile.application.allowed.some((step) => step.to === 'kredi_kullandirildi');

  return (
    <section className="panel stack" aria-labelledby="loan-title">
      <h2 id="loan-title">{S.loanTitle}</h2>
      {loan === null ? (
        <p className="empty">{S.loanEmpty}</p>
      ) : (
        <Facts
          items={[
            [S.loanFacts.bank, loan.bankName ?? S.notYet],
            [S.loanFacts.amount, loan.amountTRY === null ? S.notYet : formatMoney(loan.amountTRY, 'TRY')],
            [S.loanFacts.term, loan.termMonths === null ? S.notYet : S.months(loan.termMonths)],
            [S.loanFacts.fundingLine, loan.fundingLine === null ? S.notYet : S.fundingLines[loan.fundingLine]],
            [S.loanFacts.creditUsedOn, loan.creditUsedOn === null ? S.notYet : formatDate(loan.creditUsedOn)],
            [S.loanFacts.support, support === null ? S.notYet : `${formatDate(support.start)} – ${formatDate(support.end)}`],
          ]}
        />
      )}

      <section className="stack" aria-labelledby="credit-use">
        <h3 id="credit-use">{S.creditUseTitle}</h3>
        {creditUse === null ? (
          <p className="muted">{S.creditUseBeforeApproval}</p>
        ) : (
          <div className={`notice ${creditUse.status === 'overdue' || creditUse.status === 'late' ? 'notice-error' : 'notice-info'}`}>
            <p>
              <span className={`badge ${STATUS_TONE[creditUse.status]}`}>{S.creditUseStatus[creditUse.status]}</span>{' '}
              {creditUse.explanation}
            </p>
          </div>
        )}
        {creditStep ? (
          <>
            <p>{S.creditUseStep}</p>
            <CreditUseForm applicationId={applicationId} />
          </>
        ) : null}
      </section>

      {answer.canEditTerms ? <LoanTerms key={loan?.id ?? 0} applicationId={applicationId} loan={loan} /> : null}
      <Installments applicationId={applicationId} answer={answer} />
    </section>
  );
}
