import { eq } from 'drizzle-orm';
import type { KobiDatabase } from '../connection';
import { loginThrottle } from '../schema/login-throttle';
import type { WriteContext } from '../write-context';

export type LoginFailures = { readonly failures: number; readonly blockedUntil: string };

/** The failed sign-ins recorded for a user name key (lower-cased), if any. */
export function getLoginFailures(db: KobiDatabase, usernameKey: string): LoginFailures | undefined {
  return db.orm
    .select({ failures: loginThrottle.failures, blockedUntil: loginThrottle.blockedUntil })
    .from(loginThrottle)
    .where(eq(loginThrottle.usernameKey, usernameKey))
    .get();
}

/** Records one more failure: `failures` and `blockedUntil` as the caller computed them. */
export function putLoginFailures(w: WriteContext, usernameKey: string, failures: LoginFailures): void {
  const existing = w.db.orm.select({ id: loginThrottle.id }).from(loginThrottle).where(eq(loginThrottle.usernameKey, usernameKey)).get();
  const values = { failures: failures.failures, blockedUntil: failures.blockedUntil, lastFailureAt: w.at };
  if (existing === undefined) w.insert(loginThrottle, { usernameKey, ...values });
  else w.update(loginThrottle, existing.id, values);
}

/** A successful sign-in clears the name's failures; `false` when there were none (nothing written). */
export function clearLoginFailures(w: WriteContext, usernameKey: string): boolean {
  const existing = w.db.orm.select({ id: loginThrottle.id }).from(loginThrottle).where(eq(loginThrottle.usernameKey, usernameKey)).get();
  if (existing === undefined) return false;
  w.remove(loginThrottle, existing.id);
  return true;
}
