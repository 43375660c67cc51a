import { useState } from 'react';
import { Cell, Column, Label, Link, ProgressBar, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import { useCurrentUser } from '../../app/session';
import { formatDate, formatTimestamp } from '../../format/dates';
import { formatMoney } from '../../format/money';
import { Button } from '../../widgets/Button';
import { ErrorNotice } from '../../widgets/ErrorNotice';
import { confirmAction, reportFailure } from '../../widgets/feedback';
import { Loading } from '../../widgets/Loading';
import { PageHeader } from '../../widgets/PageHeader';
import { SelectField } from '../../widgets/SelectField';
import { IMPACT_STRINGS as S } from './strings';
import { useAcknowledge, useImpactList, useRunImpact, type ImpactItem, type ImpactListing } from './use-impact';

type Side = ImpactItem['before'];

function sideText(item: ImpactItem, side: Side): string {
  const verdict =
    item.subject === 'eligibility' ? (side.approved ? S.approved : S.notApproved) : side.approved ? S.paymentApproved : S.paymentRejected;
  return side.amount === null || side.currency === null ? verdict : `${verdict}, ${formatMoney(side.amount, side.currency)}`;
}

function Progress({ progress }: { readonly progress: ImpactListing['progress'] }) {
  if (!progress.running)
    return progress.lastError === null ? null : <p className="notice notice-error">{S.lastError(progress.lastError)}</p>;
  const label = S.running(progress.trigger ?? '', progress.checked, progress.total);
  return (
    <ProgressBar
      className="progress"
      aria-label={S.progressLabel}
      value={progress.checked}
      maxValue={Math.max(progress.total, 1)}
      isIndeterminate={progress.total === 0}
      valueLabel={label}
    >
      {({ percentage }) => (
        <>
          <Label>{label}</Label>
          <div className="progress-track" aria-hidden="true">
            <div className="progress-fill" style={{ width: `${percentage ?? 0}%` }} />
          </div>
        </>
      )}
    </ProgressBar>
  );
}

function LastRun({ run }: { readonly run: ImpactListing['lastRun'] }) {
  if (run === null) return <p className="muted">{S.noRun}</p>;
  return (
    <section className="panel" aria-labelledby="impact-last-run">
      <h2 id="impact-last-run">
        {S.lastRun}: {formatTimestamp(run.finishedAt)} ({run.trigger})
      </h2>
      <p>{S.lastRunFacts(run.casesChecked, run.casesAffected)}</p>
      <h3>{S.changedParameters}</h3>
      {run.parameters.length === 0 ? (
        <p className="muted">{S.noParameters}</p>
      ) : (
        <ul>
          {run.parameters.map((parameter) => (
            <li key={`${parameter.edition ?? ''}-${parameter.key}`}>
              {parameter.before === ''
                ? `${parameter.label}: ${parameter.after}`
                : `${parameter.label}: ${parameter.before} → ${parameter.after}`}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Open cases whose stored decision new reference data would change (issue 18 item 3): before → after, the parameter, the case. */
export default function ImpactView() {
  const user = useCurrentUser();
  const [scope, setScope] = useState<'mine' | 'all'>(user.role === 'sorumlu_personel' ? 'mine' : 'all');
  const [include, setInclude] = useState<'open' | 'all'>('open');
  const listing = useImpactList(scope, include);
  const acknowledge = useAcknowledge();
  const run = useRunImpact();
  const mayRun = user.role === 'mudur' || user.role === 'yonetici';
  const mayAcknowledge = user.role === 'mudur' || user.role === 'sorumlu_personel';

  return (
    <>
      <PageHeader
        title={S.title}
        subtitle={S.subtitle}
        actions={
          mayRun ? (
            <Button
              isPending={run.isPending}
              onPress={() => {
                run.mutate(
                  {},
                  {
                    onSuccess: (answer) => {
                      confirmAction(answer.started ? S.runStarted : S.runQueued);
                    },
                    onError: (error) => {
                      reportFailure(S.runFailed, error.message);
                    },
                  },
                );
              }}
            >
              {S.runNow}
            </Button>
          ) : null
        }
      />
      <div className="filters" role="group" aria-label="Süzgeçler">
        <SelectField
          label={S.scope}
          value={scope}
          options={[
            { value: 'mine', label: S.scopeMine },
            { value: 'all', label: S.scopeAll },
          ]}
          onChange={setScope}
        />
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
          <div aria-live="polite">
            <Progress progress={listing.data.progress} />
          </div>
          <LastRun run={listing.data.lastRun} />
          <Table aria-label={S.tableLabel} className="table">
            <TableHeader>
              <Column isRowHeader>{S.columnEnterprise}</Column>
              <Column>{S.columnProgram}</Column>
              <Column>{S.columnSubject}</Column>
              <Column>{S.columnBeforeAfter}</Column>
              <Column>{S.columnDetails}</Column>
              <Column>{S.columnStatus}</Column>
            </TableHeader>
            <TableBody items={listing.data.items} renderEmptyState={() => <p className="empty">{S.empty}</p>}>
              {(item) => (
                <Row id={item.id}>
                  <Cell>
                    <Link href={`/dosyalar/${item.applicationId}`} className="link" aria-label={`${item.unvan}: ${S.openCase}`}>
                      {item.unvan}
                    </Link>
                  </Cell>
                  <Cell>{item.program}</Cell>
                  <Cell>{item.subjectLabel}</Cell>
                  <Cell>
                    <span className="impact-before">{sideText(item, item.before)}</span> →{' '}
                    <strong className="impact-after">{sideText(item, item.after)}</strong>
                  </Cell>
                  <Cell className="cell-explanation">
                    <ul className="impact-summary">
                      {item.summary.map((line) => (
                        <li key={line}>{line}</li>
                      ))}
                    </ul>
                    <p className="muted">
                      {item.parameters.map((parameter) => parameter.label).join('; ')} — {S.foundOn(formatDate(item.foundOn))}
                    </p>
                  </Cell>
                  <Cell>
                    <span className="badge">{item.statusLabel}</span>
                    {mayAcknowledge && item.status === 'acik' ? (
                      <Button
                        variant="quiet"
                        isPending={acknowledge.isPending && acknowledge.variables.id === item.id}
                        onPress={() => {
                          acknowledge.mutate(
                            { id: item.id },
                            {
                              onSuccess: () => {
                                confirmAction(S.acknowledged);
                              },
                              onError: (error) => {
                                reportFailure(S.acknowledgeFailed, error.message);
                              },
                            },
                          );
                        }}
                      >
                        {S.acknowledge}
                      </Button>
                    ) : null}
                  </Cell>
                </Row>
              )}
            </TableBody>
          </Table>
        </>
      ) : null}
    </>
  );
}
