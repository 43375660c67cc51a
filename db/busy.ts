import Database from 'better-sqlite3';

/**
 * A busy database (issue 12 item 3). The app has many writers — the UI, the
 * sync worker, imports, the background integrity check — and a CLI command may
 * run beside it. SQLite lets one write at a time; a connection waits up to its
 * busy timeout (db/connection.ts) and then fails with SQLITE_BUSY. That is
 * not a crash and not a bug: it is this typed error with a Turkish message,
 * which the application services map to their `busy` contract code.
 */

export const BUSY_MESSAGE = 'Başka bir işlem yazıyor, biraz sonra tekrar deneyin.';

/** Whether SQLite refused because another connection holds the lock (SQLITE_BUSY, SQLITE_LOCKED and their extended codes). */
export function isBusyError(error: unknown): boolean {
  return error instanceof Database.SqliteError && (error.code.startsWith('SQLITE_BUSY') || error.code.startsWith('SQLITE_LOCKED'));
}

export class DatabaseBusyError extends Error {
  override readonly name = 'DatabaseBusyError';
  /** The contract code the services answer with. */
  readonly kind = 'busy';
  /** What SQLite said, for the log. */
  readonly detail: string;

  constructor(cause: unknown) {
    super(BUSY_MESSAGE, { cause });
    this.detail = cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause);
  }
}

/** `error` as a `DatabaseBusyError` when SQLite was busy, otherwise unchanged. */
export function asBusyError(error: unknown): unknown {
  return isBusyError(error) ? new DatabaseBusyError(error) : error;
}

/**
 * Run `attempt` and, while SQLite is busy and `attempt` says it did nothing
 * (`safeToRetry`), run it again, up to `retries` more times; every attempt
 * already waited the connection's busy timeout. A busy error that cannot be
 * retried, or the last one, becomes a `DatabaseBusyError`.
 */
export function retryWhileBusy<T>(attempt: () => T, safeToRetry: () => boolean, retries: number): T {
  for (let left = retries; ; left -= 1) {
    try {
      return attempt();
    } catch (error) {
      if (!isBusyError(error)) throw error;
      if (left <= 0 || !safeToRetry()) throw new DatabaseBusyError(error);
    }
  }
}
