import { useChannelQuery } from '../../api/use-contract';
import { formatTimestamp } from '../../format/dates';
import { ErrorNotice } from '../../widgets/ErrorNotice';
import { Loading } from '../../widgets/Loading';
import { FORM_STRINGS as S } from './strings';

/** `C=TR, O=KOSGEB Test, CN=KOSGEB Test Kök …` → the issuer's common name. */
function issuerName(issuer: string): string {
  return /CN=([^,]+)/.exec(issuer)?.[1] ?? issuer;
}

/** What `verify-pdf` prints, for one stored version: each signature, the QR/attachment match, the stored file's own hash. */
export function SignatureStatus({ documentId, labelId }: { readonly documentId: number; readonly labelId: string }) {
  const check = useChannelQuery('form:verify', { documentId });
  if (check.isPending) return <Loading label={S.verifying} />;
  if (check.isError) return <ErrorNotice error={check.error} />;
  const result = check.data;
  return (
    <section className="signature-status" aria-labelledby={labelId}>
      <h4 id={labelId}>{S.signaturesTitle}</h4>
      {result.signatures.length === 0 ? (
        <p className="muted">{S.unsignedNote}</p>
      ) : (
        <table className="table" aria-labelledby={labelId}>
          <thead>
            <tr>
              <th scope="col">{S.field}</th>
              <th scope="col">{S.signer}</th>
              <th scope="col">{S.signedAt}</th>
              <th scope="col">{S.integrity}</th>
              <th scope="col">{S.coverage}</th>
            </tr>
          </thead>
          <tbody>
            {result.signatures.map((signature, index) => (
              <tr key={`${signature.field ?? 'imza'}-${String(index)}`}>
                <th scope="row">{signature.fieldLabel}</th>
                <td>
                  {signature.signer}
                  <span className="signature-issuer">{S.issuedBy(issuerName(signature.issuer))}</span>
                </td>
                <td>{signature.signedAt === null ? '—' : formatTimestamp(signature.signedAt)}</td>
                <td>
                  <span className={`badge badge-${signature.integrity === 'valid' ? 'ok' : 'bad'}`}>
                    {S.integrityLabels[signature.integrity]}
                  </span>
                </td>
                <td>{signature.coversWholeDocument ? S.coversWhole : S.coversRevision}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ul className="check-list">
        <li className={result.evidenceMatches ? 'check-ok' : 'check-bad'}>{result.evidenceMatches ? S.evidenceOk : S.evidenceBad}</li>
        {result.fileMatchesRecord ? null : <li className="check-bad">{S.fileChanged}</li>}
        {result.signatures.length > 0 ? <li className="muted">{S.trustNotChecked}</li> : null}
      </ul>
      {result.ok && result.signatures.length > 0 ? (
        <p className="verdict verdict-ok" role="status">
          {S.allValid}
        </p>
      ) : null}
      {result.problems.length === 0 ? null : (
        <div role="alert" className="notice notice-error">
          <strong>{S.problems}</strong>
          <ul>
            {result.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
