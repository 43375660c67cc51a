import { createHash } from 'node:crypto';

/** A value as SQLite hands it back for the columns of this schema: text, integer or NULL (no REAL, no BLOB). */
export type StoredValue = string | number | null;
/** A row as stored, keyed by column name (snake_case). */
export type StoredRow = Readonly<Record<string, StoredValue>>;

/** Narrow what better-sqlite3 returned to a `StoredRow`; anything else is a schema bug. */
export function asStoredRow(value: unknown, table: string): StoredRow {
  if (value === null || typeof value !== 'object') throw new Error(`${table}: satır bekleniyordu`);
  for (const [column, cell] of Object.entries(value)) {
    if (cell !== null && typeof cell !== 'string' && !(typeof cell === 'number' && Number.isSafeInteger(cell))) {
      throw new Error(`${table}.${column}: beklenmeyen değer türü (${typeof cell}); şema yalnızca metin ve tam sayı saklar`);
    }
  }
  return value as StoredRow;
}

/**
 * Canonical JSON of a stored row: keys sorted, no whitespace. Two images of
 * the same row are equal exactly when their canonical texts are.
 */
export function canonicalRowJson(row: StoredRow): string {
  const keys = Object.keys(row).sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${JSON.stringify(row[key] ?? null)}`).join(',')}}`;
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
