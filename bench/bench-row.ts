/** One row of `npm run bench`: a measured figure, its target, and a ratio where a comparison applies. */
export type BenchRow = {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly target?: string;
  /** Whether the figure meets its target; absent when the row has no target. */
  readonly meetsTarget?: boolean;
  readonly ratio?: number;
  readonly ratioLabel?: string;
};

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

export function percentile(values: readonly number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? 0;
}

function cell(value: number): string {
  if (value >= 1000) return Math.round(value).toLocaleString('tr-TR');
  return value.toLocaleString('tr-TR', { maximumFractionDigits: 3 });
}

/** A fixed-width table, readable in a terminal and in CI logs. */
export function formatTable(rows: readonly BenchRow[]): string {
  const header = ['ölçüm', 'değer', 'birim', 'hedef', 'sonuç', 'oran'];
  const body = rows.map((row) => [
    row.name,
    cell(row.value),
    row.unit,
    row.target ?? '',
    row.meetsTarget === undefined ? '' : row.meetsTarget ? 'tamam' : 'HEDEF ALTINDA',
    row.ratio === undefined ? '' : `${row.ratio.toFixed(2)}× ${row.ratioLabel ?? ''}`.trim(),
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...body.map((line) => (line[column] ?? '').length)));
  const render = (line: readonly string[]): string =>
    line
      .map((text, column) => text.padEnd(widths[column] ?? 0))
      .join('  ')
      .trimEnd();
  return [render(header), render(widths.map((width) => '-'.repeat(width))), ...body.map(render)].join('\n');
}
