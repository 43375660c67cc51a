import { randomBytes } from 'node:crypto';
import type { KobiDatabase } from '../../db/connection';
import { clearLoginFailures, getLoginFailures, putLoginFailures } from '../../db/repositories/login-throttle';
import { withWrite } from '../../db/write-context';

/**
 * Signed-in sessions, in memory in the main process only (issue 13 item 2). A
 * session is locked after 15 idle minutes: a locked session answers `locked`
 * until its user unlocks it with the password.
 *
 * Deliberately not persisted: a restart signs everyone out. A desktop app
 * restarts rarely, and signing in again costs a user a few seconds, while a
 * session token kept on disk could be lifted from a copy of the file or a
 * backup and replayed; the idle lock needs nothing on disk either, since a
 * restarted app has no session left to unlock. What must survive a restart
 * is the failed-login throttle (below), kept in the database.
 */
export const IDLE_LOCK_MS = 15 * 60 * 1000;

export type Session = { readonly id: string; readonly userId: number; lastSeen: number; locked: boolean };

export class SessionStore {
  private readonly sessions = new Map<string, Session>();
  private readonly clock: () => number;

  constructor(clock: () => number = Date.now) {
    this.clock = clock;
  }

  create(userId: number): Session {
    const session: Session = { id: randomBytes(32).toString('base64url'), userId, lastSeen: this.clock(), locked: false };
    this.sessions.set(session.id, session);
    return session;
  }

  /** The session with its idle lock applied; `touch` counts this call as activity. */
  get(id: string | null, touch: boolean): Session | undefined {
    if (id === null) return undefined;
    const session = this.sessions.get(id);
    if (session === undefined) return undefined;
    const now = this.clock();
    if (now - session.lastSeen >= IDLE_LOCK_MS) session.locked = true;
    if (touch && !session.locked) session.lastSeen = now;
    return session;
  }

  unlock(session: Session): void {
    session.locked = false;
    session.lastSeen = this.clock();
  }

  remove(id: string | null): void {
    if (id !== null) this.sessions.delete(id);
  }

  /** Signs a user out everywhere (deactivated, password changed by the yönetici). */
  removeUser(userId: number): void {
    for (const [id, session] of this.sessions) if (session.userId === userId) this.sessions.delete(id);
  }
}

/**
 * Failed-login throttling: after 5 failures for a user name, each further
 * attempt waits 30 s, doubling up to 15 minutes; a success clears it. Kept in
 * the database (`login_throttle`, audited, local), so restarting the main
 * process does not give an attacker a fresh set of attempts.
 */
export const FREE_ATTEMPTS = 5;
const FIRST_WAIT_MS = 30_000;
const MAX_WAIT_MS = 15 * 60 * 1000;
const THROTTLE_ACTOR = { kind: 'system', name: 'giris-denetimi' } as const;

export class LoginThrottle {
  private readonly db: KobiDatabase;
  private readonly clock: () => number;

  constructor(db: KobiDatabase, clock: () => number = Date.now) {
    this.db = db;
    this.clock = clock;
  }

  /** Milliseconds to wait before the next attempt for this user name (0: go ahead). */
  waitFor(username: string): number {
    const entry = getLoginFailures(this.db, username.toLowerCase());
    if (entry === undefined) return 0;
    return Math.max(0, Date.parse(entry.blockedUntil) - this.clock());
  }

  failed(username: string): void {
    const key = username.toLowerCase();
    withWrite(this.db, THROTTLE_ACTOR, (w) => {
      const failures = (getLoginFailures(w.db, key)?.failures ?? 0) + 1;
      const wait = failures < FREE_ATTEMPTS ? 0 : Math.min(MAX_WAIT_MS, FIRST_WAIT_MS * 2 ** (failures - FREE_ATTEMPTS));
      putLoginFailures(w, key, { failures, blockedUntil: new Date(this.clock() + wait).toISOString() });
    });
  }

  succeeded(username: string): void {
    const key = username.toLowerCase();
    // Most sign-ins follow no failure: read first, so they open no write transaction.
    if (getLoginFailures(this.db, key) === undefined) return;
    withWrite(this.db, THROTTLE_ACTOR, (w) => clearLoginFailures(w, key));
  }
}
