import type { KobiDatabase } from '../../../db/connection';
import {
  getFinansmanApplication,
  listFinansmanDecisions,
  updateFinansmanApplication,
  type FinansmanApplication,
} from '../../../db/repositories/finansman-applications';
import { getWorkflowState, listTransitions, recordTransition } from '../../../db/repositories/workflow-records';
import type { FinansmanApplicationStatus } from '../../../db/schema/finansman-applications';
import { withWrite } from '../../../db/write-context';
import { finansmanStateLabel, type FinansmanWorkflowState } from '../../contract/finansman';
import type { UserRole } from '../../contract/result';
import type { SessionUser } from '../../contract/session';
import { actorOf, type SignedInCall } from '../app-context';
import { ServiceError } from '../service-error';
import { decisionIsCurrent } from './finansman-decisions';

/**
 * The credit-line application's workflow as data (STYLE.md "Workflows as data", in the style of
 * electron/services/workflows/): one row per allowed move with the roles that may make it and its guards; anything
 * else is `conflict`. The moves are stored in `workflow_transitions` under the record kind `finansman_application`.
 *
 * Guards:
 * - `decision-stored`: an evaluation by core/ is stored for the application (`finansman:evaluate`);
 * - `decision-current`: the stored evaluation is what the rules say on today's data (nothing changed since);
 * - `four-eyes`: the müdür deciding neither stored the latest evaluation nor sent the file for approval;
 * - `decision-eligible`: the latest evaluation finds the application eligible;
 * - `note`: the reason is written (cancelling: the enterprise withdrew).
 */
export const FINANSMAN_RECORD_KIND = 'finansman_application';

export type FinansmanGuard = 'decision-stored' | 'decision-current' | 'four-eyes' | 'decision-eligible' | 'note';

export type FinansmanTransition = {
  readonly from: FinansmanWorkflowState;
  readonly to: FinansmanWorkflowState;
  readonly roles: readonly UserRole[];
  readonly guards: readonly FinansmanGuard[];
};

const UZMAN: readonly UserRole[] = ['sorumlu_personel'];
const MUDUR: readonly UserRole[] = ['mudur'];

function row(
  from: FinansmanWorkflowState,
  to: FinansmanWorkflowState,
  roles: readonly UserRole[],
  guards: readonly FinansmanGuard[],
): FinansmanTransition {
  return { from, to, roles, guards };
}

export const FINANSMAN_TRANSITIONS: readonly FinansmanTransition[] = [
  row('basvuru_alindi', 'degerlendirmede', UZMAN, []),
  row('basvuru_alindi', 'iptal_edildi', UZMAN, ['note']),
  row('degerlendirmede', 'mudur_onayinda', UZMAN, ['decision-stored', 'decision-current']),
  row('degerlendirmede', 'iptal_edildi', UZMAN, ['note']),
  row('mudur_onayinda', 'degerlendirmede', MUDUR, ['note']),
  row('mudur_onayinda', 'onaylandi', MUDUR, ['decision-stored', 'decision-current', 'four-eyes', 'decision-eligible']),
  row('mudur_onayinda', 'reddedildi', MUDUR, ['decision-stored', 'decision-current', 'four-eyes']),
];

/** The application status each state stands for (the rules read it as the enterprise's history, `one-line-only`). */
const STATUS_OF_STATE: Readonly<Record<FinansmanWorkflowState, FinansmanApplicationStatus>> = {
  basvuru_alindi: 'SUBMITTED',
  degerlendirmede: 'SUBMITTED',
  mudur_onayinda: 'SUBMITTED',
  onaylandi: 'APPROVED',
  reddedildi: 'REJECTED',
  iptal_edildi: 'CANCELLED',
};

/** The state of an application that made no move in the app yet (entered by the CLI, a scenario or the demo set). */
const STATE_OF_STATUS: Readonly<Record<FinansmanApplicationStatus, FinansmanWorkflowState>> = {
  DRAFT: 'basvuru_alindi',
  SUBMITTED: 'basvuru_alindi',
  APPROVED: 'onaylandi',
  REJECTED: 'reddedildi',
  CANCELLED: 'iptal_edildi',
};

export function finansmanState(db: KobiDatabase, application: FinansmanApplication): string {
  return getWorkflowState(db, FINANSMAN_RECORD_KIND, application.id) ?? STATE_OF_STATUS[application.status];
}

export function finansmanAllowed(user: SessionUser, state: string): { to: string; label: string; roles: string[]; needs: string[] }[] {
  return FINANSMAN_TRANSITIONS.filter((transition) => transition.from === state && transition.roles.includes(user.role)).map(
    (transition) => ({
      to: transition.to,
      label: finansmanStateLabel(transition.to),
      roles: [...transition.roles],
      needs: [...transition.guards],
    }),
  );
}

const ROLE_NAMES: Readonly<Record<UserRole, string>> = {
  sorumlu_personel: 'sorumlu personel',
  mudur: 'müdür',
  izleyici: 'izleyici',
  yonetici: 'yönetici',
};

type GuardInput = {
  readonly db: KobiDatabase;
  readonly user: SessionUser;
  readonly application: FinansmanApplication;
  readonly note: string | undefined;
};

function checkGuard(guard: FinansmanGuard, input: GuardInput): void {
  const { db, user, application } = input;
  const latest = listFinansmanDecisions(db, application.id)[0];
  switch (guard) {
    case 'decision-stored':
      if (latest === undefined) throw new ServiceError('conflict', 'Önce başvuru değerlendirilip değerlendirme kaydedilmeli.');
      return;
    case 'decision-current':
      if (latest !== undefined && !decisionIsCurrent(db, latest)) {
        throw new ServiceError(
          'conflict',
          'Başvurunun verileri (kredi, ödeme tablosu, PEK ya da işletme bilgileri) son değerlendirmeden sonra değişti: yeniden değerlendirin.',
        );
      }
      return;
    case 'four-eyes': {
      const sender = listTransitions(db, FINANSMAN_RECORD_KIND, application.id)
        .filter((transition) => transition.toState === 'mudur_onayinda')
        .at(-1)?.userId;
      if (latest?.decidedByUserId === user.id || sender === user.id) {
        throw new ServiceError(
          'four-eyes',
          'Dört göz ilkesi: değerlendirmeyi hazırlayan ya da onaya gönderen kişi onu onaylayamaz ya da reddedemez.',
        );
      }
      return;
    }
    case 'decision-eligible':
      if (latest?.eligible !== true) {
        throw new ServiceError('conflict', 'Son değerlendirmeye göre başvuru uygun değil (ya da verisi eksik); onaylanamaz.');
      }
      return;
    case 'note':
      if (input.note === undefined || input.note.trim() === '') {
        throw new ServiceError('invalid-input', 'Bu adım için gerekçe yazılmalı.');
      }
      return;
  }
}

/** One move: legal in the table, the user's role, every guard; stored with who and when, the status updated, in one transaction. */
export function transitionFinansman(
  call: SignedInCall,
  request: { readonly applicationId: number; readonly to: string; readonly note?: string | undefined },
): { state: string; stateLabel: string } {
  const { app, user } = call;
  return withWrite(app.db, actorOf(user), (w) => {
    const application = getFinansmanApplication(w.db, request.applicationId);
    if (application === undefined) throw new ServiceError('not-found', 'Finansman desteği başvurusu bulunamadı.');
    const from = finansmanState(w.db, application);
    const row = FINANSMAN_TRANSITIONS.find((transition) => transition.from === from && transition.to === request.to);
    if (row === undefined) {
      throw new ServiceError(
        'conflict',
        `Geçersiz geçiş: "${finansmanStateLabel(from)}" durumundan "${finansmanStateLabel(request.to)}" durumuna geçilemez.`,
      );
    }
    if (!row.roles.includes(user.role)) {
      throw new ServiceError('forbidden', `Bu geçişi yalnızca ${row.roles.map((role) => ROLE_NAMES[role]).join(' ya da ')} yapabilir.`);
    }
    for (const guard of row.guards) checkGuard(guard, { db: w.db, user, application, note: request.note });
    const status = STATUS_OF_STATE[row.to];
    const decided = row.to === 'onaylandi' || row.to === 'reddedildi';
    if (status !== application.status || decided) {
      updateFinansmanApplication(w, application.id, { status, ...(decided ? { decidedOn: app.today() } : {}) });
    }
    recordTransition(w, {
      recordKind: FINANSMAN_RECORD_KIND,
      recordId: application.id,
      fromState: from,
      toState: row.to,
      userId: user.id,
      note: request.note ?? null,
    });
    return { state: row.to, stateLabel: finansmanStateLabel(row.to) };
  });
}
