import { isContractFailure } from '../api/contract-failure';
import { ERROR_TITLES } from '../api/error-messages';

/** A failed call in plain Turkish: what went wrong (the service's message) and what to do next. */
export function ErrorNotice({ error }: { readonly error: unknown }) {
  if (error === null || error === undefined) return null;
  if (!isContractFailure(error)) {
    return (
      <div role="alert" className="notice notice-error">
        <strong>Beklenmeyen hata</strong>
        <p>Ekran bir hatayla karşılaştı. Sayfayı yenileyin; sürerse yöneticiye bildirin.</p>
      </div>
    );
  }
  return (
    <div role="alert" className="notice notice-error">
      <strong>{ERROR_TITLES[error.code]}</strong>
      <p>{error.detail}</p>
      {error.detail === error.guidance ? null : <p className="notice-guidance">{error.guidance}</p>}
    </div>
  );
}
