import { format, parseISO } from 'date-fns';
import { computeTimeLimit, DEFAULT_TIME_LIMIT_SETTINGS } from '../../core/lib/time-limits';
import { awaitingApproval, MAX_APPROVALS, type ApprovalRow } from '../../db/search/approvals';
import type { ChannelResponse } from '../contract';
import type { ApprovalItemDto } from '../contract/approvals';
import { stateLabel } from '../contract/workflow-catalogue';
import type { SignedInCall } from './app-context';
import { ServiceError } from './service-error';
import { checkGuard } from './workflows/workflow-guards';
import { loadSubject } from './workflows/workflow-subject';

/**
 * The müdür's "waiting for my approval" list (issue 13 item 1): each record
 * with who prepared it and who sent it, whether this müdür may decide it
 * (four-eyes, the same rule as the workflow guards `four-eyes-evaluation` and
 * `four-eyes-form`, shown here so the müdür sees it before trying), and the
 * standard processing time as a due date — a warning, never a block. For a
 * credit-line application the workflow's own guard decides four-eyes.
 */
/** The standard processing time in days, or why there is none. */
type KindInfo = { kind: ApprovalItemDto['kind']; label: string } & ({ days: number } | { days: null; noDue: string });

const NO_DUE_PAYMENT = 'Mevzuatta bu onay için bir süre yok.';
const NO_DUE_FINANSMAN = 'Finansman desteği çağrısının kurallarında müdür onayı için bir işlem süresi belirlenmemiş.';

const KINDS: Readonly<Record<ApprovalRow['recordKind'], KindInfo>> = {
  // IKDP MADDE 11(1): evaluated within 5 days and sent to the müdür.
  ikdp_application: { kind: 'ikdp-application', label: 'IKDP başvurusu onayı', days: 5 },
  // ITKFDP-II MADDE 11(1): checked within 7 days and sent to the müdür.
  itkfdp_application: { kind: 'itkfdp-application', label: 'ITKFDP-II başvurusu onayı', days: 7 },
  // The regulations set no time for approving a payment eligibility form.
  payment_request: { kind: 'payment-form', label: 'Ödeme uygunluk formu onayı', days: null, noDue: NO_DUE_PAYMENT },
  // The credit line's calls (core/programmes/finansman-2026/calls.ts) set no time for the müdür's decision.
  finansman_application: { kind: 'finansman-application', label: 'Finansman desteği başvurusu onayı', days: null, noDue: NO_DUE_FINANSMAN },
};

function trDate(iso: string): string {
  return format(parseISO(iso), 'dd.MM.yyyy');
}

/** The credit line's four-eyes answer is the guard of its approving transition (`four-eyes-evaluation`), run as is. */
function finansmanFourEyes(call: SignedInCall, row: ApprovalRow): string | null {
  const subject = loadSubject(call.app.db, 'finansman_application', row.recordId);
  try {
    checkGuard('four-eyes-evaluation', { db: call.app.db, user: call.user, subject, facts: {}, note: undefined });
    return null;
  } catch (error) {
    if (error instanceof ServiceError && error.code === 'four-eyes') return error.message;
    throw error;
  }
}

function fourEyes(call: SignedInCall, row: ApprovalRow): string | null {
  const userId = call.user.id;
  if (row.recordKind === 'finansman_application') return finansmanFourEyes(call, row);
  if (row.recordKind === 'payment_request') {
    return row.movedByUserId === userId ? 'Dört göz ilkesi: bu ödeme uygunluk formunu siz hazırladınız; başka bir müdür onaylamalı.' : null;
  }
  if (row.evaluatedByUserId === userId)
    return 'Dört göz ilkesi: bu başvurunun değerlendirmesini siz hazırladınız; başka bir müdür karar vermeli.';
  if (row.recordKind === 'ikdp_application' && row.movedByUserId === userId)
    return 'Dört göz ilkesi: bu başvuruyu onaya siz gönderdiniz; başka bir müdür karar vermeli.';
  return null;
}

function sinceText(row: ApprovalRow): string {
  if (row.movedAt === null) return '';
  return row.recordKind === 'payment_request'
    ? ` Form ${trDate(row.movedAt)} tarihinde hazırlandı.`
    : ` Başvuru ${trDate(row.movedAt)} tarihinde onaya gönderildi.`;
}

function dueOf(row: ApprovalRow, info: KindInfo, today: string): Pick<ApprovalItemDto, 'due' | 'overdue' | 'article' | 'explanation'> {
  if (info.days === null) return { due: null, overdue: false, article: null, explanation: `${info.noDue}${sinceText(row)}` };
  const { days } = info;
  if (row.appliedOn === null)
    return { due: null, overdue: false, article: 'MADDE 11(1)', explanation: 'Başvuru tarihi kayıtlı değil: süre hesaplanamadı.' };
  const limit = computeTimeLimit({ start: row.appliedOn, amount: days, unit: 'day', channel: 'electronic' }, DEFAULT_TIME_LIMIT_SETTINGS);
  if (!limit.ok) {
    return {
      due: null,
      overdue: false,
      article: 'MADDE 11(1)',
      explanation: `${trDate(row.appliedOn)} + ${days} gün: ${limit.issues.map((issue) => issue.message).join(' ')}`,
    };
  }
  const { due, explanation } = limit.value;
  return {
    due,
    overdue: due < today,
    article: 'MADDE 11(1)',
    explanation: `Standart işlem süresi ${days} gün (uyarıdır, işlemi engellemez): ${explanation}`,
  };
}

export function list(call: SignedInCall): ChannelResponse<'inbox:approvals'> {
  const today = call.app.today();
  const rows = awaitingApproval(call.app.db, MAX_APPROVALS + 1);
  const items = rows.slice(0, MAX_APPROVALS).map((row): ApprovalItemDto => {
    const kind = KINDS[row.recordKind];
    const reason = fourEyes(call, row);
    const isPayment = row.recordKind === 'payment_request';
    return {
      kind: kind.kind,
      kindLabel: kind.label,
      workflowKind: row.recordKind,
      recordId: row.recordId,
      state: row.state,
      stateLabel: stateLabel(row.recordKind, row.state),
      applicationId: row.applicationId,
      program: row.program,
      ...(row.call === null ? {} : { call: row.call }),
      enterpriseId: row.enterpriseId,
      unvan: row.unvan,
      waitingSince: row.movedAt,
      preparedBy: isPayment ? row.movedByName : row.evaluatedByName,
      sentBy: row.movedByName,
      approvable: reason === null,
      notApprovableReason: reason,
      evaluationEligible: row.evaluationEligible,
      ...dueOf(row, kind, today),
    };
  });
  return { items, today, more: rows.length > MAX_APPROVALS };
}
