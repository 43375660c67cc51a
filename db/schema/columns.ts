import { integer, text } from 'drizzle-orm/sqlite-core';

/**
 * Column conventions (STYLE.md "Database"): money as INTEGER minor units
 * (`*_minor`: kuruş or euro cent), calendar dates as ISO `YYYY-MM-DD` text,
 * months as `YYYY-MM`, timestamps as ISO-8601 UTC text, booleans as 0/1,
 * structured values as JSON text. No REAL columns: a binary float never holds
 * money or a rate, and audit images compare exactly.
 */

export function id() {
  return integer('id').primaryKey({ autoIncrement: true });
}

export function isoDate(name: string) {
  return text(name);
}

export function monthKey(name: string) {
  return text(name);
}

export function timestamp(name: string) {
  return text(name);
}

export function flag(name: string) {
  return integer(name, { mode: 'boolean' });
}

export function minorUnits(name: `${string}_minor`) {
  return integer(name);
}

export function jsonText<T>(name: string) {
  return text(name, { mode: 'json' }).$type<T>();
}

/** SQL text of `column IN ('a', 'b')` for a CHECK constraint over a closed value set. */
export function oneOf(values: readonly string[]): string {
  return values.map((value) => `'${value.replaceAll("'", "''")}'`).join(', ');
}
