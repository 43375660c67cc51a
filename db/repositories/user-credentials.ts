import { eq } from 'drizzle-orm';
import type { KobiDatabase } from '../connection';
import { userCredentials } from '../schema/user-credentials';
import type { WriteContext } from '../write-context';

/** The stored password hash of a user (never the password). */
export function getPasswordHash(db: KobiDatabase, userId: number): string | undefined {
  return db.orm.select({ hash: userCredentials.passwordHash }).from(userCredentials).where(eq(userCredentials.userId, userId)).get()?.hash;
}

/** Sets or replaces a user's password hash. */
export function putPasswordHash(w: WriteContext, userId: number, passwordHash: string): void {
  const existing = w.db.orm.select({ id: userCredentials.id }).from(userCredentials).where(eq(userCredentials.userId, userId)).get();
  if (existing === undefined) w.insert(userCredentials, { userId, passwordHash, changedAt: w.at });
  else w.update(userCredentials, existing.id, { passwordHash, changedAt: w.at });
}
