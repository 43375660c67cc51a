import { format } from 'date-fns';
import type { DatabaseKey, KobiDatabase } from '../../db/connection';
import type { Actor } from '../../db/write-context';
import type { SessionUser } from '../contract/session';
import type { ImpactScheduler } from './impact-scheduler';
import type { SyncWorker } from './sync-worker';
import { LoginThrottle, SessionStore } from './sessions';

/**
 * What every service is given (STYLE.md: dependencies passed in, so a test
 * builds the services with the real database and a clock of its own).
 */
export type AppContext = {
  readonly db: KobiDatabase;
  readonly sessions: SessionStore;
  readonly throttle: LoginThrottle;
  /** Milliseconds since the epoch: idle lock and throttling. */
  readonly clock: () => number;
  /** Today's local date (`YYYY-MM-DD`): due dates, the day's facts. */
  readonly today: () => string;
  /** Where on-demand backups go and the key they are written with; `null`: `backup:*` answers not-found. */
  readonly backups: BackupSettings | null;
  /** The impact of a rule change run in workers (impact-scheduler.ts); `null`: no worker can open this database (`impact:run` answers not-found). */
  readonly impact: ImpactScheduler | null;
  /** The sync worker when this PC is connected to a headquarters (sync-worker.ts); `null`: `sync:run` answers not-found. */
  readonly sync: SyncWorker | null;
};

export type BackupSettings = { readonly folder: string; readonly key: DatabaseKey };

export function createAppContext(
  db: KobiDatabase,
  options: {
    readonly clock?: () => number;
    readonly today?: () => string;
    readonly backups?: BackupSettings;
    readonly impact?: ImpactScheduler;
    readonly sync?: SyncWorker;
  } = {},
): AppContext {
  const clock = options.clock ?? Date.now;
  return {
    db,
    clock,
    sessions: new SessionStore(clock),
    throttle: new LoginThrottle(db, clock),
    today: options.today ?? (() => format(new Date(clock()), 'yyyy-MM-dd')),
    backups: options.backups ?? null,
    impact: options.impact ?? null,
    sync: options.sync ?? null,
  };
}

/** Where the transport keeps the session id: an HttpOnly cookie in browser mode, the window in Electron. */
export type SessionSlot = { readonly id: string | null; set(id: string | null): void };

/** A call after the dispatcher's checks: the services' own view of who calls. */
export type CallContext = {
  readonly app: AppContext;
  readonly slot: SessionSlot;
  /** `null` only on public channels. */
  readonly user: SessionUser | null;
};

export type SignedInCall = CallContext & { readonly user: SessionUser };

export function actorOf(user: SessionUser): Actor {
  return { kind: 'user', userId: user.id };
}
