/**
 * The bounds on every file a person hands to the app (issue 12 item 2). A
 * file beyond them is refused with a Turkish message before it can exhaust
 * memory or the stack; nothing is written. The README's database section
 * lists them; each is far above what a real file of its kind reaches.
 */
export const INPUT_LIMITS = {
  /** An SGK service list (CSV or XLSX) as stored on disk. A 100,000-row list is about 8 MB as CSV, 4 MB as XLSX. */
  maxImportFileBytes: 50 * 1024 * 1024,
  /** The sum of an XLSX file's unpacked parts (a 100,000-row sheet unpacks to about 40 MB). */
  maxXlsxUnpackedBytes: 256 * 1024 * 1024,
  /** Parts of an XLSX file (a workbook has a dozen or so, plus a few per sheet). */
  maxXlsxEntries: 10_000,
  /** Data rows of one service list. */
  maxImportRows: 250_000,
  /** Columns read from a row of a service list (the list has 13). */
  maxImportColumns: 256,
  /** A TCMB bulletin (about 15 KB). */
  maxXmlBytes: 5 * 1024 * 1024,
  /** Nesting of XML elements (a bulletin has 3 levels, an XLSX part fewer than 10). */
  maxXmlDepth: 64,
  /** A scenario file for `scenarios` and `explain` (the largest shared scenario is a few KB). */
  maxScenarioBytes: 2 * 1024 * 1024,
  /** Row errors the CLI names one by one; the rest are counted. */
  maxPrintedRowErrors: 20,
} as const;

/** `4,0 MB`, `512 KB`: sizes as a person reads them. */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.ceil(bytes / 1024).toLocaleString('tr-TR')} KB`;
  return `${(bytes / (1024 * 1024)).toLocaleString('tr-TR', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} MB`;
}

/** The first `max` lines as they are, then one line counting the rest. */
export function capLines(lines: readonly string[], max: number = INPUT_LIMITS.maxPrintedRowErrors): string[] {
  if (lines.length <= max) return [...lines];
  return [...lines.slice(0, max), `… ve ${(lines.length - max).toLocaleString('tr-TR')} hata daha (ilk ${max} hata gösterildi).`];
}
