import type Database from 'better-sqlite3';

/**
 * The one per-connection cache of prepared statements and queries (issue 12
 * item 5). Preparing a statement or building a drizzle query costs tens of
 * microseconds, more than running it on an index, and the write context, the
 * repositories' hot reads, search and the inbox run the same few statements
 * thousands of times. Each connection has its own cache (a WeakMap: it goes
 * away with the connection), keyed by the SQL text or by the function that
 * builds the value.
 */

const caches = new WeakMap<Database.Database, Map<unknown, unknown>>();

function cacheOf(sqlite: Database.Database): Map<unknown, unknown> {
  let cache = caches.get(sqlite);
  if (cache === undefined) {
    cache = new Map();
    caches.set(sqlite, cache);
  }
  return cache;
}

/** What `build` makes for this connection, made once per connection and `key` (use the builder function itself, or a module-level object). */
export function perConnection<T>(sqlite: Database.Database, key: object, build: () => T): T {
  const cache = cacheOf(sqlite);
  if (cache.has(key)) return cache.get(key) as T;
  const value = build();
  cache.set(key, value);
  return value;
}

/** The statement of `source`, prepared once per connection. */
export function cachedStatement<Parameters extends unknown[] = unknown[], Row = unknown>(
  sqlite: Database.Database,
  source: string,
): Database.Statement<Parameters, Row> {
  const cache = cacheOf(sqlite);
  const found = cache.get(source);
  if (found !== undefined) return found as Database.Statement<Parameters, Row>;
  const statement = sqlite.prepare<Parameters, Row>(source);
  cache.set(source, statement);
  return statement;
}
