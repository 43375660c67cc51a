import { INBOX_PAGE_SIZE, inboxPage, type InboxTaskKind } from '../../db/search/inbox';
import type { ChannelRequest, ChannelResponse } from '../contract';
import type { SignedInCall } from './app-context';

/**
 * The task inbox (issue 13 item 1): what is due, overdue, waiting — the
 * standard processing times of the rules as due dates, warnings only.
 * `mine` is the signed-in officer's files.
 */
const KIND_LABELS: Readonly<Record<InboxTaskKind, string>> = {
  'application-review': 'Başvuru incelemesi',
  'credit-use': 'Kredi kullandırımı',
  'monitoring-visit': 'İzleme ziyareti',
  'clawback-repayment': 'Geri ödeme takibi',
  'rule-impact': 'Kural değişikliğinin etkisi',
  'sync-conflict': 'Eşitleme çakışması',
};

export function list(call: SignedInCall, request: ChannelRequest<'inbox:list'>): ChannelResponse<'inbox:list'> {
  const today = call.app.today();
  const pageSize = request.limit ?? INBOX_PAGE_SIZE;
  const tasks = inboxPage(call.app.db, {
    asOf: today,
    pageSize,
    ...(request.after === undefined ? {} : { after: request.after }),
    ...(request.scope === 'mine' ? { responsibleUserId: call.user.id } : {}),
  });
  const last = tasks.at(-1);
  return {
    today,
    tasks: tasks.map((task) => ({ ...task, kindLabel: KIND_LABELS[task.kind] })),
    next: tasks.length === pageSize && last !== undefined ? last.cursor : null,
  };
}
