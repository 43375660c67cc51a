/**
 * A problem with one cell of an imported file, as the user sees the file:
 * `row` counts from 1 with the header row included (the line number in a
 * text editor, the row number in Excel), `column` is the header as written in
 * the file, `reason` is Turkish.
 */
export type ImportRowError = { readonly row: number; readonly column: string; readonly reason: string };

/** `satır 3, sütun "S.G. No": …` — the form the CLI and the UI print. */
export function formatRowError(error: ImportRowError): string {
  return `satır ${error.row}, sütun "${error.column}": ${error.reason}`;
}
