import { lazy, Suspense } from 'react';
import type { ChannelResponse } from '../../../electron/contract';
import { useChannelQuery } from '../../api/use-contract';
import { formatMonth } from '../../format/dates';
import { ArticleButtons } from '../evaluation/ArticleButton';
import { ErrorNotice } from '../../widgets/ErrorNotice';
import { Loading } from '../../widgets/Loading';
import { SGK_CHART_STRINGS as S } from './strings';

type Series = ChannelResponse<'sgk:get-series'>;
type Month = Series['months'][number];

const SgkChart = lazy(() => import('./SgkChart'));
const count = new Intl.NumberFormat('tr-TR', { maximumFractionDigits: 0 });

function programOf(series: Series): 'ikdp' | 'itkfdp' {
  return series.line.kind === 'ikdp-base' ? 'ikdp' : 'itkfdp';
}

function stateOf(month: Month, program: 'ikdp' | 'itkfdp'): { readonly text: string; readonly tone: string } {
  if (month.role !== 'other') return { text: S.stateBase(program), tone: 'base' };
  if (month.primDays === null) return { text: S.stateMissing, tone: 'missing' };
  if (month.belowLine === null) return { text: S.stateNoLine, tone: 'missing' };
  return month.belowLine ? { text: S.stateBelow, tone: 'below' } : { text: S.stateKept, tone: 'kept' };
}

function Legend({ program, line }: { readonly program: 'ikdp' | 'itkfdp'; readonly line: string }) {
  return (
    <ul className="sgk-legend" aria-hidden="true">
      <li>
        <span className="sgk-swatch sgk-swatch-line" />
        {S.legendLine(line)}
      </li>
      <li>
        <span className="sgk-swatch sgk-swatch-base" />
        {S.legendBase(program)}
      </li>
      <li>
        <span className="sgk-swatch sgk-swatch-kept" />
        {S.legendKept}
      </li>
      <li>
        <span className="sgk-swatch sgk-swatch-below" />
        {S.legendBelow}
      </li>
    </ul>
  );
}

/** SGK chart: the months' prim gün against the rules' line, with the same numbers as a table (issue 14). */
export function SgkSeriesPanel({ applicationId }: { readonly applicationId: number }) {
  const query = useChannelQuery('sgk:get-series', { applicationId });
  if (query.isPending) return <Loading label={S.loading} />;
  if (query.isError) return <ErrorNotice error={query.error} />;
  const series = query.data;
  const program = programOf(series);
  const below = series.months.filter((month) => month.belowLine === true).map((month) => formatMonth(month.month));
  const missing = series.months.filter((month) => month.primDays === null).length;
  const compared = series.months.filter((month) => month.role === 'other').length;
  const summary = S.summary(series.line.label, S.lineMonths(program), compared, below, missing);
  return (
    <section className="panel" aria-labelledby="sgk-chart-title">
      <h2 id="sgk-chart-title">{S.title}</h2>
      <p className="muted">{series.province === null ? S.provinceAll : S.provinceOne(series.province)}</p>
      <div className="sgk-line">
        <strong>{series.line.label}</strong> <ArticleButtons article={series.line.article} program={series.program} />
        <p>{series.line.explanation}</p>
      </div>
      {series.months.length === 0 ? (
        <p className="notice notice-info">{S.noData}</p>
      ) : (
        <>
          <figure className="sgk-figure" aria-labelledby="sgk-chart-summary">
            <div className="sgk-chart" aria-hidden="true">
              <Suspense fallback={<Loading label={S.loading} />}>
                <SgkChart series={series} />
              </Suspense>
            </div>
            <Legend program={program} line={series.line.label} />
            <figcaption id="sgk-chart-summary" className="sgk-summary">
              {summary}
            </figcaption>
          </figure>
          <details className="sgk-table">
            <summary>{S.tableToggle}</summary>
            <table className="table">
              <caption>{S.tableLabel}</caption>
              <thead>
                <tr>
                  <th scope="col">{S.columnMonth}</th>
                  <th scope="col" className="numeric">
                    {S.columnDays}
                  </th>
                  <th scope="col">{S.columnState}</th>
                </tr>
              </thead>
              <tbody>
                {series.months.map((month) => {
                  const state = stateOf(month, program);
                  return (
                    <tr key={month.month}>
                      <th scope="row">{formatMonth(month.month)}</th>
                      <td className="numeric">{month.primDays === null ? '—' : count.format(month.primDays)}</td>
                      <td>
                        <span className={`sgk-state sgk-state-${state.tone}`}>{state.text}</span>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </details>
        </>
      )}
    </section>
  );
}
