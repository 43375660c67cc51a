import { z } from 'zod';

/**
 * The answer of every channel (app-conventions.md): a value, or a stable error
 * code with a Turkish message. No SQL, path, stack or raw error ever crosses.
 */
export const CONTRACT_ERROR_CODES = [
  'unauthorized',
  'forbidden',
  'invalid-input',
  'not-found',
  'conflict',
  'four-eyes',
  'busy',
  'locked',
  'internal',
] as const;
export type ContractErrorCode = (typeof CONTRACT_ERROR_CODES)[number];

export type ContractError = { readonly code: ContractErrorCode; readonly message: string };

export type ContractResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ContractError };

export const contractError = z.strictObject({ code: z.enum(CONTRACT_ERROR_CODES), message: z.string() });

/** The roles of the müdürlük (db USER_ROLES; test/electron/contract checks they agree). */
export const USER_ROLES = ['sorumlu_personel', 'mudur', 'izleyici', 'yonetici'] as const;
export type UserRole = (typeof USER_ROLES)[number];
export const ALL_ROLES: readonly UserRole[] = USER_ROLES;

export const ROLE_LABELS: Readonly<Record<UserRole, string>> = {
  sorumlu_personel: 'Sorumlu personel (KOBİ uzmanı)',
  mudur: 'Müdür',
  izleyici: 'İzleyici',
  yonetici: 'Yönetici',
};

/**
 * A channel: its request and response schemas and who may call it.
 * `public`: no session needed (login, first-run setup, the session's own state).
 */
export type ChannelDefinition<Request extends z.ZodType = z.ZodType, Response extends z.ZodType = z.ZodType> = {
  readonly request: Request;
  readonly response: Response;
  readonly roles: 'public' | readonly UserRole[];
  /** Whether the channel writes (the fuzz test and the read-only izleyici screens rely on it). */
  readonly writes: boolean;
};

export function channel<Request extends z.ZodType, Response extends z.ZodType>(
  definition: ChannelDefinition<Request, Response>,
): ChannelDefinition<Request, Response> {
  return definition;
}
