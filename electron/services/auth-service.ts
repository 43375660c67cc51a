import { createUser, findUserByUsername, getUser, listUsers, type User } from '../../db/repositories/users';
import { getPasswordHash, putPasswordHash } from '../../db/repositories/user-credentials';
import { withWrite } from '../../db/write-context';
import type { SessionUser } from '../contract/session';
import { actorOf, type AppContext, type CallContext, type SignedInCall } from './app-context';
import { hashPassword, verifyPassword } from './passwords';
import { ServiceError } from './service-error';

/**
 * Sign-in, the idle lock and the first run (issue 13 item 2). A wrong user
 * name and a wrong password get the same answer, and both count towards the
 * throttle of that user name.
 */

export function sessionUserOf(user: User): SessionUser {
  return { id: user.id, username: user.username, fullName: user.fullName, role: user.role };
}

const WRONG_CREDENTIALS = 'Kullanıcı adı ya da parola yanlış.';

function throttled(app: AppContext, username: string): void {
  const wait = app.throttle.waitFor(username);
  if (wait > 0) {
    throw new ServiceError('unauthorized', `Çok sayıda hatalı giriş denemesi: ${Math.ceil(wait / 1000)} saniye sonra yeniden deneyin.`);
  }
}

async function checkPassword(app: AppContext, user: User | undefined, username: string, password: string): Promise<User> {
  const stored = user === undefined ? undefined : getPasswordHash(app.db, user.id);
  const matches = stored !== undefined && (await verifyPassword(password, stored));
  if (user === undefined || !matches || !user.active) {
    app.throttle.failed(username);
    throw new ServiceError('unauthorized', user !== undefined && matches && !user.active ? 'Bu hesap devre dışı.' : WRONG_CREDENTIALS);
  }
  app.throttle.succeeded(username);
  return user;
}

export async function login(call: CallContext, request: { username: string; password: string }): Promise<{ user: SessionUser }> {
  const { app } = call;
  throttled(app, request.username);
  const user = await checkPassword(app, findUserByUsername(app.db, request.username), request.username, request.password);
  app.sessions.remove(call.slot.id);
  call.slot.set(app.sessions.create(user.id).id);
  return { user: sessionUserOf(user) };
}

export function logout(call: CallContext): Record<string, never> {
  call.app.sessions.remove(call.slot.id);
  call.slot.set(null);
  return {};
}

export function setupRequired(app: AppContext): boolean {
  return listUsers(app.db).length === 0;
}

export function current(call: CallContext): { user: SessionUser | null; locked: boolean; setupRequired: boolean } {
  const session = call.app.sessions.get(call.slot.id, false);
  const user = session === undefined ? undefined : getUser(call.app.db, session.userId);
  return {
    user: user === undefined || !user.active ? null : sessionUserOf(user),
    locked: session?.locked ?? false,
    setupRequired: setupRequired(call.app),
  };
}

export async function unlock(call: CallContext, request: { password: string }): Promise<{ user: SessionUser }> {
  const { app } = call;
  const session = app.sessions.get(call.slot.id, false);
  const stored = session === undefined ? undefined : getUser(app.db, session.userId);
  if (session === undefined || stored === undefined) throw new ServiceError('unauthorized', 'Oturum yok; yeniden giriş yapın.');
  throttled(app, stored.username);
  const user = await checkPassword(app, stored, stored.username, request.password);
  app.sessions.unlock(session);
  return { user: sessionUserOf(user) };
}

/** First run: the first yönetici, only while there is no user at all. */
export async function setup(
  call: CallContext,
  request: { username: string; fullName: string; password: string },
): Promise<{ user: SessionUser }> {
  const { app } = call;
  if (!setupRequired(app)) throw new ServiceError('conflict', 'İlk kurulum zaten yapılmış; hesapları yönetici açar.');
  const passwordHash = await hashPassword(request.password);
  const user = withWrite(app.db, { kind: 'system', name: 'ilk-kurulum' }, (w) => {
    if (listUsers(w.db).length > 0) throw new ServiceError('conflict', 'İlk kurulum zaten yapılmış; hesapları yönetici açar.');
    const created = createUser(w, { username: request.username, fullName: request.fullName, role: 'yonetici' });
    putPasswordHash(w, created.id, passwordHash);
    return created;
  });
  call.slot.set(app.sessions.create(user.id).id);
  return { user: sessionUserOf(user) };
}

export async function changePassword(
  call: SignedInCall,
  request: { currentPassword: string; newPassword: string },
): Promise<Record<string, never>> {
  const stored = getUser(call.app.db, call.user.id);
  if (stored === undefined) throw new ServiceError('unauthorized', 'Oturum yok; yeniden giriş yapın.');
  throttled(call.app, stored.username);
  await checkPassword(call.app, stored, stored.username, request.currentPassword);
  const passwordHash = await hashPassword(request.newPassword);
  withWrite(call.app.db, actorOf(call.user), (w) => {
    putPasswordHash(w, stored.id, passwordHash);
  });
  return {};
}
