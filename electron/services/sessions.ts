import { randomBytes } from 'node:crypto';

/**
 * Signed-in sessions, in memory in the main process (a restart signs everyone
 * out). A session is locked after 15 idle minutes (issue 13 item 2): a locked
 * session answers `locked` until its user unlocks it with the password.
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
 * attempt waits 30 s, doubling up to 15 minutes; a success clears it.
 */
export const FREE_ATTEMPTS = 5;
const FIRST_WAIT_MS = 30_000;
const MAX_WAIT_MS = 15 * 60 * 1000;

export class LoginThrottle {
  private readonly failures = new Map<string, { count: number; until: number }>();
  private readonly clock: () => number;

  constructor(clock: () => number = Date.now) {
    this.clock = clock;
  }

  /** Milliseconds to wait before the next attempt for this user name (0: go ahead). */
  waitFor(username: string): number {
    const entry = this.failures.get(username.toLowerCase());
    if (entry === undefined) return 0;
    return Math.max(0, entry.until - this.clock());
  }

  failed(username: string): void {
    const key = username.toLowerCase();
    const count = (this.failures.get(key)?.count ?? 0) + 1;
    const wait = count < FREE_ATTEMPTS ? 0 : Math.min(MAX_WAIT_MS, FIRST_WAIT_MS * 2 ** (count - FREE_ATTEMPTS));
    this.failures.set(key, { count, until: this.clock() + wait });
  }

  succeeded(username: string): void {
    this.failures.delete(username.toLowerCase());
  }
}
