import type Database from 'better-sqlite3';
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import type * as schema from './schema';

/**
 * The types of an open case-file database, in a module of types only
 * (issue 12 item 5): repositories, the write context and migrations import
 * them from here, so none of them imports db/connection.ts, which opens the
 * file and runs the migrations and the hooks after them. db/connection.ts
 * re-exports them under the same names.
 */

export type Orm = BetterSQLite3Database<typeof schema>;

export type KobiDatabase = {
  readonly path: string;
  /** The better-sqlite3 connection, for the few places that need SQLite itself (migrations, backups, FTS5, benchmarks). */
  readonly sqlite: Database.Database;
  /** drizzle over the same connection: reads in the repositories. Writes go through `withWrite` only. */
  readonly orm: Orm;
  /** The clock of audit entries and timestamps: ISO-8601 UTC. Injected so tests are deterministic. */
  readonly now: () => string;
};

/**
 * A database key. 64 hex digits are used as a raw 256-bit key (SQLCipher's
 * `x'…'` form, no key derivation): that is what the app generates and keeps
 * in the OS keystore. Anything else is a passphrase, stretched by SQLCipher's
 * PBKDF2-HMAC-SHA512 (256,000 iterations, about 0.1 s per open).
 */
export type DatabaseKey = { readonly kind: 'raw'; readonly hex: string } | { readonly kind: 'passphrase'; readonly passphrase: string };
