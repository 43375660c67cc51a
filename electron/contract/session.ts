import { z } from 'zod';
import { channel, USER_ROLES } from './result';
import { empty, recordId } from './values';

export const sessionUser = z.strictObject({
  id: recordId,
  username: z.string(),
  fullName: z.string(),
  role: z.enum(USER_ROLES),
});
export type SessionUser = z.infer<typeof sessionUser>;

const username = z.string().trim().min(1, 'Kullanıcı adı boş olamaz.').max(64);
const password = z.string().min(1, 'Parola boş olamaz.').max(256);
/** A new password: at least 10 characters. */
export const newPassword = z.string().min(10, 'Parola en az 10 karakter olmalı.').max(256);

export const SESSION_CHANNELS = {
  /** Sign in; the session then lives in the transport (HttpOnly cookie, or the Electron window). */
  'session:login': channel({
    request: z.strictObject({ username, password }),
    response: z.strictObject({ user: sessionUser }),
    roles: 'public',
    writes: false,
  }),
  'session:logout': channel({ request: empty, response: empty, roles: 'public', writes: false }),
  /** Who is signed in; `setupRequired` when no user exists yet (first run), `locked` after 15 idle minutes. */
  'session:current': channel({
    request: empty,
    response: z.strictObject({ user: sessionUser.nullable(), locked: z.boolean(), setupRequired: z.boolean() }),
    roles: 'public',
    writes: false,
  }),
  /** Unlock an idle-locked session with the same user's password. */
  'session:unlock': channel({
    request: z.strictObject({ password }),
    response: z.strictObject({ user: sessionUser }),
    roles: 'public',
    writes: false,
  }),
  /** First run only: create the first yönetici and sign in as them. */
  'session:setup': channel({
    request: z.strictObject({ username, fullName: z.string().trim().min(1).max(128), password: newPassword }),
    response: z.strictObject({ user: sessionUser }),
    roles: 'public',
    writes: true,
  }),
  'session:change-password': channel({
    request: z.strictObject({ currentPassword: password, newPassword }),
    response: empty,
    roles: USER_ROLES,
    writes: true,
  }),
} as const;
