import type { KobiDatabase, Orm } from '../database-types';
import { perConnection } from '../statement-cache';

/**
 * Per-connection cache of the repositories' prepared reads (issue 3 item 11).
 *
 * Building a drizzle query and preparing its SQL costs tens of microseconds,
 * more than running it on an index: `loadCase` and the imports run the same
 * few statements hundreds of times. A repository therefore writes each of its
 * hot reads as a module-level builder returning drizzle's `.prepare()` with
 * `sql.placeholder(…)` parameters; `preparedQuery(db, builder)` builds it once
 * per connection and hands back the same prepared query afterwards. Results
 * are mapped by drizzle exactly as the unprepared query would map them.
 * The cache is db/statement-cache.ts, keyed by the builder function itself.
 */

type Builder<T> = (orm: Orm) => T;

export function preparedQuery<T>(db: KobiDatabase, build: Builder<T>): T {
  return perConnection(db.sqlite, build, () => build(db.orm));
}
