import { z } from 'zod';
import { RepositoryInputError } from '../../db/repositories/repository-error';
import { getUser } from '../../db/repositories/users';
import { CONTRACT, isChannelName, type ChannelName, type ContractErrorCode, type ContractResult } from '../contract';
import type { AppContext, SessionSlot } from './app-context';
import { sessionUserOf } from './auth-service';
import { HANDLERS, type Handler } from './handlers';
import { ServiceError } from './service-error';

// Validation messages in Turkish (zod's own locale), for every schema of the contract.
z.config(z.locales.tr());

/**
 * The one wrapper every call goes through (issue 13 item 3), whatever the
 * transport (Electron IPC, browser mode HTTP, tests):
 * 1. the channel must exist;
 * 2. the request is parsed strictly by its zod schema (unknown keys refused);
 * 3. unless the channel is public, the session must exist, be unlocked and
 *    belong to an active user whose role the channel allows;
 * 4. the service runs; its answer is checked against the response schema;
 * 5. whatever goes wrong becomes `{ ok: false, error: { code, message } }`
 *    with a Turkish message — never SQL, a path or a stack.
 */

export type DispatchOptions = {
  /** Where unexpected errors go (the log): they never reach the caller. */
  readonly onInternalError?: (channel: string, error: unknown) => void;
};

function failure(code: ContractErrorCode, message: string): ContractResult<never> {
  return { ok: false, error: { code, message } };
}

function issuesText(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => (issue.path.length === 0 ? issue.message : `${issue.path.join('.')}: ${issue.message}`))
    .join('; ');
}

function isBusy(error: unknown): boolean {
  return error instanceof Error && 'code' in error && (error.code === 'SQLITE_BUSY' || error.code === 'SQLITE_LOCKED');
}

function toFailure(channel: string, error: unknown, options: DispatchOptions): ContractResult<never> {
  if (error instanceof ServiceError) return failure(error.code, error.message);
  if (isBusy(error)) return failure('busy', 'Veritabanı şu anda başka bir işlemle meşgul; birkaç saniye sonra yeniden deneyin.');
  if (error instanceof RepositoryInputError) return failure('invalid-input', error.message);
  options.onInternalError?.(channel, error);
  return failure('internal', 'Beklenmeyen bir hata oluştu; işlem yapılmadı. Sorun sürerse destek birimine bildirin.');
}

export async function dispatch(
  app: AppContext,
  slot: SessionSlot,
  channel: string,
  payload: unknown,
  options: DispatchOptions = {},
): Promise<ContractResult<unknown>> {
  if (!isChannelName(channel)) return failure('not-found', 'Böyle bir işlem yok.');
  const definition = CONTRACT[channel];
  const parsed = definition.request.safeParse(payload);
  if (!parsed.success) return failure('invalid-input', `Geçersiz istek: ${issuesText(parsed.error)}`);
  try {
    let user = null;
    if (definition.roles !== 'public') {
      const session = app.sessions.get(slot.id, true);
      if (session === undefined) return failure('unauthorized', 'Oturum açık değil; giriş yapın.');
      if (session.locked) return failure('locked', 'Oturum 15 dakika işlem yapılmadığı için kilitlendi; parolanızla açın.');
      const stored = getUser(app.db, session.userId);
      if (stored === undefined || !stored.active) {
        app.sessions.remove(session.id);
        return failure('unauthorized', 'Hesap artık etkin değil; yeniden giriş yapın.');
      }
      if (!definition.roles.includes(stored.role)) return failure('forbidden', 'Bu işlem için yetkiniz yok.');
      user = sessionUserOf(stored);
    }
    const handler = HANDLERS[channel] as Handler<ChannelName>;
    const value: unknown = await handler({ app, slot, user }, parsed.data);
    const checked = definition.response.safeParse(value);
    if (!checked.success) throw new Error(`${channel}: answer does not match the contract: ${issuesText(checked.error)}`);
    return { ok: true, value: checked.data };
  } catch (error) {
    return toFailure(channel, error, options);
  }
}
