import {
  Bar,
  CartesianGrid,
  ComposedChart,
  LabelList,
  Rectangle,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type BarShapeProps,
} from 'recharts';
import type { ChannelResponse } from '../../../electron/contract';
import { shortMonth } from './month-labels';
import { SGK_CHART_STRINGS as S } from './strings';

type Series = ChannelResponse<'sgk:get-series'>;

export const SGK_COLOURS = { base: '#3559c7', kept: '#2e7d4f', below: '#c62828', line: '#17223a' } as const;

const count = new Intl.NumberFormat('tr-TR', { maximumFractionDigits: 0 });

function fillOf(month: Series['months'][number]): string {
  if (month.role !== 'other') return SGK_COLOURS.base;
  return month.belowLine === true ? 'url(#sgk-below)' : SGK_COLOURS.kept;
}

/**
 * The bars and the line (recharts, loaded only with this tab). Hidden from assistive technology: the figure around
 * it carries the summary as its name, and the same numbers are in the table below it.
 */
export default function SgkChart({ series }: { readonly series: Series }) {
  const data = series.months.map((month) => ({
    label: shortMonth(month.month),
    primDays: month.primDays,
    marker: month.belowLine === true ? '▼' : '',
    month,
  }));
  return (
    <ResponsiveContainer width="100%" height={320}>
      <ComposedChart data={data} margin={{ top: 28, right: 24, bottom: 8, left: 8 }} accessibilityLayer={false}>
        <defs>
          <pattern id="sgk-below" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
            <rect width="6" height="6" fill={SGK_COLOURS.below} />
            <line x1="0" y1="0" x2="0" y2="6" stroke="#fff" strokeWidth="2" strokeOpacity="0.45" />
          </pattern>
        </defs>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" tick={{ fontSize: 12 }} interval="preserveStartEnd" />
        <YAxis allowDecimals={false} tickFormatter={(value: number) => count.format(value)} width={56} tick={{ fontSize: 12 }} />
        <Tooltip
          formatter={(value) => [typeof value === 'number' ? count.format(value) : S.stateMissing, S.primDays]}
          isAnimationActive={false}
        />
        <Bar
          dataKey="primDays"
          name={S.primDays}
          isAnimationActive={false}
          maxBarSize={44}
          shape={(props: BarShapeProps) => {
            const entry = data[props.index];
            return <Rectangle {...props} fill={entry === undefined ? SGK_COLOURS.kept : fillOf(entry.month)} />;
          }}
        >
          <LabelList dataKey="marker" position="top" fill={SGK_COLOURS.below} fontSize={13} />
        </Bar>
        {series.line.monthly === null ? null : (
          <ReferenceLine
            y={series.line.monthly}
            stroke={SGK_COLOURS.line}
            strokeWidth={2}
            strokeDasharray="6 4"
            ifOverflow="extendDomain"
          />
        )}
      </ComposedChart>
    </ResponsiveContainer>
  );
}
