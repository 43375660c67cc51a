import { getImpactItem, lastImpactRun, listImpactItems, markImpactItemReviewed } from '../../db/repositories/impact-items';
import { withWrite } from '../../db/write-context';
import type { ChannelRequest, ChannelResponse } from '../contract';
import { IMPACT_STATUS_LABELS, type ImpactItemDto } from '../contract/impact';
import { actorOf, type SignedInCall } from './app-context';
import type { ImpactProgress } from './impact-scheduler';
import { notFound, ServiceError } from './service-error';

/** The impact of a rule change as the müdürlük sees it (issue 18 item 3): the items, the last run, the progress of a run. */

const SUBJECT_LABELS: Readonly<Record<ImpactItemDto['subject'], string>> = {
  eligibility: 'Uygunluk değerlendirmesi',
  payment: 'Ödeme kararı',
};

const IDLE: ImpactProgress = { running: false, trigger: null, checked: 0, total: 0, startedAt: null, lastError: null };

const DEFAULT_LIMIT = 200;

type Side = ImpactItemDto['before'];

function side(value: Readonly<Record<string, unknown>>): Side {
  const currency = value['currency'];
  return {
    approved: value['approved'] === true,
    amount: typeof value['amount'] === 'string' ? value['amount'] : null,
    currency: currency === 'TRY' || currency === 'EUR' ? currency : null,
    rulesVersion: typeof value['rulesVersion'] === 'string' ? value['rulesVersion'] : '',
  };
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** A run's stored parameter changes (impact-parameters.ts `ParameterChange`, kept as JSON). */
function parameters(value: readonly Record<string, unknown>[]): ImpactItemDto['parameters'] {
  return value.map((entry) => ({
    edition: typeof entry['edition'] === 'string' ? entry['edition'] : null,
    key: text(entry['key']),
    label: text(entry['label']),
    before: text(entry['before']),
    after: text(entry['after']),
  }));
}

export function list(call: SignedInCall, request: ChannelRequest<'impact:list'>): ChannelResponse<'impact:list'> {
  const { db } = call.app;
  const items = listImpactItems(db, {
    limit: request.limit ?? DEFAULT_LIMIT,
    onlyOpen: request.include !== 'all',
    ...(request.scope === 'mine' ? { responsibleUserId: call.user.id } : {}),
  });
  const run = lastImpactRun(db);
  return {
    progress: { ...(call.app.impact?.progress() ?? IDLE) },
    lastRun:
      run === undefined
        ? null
        : {
            id: run.id,
            trigger: run.trigger,
            finishedAt: run.finishedAt,
            casesChecked: run.casesChecked,
            casesAffected: run.casesAffected,
            parameters: parameters(run.parameters),
          },
    items: items.map((item) => ({
      id: item.id,
      applicationId: item.applicationId,
      program: item.program,
      unvan: item.unvan,
      subject: item.subject,
      subjectLabel: SUBJECT_LABELS[item.subject],
      paymentRequestId: item.paymentRequestId,
      responsibleUserId: item.responsibleUserId,
      foundOn: item.foundOn,
      status: item.status,
      statusLabel: IMPACT_STATUS_LABELS[item.status],
      before: side(item.before),
      after: side(item.after),
      summary: [...item.summary],
      parameters: parameters(item.runParameters),
      trigger: item.runTrigger,
    })),
  };
}

export function acknowledge(call: SignedInCall, request: ChannelRequest<'impact:acknowledge'>): ChannelResponse<'impact:acknowledge'> {
  const updated = withWrite(call.app.db, actorOf(call.user), (w) => {
    const item = getImpactItem(w.db, request.id);
    if (item === undefined) throw notFound('Kural değişikliği kaydı');
    if (call.user.role === 'sorumlu_personel' && item.responsibleUserId !== call.user.id) {
      throw new ServiceError('forbidden', 'Bu kayıt başka bir sorumlu personelin dosyasına ait.');
    }
    if (item.status !== 'acik') throw new ServiceError('conflict', `Kayıt zaten kapalı: ${IMPACT_STATUS_LABELS[item.status]}.`);
    return markImpactItemReviewed(w, item.id, call.user.id);
  });
  return { status: updated.status, statusLabel: IMPACT_STATUS_LABELS[updated.status] };
}

export function run(call: SignedInCall): ChannelResponse<'impact:run'> {
  const scheduler = call.app.impact;
  if (scheduler === null) throw new ServiceError('not-found', 'Bu çalıştırmada kural değişikliği değerlendirmesi ayarlı değil.');
  const started = scheduler.request(`Elle başlatıldı (${call.user.fullName})`);
  return { started, progress: { ...scheduler.progress() } };
}
