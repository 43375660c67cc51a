import type { ContractErrorCode } from '../contract/result';

/**
 * An expected refusal of a service (wrong role, illegal transition, four-eyes,
 * invalid data…), with its contract code and a Turkish message. Services throw
 * it from inside their work so a refusal inside a write transaction rolls the
 * whole transaction back; the dispatcher turns it into `{ ok: false, error }`.
 */
export class ServiceError extends Error {
  override readonly name = 'ServiceError';
  readonly code: ContractErrorCode;

  constructor(code: ContractErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}

export function notFound(what: string): ServiceError {
  return new ServiceError('not-found', `${what} bulunamadı.`);
}
