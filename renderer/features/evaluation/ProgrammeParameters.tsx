import type { ChannelResponse } from '../../../electron/contract';
import { formatDate } from '../../format/dates';
import { ProvisionalBadge } from './ProvisionalBadge';
import { EVALUATION_STRINGS as S } from './strings';

export type ProgrammeParametersData = ChannelResponse<'programme:get-parameters'>;
type Line = ProgrammeParametersData['lines'][number];

function Status({ line }: { readonly line: Line }) {
  if (line.value === null) return <span className="badge badge-wait">{S.notAnnounced}</span>;
  if (line.provisional)
    return (
      <ProvisionalBadge
        explanation={S.provisionalTip(line.label, line.act ?? '—', line.lastConfirmed === null ? null : formatDate(line.lastConfirmed))}
      />
    );
  return <span className="badge badge-neutral">{S.fromRegulation}</span>;
}

function ParametersTable({ data }: { readonly data: ProgrammeParametersData }) {
  return (
    <table className="table parameters-table">
      <caption>{S.parametersLabel}</caption>
      <thead>
        <tr>
          <th scope="col">{S.columnParameter}</th>
          <th scope="col">{S.columnValue}</th>
          <th scope="col">{S.columnStatus}</th>
          <th scope="col">{S.columnSource}</th>
          <th scope="col">{S.columnConfirmed}</th>
        </tr>
      </thead>
      <tbody>
        {data.lines.map((line) => (
          <tr key={line.key} className={line.value === null ? 'parameter-gap' : undefined}>
            <th scope="row">{line.label}</th>
            <td>{line.value ?? S.notAnnouncedValue}</td>
            <td>
              <Status line={line} />
            </td>
            <td className="cell-source">
              {line.article ?? '—'}
              {line.act === null ? null : <span className="muted cell-note">{line.act}</span>}
            </td>
            <td>{line.lastConfirmed === null ? '—' : formatDate(line.lastConfirmed)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * The edition's values behind the decision: shown open when they are provisional (IKDP-2026), with the gaps that are
 * announced but not yet published; folded away when they come from the regulation's text.
 */
export function ProgrammeParameters({ data }: { readonly data: ProgrammeParametersData }) {
  if (data.lines.length === 0) return null;
  if (!data.provisional) {
    return (
      <details className="parameters">
        <summary>{S.parametersShow}</summary>
        <p className="muted">{S.parametersIntro(formatDate(data.asOf))}</p>
        <ParametersTable data={data} />
      </details>
    );
  }
  return (
    <section className="parameters" aria-labelledby="parameters-title">
      <h3 id="parameters-title">{S.parametersTitle}</h3>
      <p className="notice notice-warning">{S.parametersProvisional}</p>
      <p className="muted">{S.parametersIntro(formatDate(data.asOf))}</p>
      <ParametersTable data={data} />
    </section>
  );
}
