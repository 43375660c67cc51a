import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { FinansmanEvaluationDto } from '../../../electron/contract/finansman';
import { formatDate } from '../../format/dates';
import { formatMoney } from '../../format/money';
import { FINANSMAN_STRINGS as S } from './strings';

type Row = FinansmanEvaluationDto['schedule']['rows'][number];

/** Whole liras on the axis ("80.000 ₺"): the compact Turkish form ("80 B ₺") reads badly next to the table. */
const axis = new Intl.NumberFormat('tr-TR', { maximumFractionDigits: 0 });

/**
 * Interest vs support per instalment (recharts). The bars are drawn from the decimal strings turned into numbers: a
 * picture only; every figure a person reads (tooltip, table) is formatted from the exact strings.
 */
export default function SupportChart({ rows }: { readonly rows: readonly Row[] }) {
  const data = rows.map((row) => ({
    label: String(row.number),
    dueOn: row.dueOn,
    interest: Number(row.interestTRY),
    support: Number(row.supportTRY),
    interestText: formatMoney(row.interestTRY, 'TRY'),
    supportText: formatMoney(row.supportTRY, 'TRY'),
  }));
  return (
    <figure className="support-chart" aria-labelledby="support-chart-title">
      <figcaption id="support-chart-title">
        <strong>{S.chartTitle}</strong> <span className="muted">{S.chartDescription(rows.length)}</span>
      </figcaption>
      <div className="support-chart-area" aria-hidden="true">
        <ResponsiveContainer width="100%" height={280}>
          <BarChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 16 }} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" tickLine={false} />
            <YAxis tickFormatter={(value: number) => `${axis.format(value)} ₺`} width={96} />
            <Tooltip
              formatter={(_value, name, item) => {
                const point = item.payload as (typeof data)[number];
                return [name === S.interest ? point.interestText : point.supportText, name];
              }}
              labelFormatter={(_label, payload) => {
                const point = payload[0]?.payload as (typeof data)[number] | undefined;
                return point === undefined ? '' : `${S.number} ${point.label} · ${formatDate(point.dueOn)}`;
              }}
            />
            <Legend />
            <Bar dataKey="interest" name={S.interest} fill="#8a94a6" isAnimationActive={false} />
            <Bar dataKey="support" name={S.support} fill="#1f5fbf" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
