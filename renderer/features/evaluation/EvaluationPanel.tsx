import type { ChannelResponse } from '../../../electron/contract';
import { useCurrentUser } from '../../app/session';
import { useChannelMutation, useChannelQuery } from '../../api/use-contract';
import { formatDate, formatTimestamp } from '../../format/dates';
import { Button } from '../../widgets/Button';
import { ErrorNotice } from '../../widgets/ErrorNotice';
import { confirmAction } from '../../widgets/feedback';
import { Facts } from '../../widgets/Facts';
import { ChecksTable, checkCounts } from './ChecksTable';
import { ProgrammeParameters, type ProgrammeParametersData } from './ProgrammeParameters';
import { ProvisionalBadge } from './ProvisionalBadge';
import { EVALUATION_STRINGS as S } from './strings';

type CaseFile = ChannelResponse<'case:get'>;
type Evaluation = CaseFile['evaluations'][number];

function verdict(evaluation: Evaluation): { text: string; tone: 'ok' | 'bad' | 'wait' } {
  if (evaluation.eligible) return { text: S.eligible, tone: 'ok' };
  if (evaluation.checks.some((check) => check.outcome === 'fail')) return { text: S.notEligible, tone: 'bad' };
  return { text: S.missingData, tone: 'wait' };
}

function outcomeLabel(outcome: string): string {
  return outcome in S.outcomes ? S.outcomes[outcome as keyof typeof S.outcomes] : outcome;
}

/** Article as the checks cite it → the explanation of its provisional values (labels, last confirmation). */
function provisionalByArticle(data: ProgrammeParametersData | undefined): ReadonlyMap<string, string> {
  const byArticle = new Map<string, { labels: string[]; confirmed: string | null }>();
  for (const line of data?.lines ?? []) {
    if (!line.provisional || line.article === null) continue;
    const article = line.article.replace(/\s+karşılığı$/u, '');
    if (!data?.provisionalArticles.includes(article)) continue;
    const entry = byArticle.get(article) ?? { labels: [], confirmed: null };
    entry.labels.push(`${line.label}: ${line.value ?? S.notAnnounced.toLocaleLowerCase('tr')}`);
    if (line.lastConfirmed !== null && (entry.confirmed === null || line.lastConfirmed > entry.confirmed))
      entry.confirmed = line.lastConfirmed;
    byArticle.set(article, entry);
  }
  return new Map(
    [...byArticle].map(([article, entry]) => [
      article,
      S.provisionalCheckTip(entry.labels.join('; '), entry.confirmed === null ? null : formatDate(entry.confirmed)),
    ]),
  );
}

/**
 * The evaluation view: the verdict, every check with its article and explanation, the rule version that decided,
 * and the programme's values behind it (provisional ones and announced-but-missing ones marked).
 */
export function EvaluationPanel({ caseFile }: { readonly caseFile: CaseFile }) {
  const user = useCurrentUser();
  const evaluate = useChannelMutation('case:evaluate', ['case:get', 'case:history', 'inbox:list']);
  const latest = caseFile.evaluations.at(-1) ?? null;
  const parameters = useChannelQuery('programme:get-parameters', { applicationId: caseFile.application.id });
  const program = caseFile.application.program;
  // A first evaluation has nothing to compare with: every check would read "ilk kez", which says nothing.
  const answered = evaluate.data?.changes;
  const changes = answered?.every((change) => change.before === null) === true && answered.length > 0 ? undefined : answered;

  return (
    <section className="panel" aria-labelledby="evaluation-title">
      <div className="panel-header">
        <h2 id="evaluation-title">{S.title}</h2>
        {user.role === 'sorumlu_personel' || user.role === 'mudur' ? (
          <Button
            variant="primary"
            isPending={evaluate.isPending}
            onPress={() => {
              evaluate.mutate(
                { applicationId: caseFile.application.id },
                {
                  onSuccess: () => {
                    confirmAction(S.evaluated);
                  },
                },
              );
            }}
          >
            {evaluate.isPending ? S.evaluating : latest === null ? S.evaluate : S.reevaluate}
          </Button>
        ) : null}
      </div>
      <ErrorNotice error={evaluate.error} />
      {changes === undefined ? null : (
        <div className="notice notice-info" role="status">
          <strong>{S.changesTitle}</strong>
          {changes.length === 0 ? (
            <p>{S.noChanges}</p>
          ) : (
            <ul>
              {changes.map((change) => (
                <li key={change.code}>
                  {S.changeLine(
                    change.code,
                    change.before === null ? S.firstTime : outcomeLabel(change.before),
                    outcomeLabel(change.after),
                  )}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {latest === null ? (
        <p className="empty">{S.none}</p>
      ) : (
        <>
          <p className={`verdict verdict-${verdict(latest).tone}`}>
            <strong>{verdict(latest).text}</strong>{' '}
            {(() => {
              const counts = checkCounts(latest.checks);
              return S.summary(counts.pass, counts.fail, counts.missing);
            })()}
          </p>
          <Facts
            items={[
              [S.rulesVersion, <code key="version">{latest.rulesVersion}</code>],
              ...(parameters.data === undefined
                ? []
                : ([
                    [
                      S.edition,
                      <span key="edition" className="check-article">
                        {parameters.data.editionName}
                        {parameters.data.provisional ? (
                          <ProvisionalBadge label={S.editionProvisional} explanation={S.parametersProvisional} />
                        ) : null}
                      </span>,
                    ],
                  ] as const)),
              [S.preparedBy, latest.preparedBy],
              [S.preparedAt, formatTimestamp(latest.createdAt)],
            ]}
          />
          <ChecksTable checks={latest.checks} program={program} label={S.checksLabel} provisional={provisionalByArticle(parameters.data)} />
        </>
      )}
      {parameters.data === undefined ? null : <ProgrammeParameters data={parameters.data} />}
    </section>
  );
}
