import type { ContractError, ContractErrorCode } from '../../electron/contract';
import { errorGuidance } from './error-messages';

/** A channel's typed error, thrown by the query hooks so screens can show it (and the session gate can react). */
export class ContractFailure extends Error {
  readonly code: ContractErrorCode;
  /** The service's Turkish message (what went wrong). */
  readonly detail: string;

  constructor(error: ContractError) {
    super(error.message);
    this.name = 'ContractFailure';
    this.code = error.code;
    this.detail = error.message;
  }

  /** What the user should do next, in plain Turkish. */
  get guidance(): string {
    return errorGuidance(this.code);
  }
}

export function isContractFailure(error: unknown): error is ContractFailure {
  return error instanceof ContractFailure;
}
