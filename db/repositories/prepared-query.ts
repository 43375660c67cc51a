import type Database from 'better-sqlite3';
import type { KobiDatabase, Orm } from '../connection';

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
 * The cache is keyed by the better-sqlite3 connection (a WeakMap: it goes
 * away with the connection) and, inside it, by the builder function itself.
 */

type Builder<T> = (orm: Orm) => T;

const caches = new WeakMap<Database.Database, Map<Builder<unknown>, unknown>>();

export function preparedQuery<T>(db: KobiDatabase, build: Builder<T>): T {
  let cache = caches.get(db.sqlite);
  if (cache === undefined) {
    cache = new Map();
    caches.set(db.sqlite, cache);
  }
  if (cache.has(build)) return cache.get(build) as T;
  const query = build(db.orm);
  cache.set(build, query);
  return query;
}
