import { useState } from 'react';
import { Link } from 'react-aria-components';
import type { ChannelRequest } from '../../../electron/contract';
import { formatTimestamp } from '../../format/dates';
import { Button } from '../../widgets/Button';
import { ErrorNotice } from '../../widgets/ErrorNotice';
import { confirmAction, reportFailure } from '../../widgets/feedback';
import { Loading } from '../../widgets/Loading';
import { PageHeader } from '../../widgets/PageHeader';
import { SelectField } from '../../widgets/SelectField';
import { TextInput } from '../../widgets/TextInput';
import { CONFLICT_STRINGS as S } from './strings';
import { useConflicts, useResolveConflict, type Conflict } from './use-conflicts';
import './conflicts.css';

type Side = Conflict['local'];

function sideState(conflict: Conflict, side: Side): string {
  if (conflict.kind === 'apply') return side === conflict.local ? S.inForce : S.notApplied;
  if (!conflict.open) return side.inForce ? S.wasInForce : S.wasOverridden;
  return side.inForce ? S.inForce : S.overridden;
}

function Sides({ conflict }: { readonly conflict: Conflict }) {
  const sides: readonly (readonly [string, Side])[] = [
    [S.localSide, conflict.local],
    [S.remoteSide, conflict.remote],
  ];
  return (
    <table className="table conflict-sides">
      <caption>{S.sidesCaption}</caption>
      <thead>
        <tr>
          <th scope="col">{S.sideWhere}</th>
          <th scope="col">{S.sideValue}</th>
          <th scope="col">{S.sideBy}</th>
          <th scope="col">{S.sideAt}</th>
          <th scope="col">{S.sideState}</th>
        </tr>
      </thead>
      <tbody>
        {sides.map(([label, side]) => (
          <tr key={label} className={side.inForce ? 'conflict-winner' : ''}>
            <th scope="row">{label}</th>
            <td>
              <strong>{side.shown}</strong>
            </td>
            <td>{side.by ?? S.unknown}</td>
            <td>{side.at === null ? S.unknown : formatTimestamp(side.at)}</td>
            <td>
              <span
                className={`badge ${side.inForce || (conflict.kind === 'apply' && side === conflict.local) ? 'badge-ok' : 'badge-neutral'}`}
              >
                {sideState(conflict, side)}
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

type ResolveRequest = ChannelRequest<'sync:resolve-conflict'>;

function Actions({ conflict }: { readonly conflict: Conflict }) {
  const resolve = useResolveConflict();
  const [note, setNote] = useState('');
  const [transitionNote, setTransitionNote] = useState('');
  const [to, setTo] = useState(conflict.transitions[0]?.to ?? '');
  const send = (request: ResolveRequest) => {
    resolve.mutate(request, {
      onSuccess: (answer) => {
        confirmAction(S.done, answer.conflict.resolution?.actionLabel);
      },
      onError: (error) => {
        reportFailure(S.failed, error.message);
      },
    });
  };
  const pending = resolve.isPending;
  if (conflict.actions.length === 0) return <p className="muted">{S.readOnly}</p>;
  return (
    <div className="conflict-actions">
      <ErrorNotice error={resolve.error} />
      {conflict.actions.includes('keep') ? (
        <Button
          variant="primary"
          isPending={pending && resolve.variables.action === 'keep'}
          onPress={() => {
            send({ id: conflict.id, action: 'keep' });
          }}
        >
          {S.keep}
        </Button>
      ) : null}
      {conflict.actions.includes('apply-other') ? (
        <Button
          isPending={pending && resolve.variables.action === 'apply-other'}
          onPress={() => {
            send({ id: conflict.id, action: 'apply-other' });
          }}
        >
          {S.applyOther}
        </Button>
      ) : null}
      {conflict.actions.includes('acknowledge') ? (
        <div className="conflict-action-group">
          <TextInput label={S.note} description={S.noteHelp} value={note} onChange={setNote} isRequired maxLength={2000} />
          <Button
            variant="primary"
            isDisabled={note.trim().length < 3}
            isPending={pending && resolve.variables.action === 'acknowledge'}
            onPress={() => {
              send({ id: conflict.id, action: 'acknowledge', note: note.trim() });
            }}
          >
            {S.acknowledge}
          </Button>
        </div>
      ) : null}
      {conflict.actions.includes('transition') && conflict.transitions.length > 0 ? (
        <div className="conflict-action-group">
          <SelectField
            label={S.transitionTo}
            value={to}
            options={conflict.transitions.map((transition) => ({ value: transition.to, label: transition.label }))}
            onChange={setTo}
          />
          <TextInput label={S.transitionNote} value={transitionNote} onChange={setTransitionNote} maxLength={2000} />
          <Button
            isDisabled={to === ''}
            isPending={pending && resolve.variables.action === 'transition'}
            onPress={() => {
              send({ id: conflict.id, action: 'transition', to, ...(transitionNote.trim() === '' ? {} : { note: transitionNote.trim() }) });
            }}
          >
            {S.doTransition}
          </Button>
        </div>
      ) : null}
    </div>
  );
}

function Resolution({ resolution }: { readonly resolution: NonNullable<Conflict['resolution']> }) {
  return (
    <div className="notice notice-info">
      <p>
        <strong>{S.resolved(resolution.actionLabel, resolution.resolvedBy, formatTimestamp(resolution.resolvedAt))}</strong>
      </p>
      {resolution.value === null ? null : <p>{S.resolvedValue(resolution.value)}</p>}
      {resolution.toStateLabel === null ? null : <p>{S.resolvedState(resolution.toStateLabel)}</p>}
      {resolution.note === null ? null : <p>{S.resolvedNote(resolution.note)}</p>}
    </div>
  );
}

function ConflictCard({ conflict }: { readonly conflict: Conflict }) {
  const headingId = `conflict-${String(conflict.id)}`;
  return (
    <section className="panel conflict" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {conflict.recordLabel}
        {conflict.fieldLabel === null ? '' : ` — ${S.field}: ${conflict.fieldLabel}`}
      </h2>
      <p className="muted">
        <span className="badge badge-wait">{S.kinds[conflict.kind]}</span> {S.detectedAt(formatTimestamp(conflict.detectedAt))}
        {conflict.applicationId === null ? null : (
          <>
            {' · '}
            <Link href={`/dosyalar/${String(conflict.applicationId)}`} className="link">
              {conflict.unvan ?? S.openCase}
            </Link>
          </>
        )}
      </p>
      {conflict.kind === 'apply' ? <p>{conflict.message}</p> : <Sides conflict={conflict} />}
      <p>{conflict.inForce}</p>
      {conflict.resolution === null ? <Actions conflict={conflict} /> : <Resolution resolution={conflict.resolution} />}
    </section>
  );
}

/** The replication conflicts of this PC (issue 18 item 2): both sides with who and when, which is in force and why, and how to resolve. */
export default function ConflictsView() {
  const [include, setInclude] = useState<'open' | 'all'>('open');
  const listing = useConflicts();
  const shown = listing.data?.conflicts.filter((conflict) => include === 'all' || conflict.open) ?? [];
  return (
    <>
      <PageHeader
        title={S.title}
        subtitle={S.subtitle}
        actions={
          <Link href="/esitleme" className="link">
            {S.back}
          </Link>
        }
      />
      <div className="filters" role="group" aria-label="Süzgeçler">
        <SelectField
          label={S.include}
          value={include}
          options={[
            { value: 'open', label: S.includeOpen },
            { value: 'all', label: S.includeAll },
          ]}
          onChange={setInclude}
        />
      </div>
      {listing.isPending ? <Loading label={S.loading} /> : null}
      <ErrorNotice error={listing.error} />
      {listing.data ? (
        <>
          <p aria-live="polite">{listing.data.summary}</p>
          <div aria-label={S.listLabel} role="list" className="conflict-list">
            {shown.length === 0 ? <p className="empty">{include === 'open' ? S.empty : S.emptyAll}</p> : null}
            {shown.map((conflict) => (
              <div role="listitem" key={conflict.id}>
                <ConflictCard conflict={conflict} />
              </div>
            ))}
          </div>
        </>
      ) : null}
    </>
  );
}
