import Decimal from 'decimal.js';
import { evaluateDeadline, BUILT_IN_REFERENCE } from '../../core/rules';
import { formatDateTr } from '../../core/lib/calendar-date';
import { isValidTckn } from '../../core/lib/identifiers';
import { actTiming } from '../../core/lib/time-limits';
import { itkfdpRequired } from '../../core/programmes/itkfdp-ii/edition';
import { supportSchedule } from '../../core/programmes/itkfdp-ii/support-periods';
import { getApplication, type Application } from '../../db/repositories/applications';
import {
  addCommittedPerson,
  listCommittedPersonnel,
  removeCommittedPerson,
  updateCommittedPerson,
  type CommittedPersonRecord,
} from '../../db/repositories/committed-personnel';
import { createLoan, getLoanOfApplication, listLoanInstallments, putLoanInstallment, updateLoan } from '../../db/repositories/loans';
import type { KobiDatabase } from '../../db/connection';
import { withWrite } from '../../db/write-context';
import type { ChannelRequest, ChannelResponse } from '../contract';
import type { CommittedPersonDto, CommittedPersonInput, LoanAnswer } from '../contract/itkfdp';
import { stateLabel } from '../contract/workflow-catalogue';
import { actorOf, type SignedInCall } from './app-context';
import { notFound, ServiceError } from './service-error';
import { applicationState } from './workflows/workflow-subject';

/**
 * ITKFDP-II committed personnel and loan (issue 14, journey (b)). Roles are
 * checked by the dispatcher (sorumlu personel writes, every role reads); the
 * states are checked here:
 * - the list and the loan terms change only while the application is in
 *   control (banka onaylı, kontrolde, düzeltmede): after the müdür's decision
 *   the commitment is what was approved;
 * - a leaver and the declared replacement (MADDE 14(5), 14(6)) are recorded
 *   while the programme runs, before and after approval;
 * - instalments are recorded once the credit is used (MADDE 14(1)(a) reads them).
 */

const IN_CONTROL = new Set(['banka_onayli', 'kontrolde', 'duzeltmede']);
const RUNNING = new Set([...IN_CONTROL, 'onaylandi', 'kredi_kullandirildi', 'destek_suresinde']);
const CREDIT_USED = new Set(['kredi_kullandirildi', 'destek_suresinde']);
const CREDIT_USE_DAYS = 30;
const CREDIT_USE_ARTICLE = 'MADDE 12(2)';

type Itkfdp = { readonly application: Application; readonly state: string };

function itkfdpApplication(db: KobiDatabase, applicationId: number): Itkfdp {
  const application = getApplication(db, applicationId);
  if (application === undefined) throw notFound('Başvuru');
  if (application.program !== 'ITKFDP-II')
    throw new ServiceError('invalid-input', 'Taahhüt personeli ve kredi yalnızca ITKFDP-II başvurularında tutulur.');
  return { application, state: applicationState(db, application) };
}

function requireState(subject: Itkfdp, allowed: ReadonlySet<string>, what: string): void {
  if (!allowed.has(subject.state)) {
    throw new ServiceError('conflict', `Başvuru “${stateLabel('itkfdp_application', subject.state)}” durumunda: ${what}`);
  }
}

function personOf(db: KobiDatabase, applicationId: number, personId: number): CommittedPersonRecord {
  const found = listCommittedPersonnel(db, applicationId).find((person) => person.id === personId);
  if (found === undefined) throw notFound('Taahhüt personeli');
  return found;
}

function dtos(people: readonly CommittedPersonRecord[]): CommittedPersonDto[] {
  const replacedBy = new Map<number, number>();
  for (const person of people) if (person.replacesId !== null) replacedBy.set(person.replacesId, person.id);
  return people.map((person) => ({
    id: person.id,
    personKey: person.personKey,
    tckn: person.tckn,
    firstName: person.firstName,
    lastName: person.lastName,
    citizenship: person.citizenship,
    gender: person.gender,
    birthDate: person.birthDate,
    hiredOn: person.hiredOn,
    leftOn: person.leftOn,
    employedMonthBeforeAnnouncement: person.employedMonthBeforeAnnouncement,
    protectedStatus: person.protectedStatus === null ? null : { ...person.protectedStatus },
    otherProgrammeSupport: person.otherProgrammeSupport === null ? null : person.otherProgrammeSupport.map((entry) => ({ ...entry })),
    replacesId: person.replacesId,
    replacedById: replacedBy.get(person.id) ?? null,
    createdAt: person.createdAt,
  }));
}

function dtoOf(db: KobiDatabase, applicationId: number, personId: number): CommittedPersonDto {
  const found = dtos(listCommittedPersonnel(db, applicationId)).find((person) => person.id === personId);
  if (found === undefined) throw notFound('Taahhüt personeli');
  return found;
}

const PROGRAMME_NAMES: Readonly<Record<string, string>> = {
  'ITKFDP-I': 'İstihdam Taahhütlü KOBİ Finansman Destek Programı (I)',
  'FRIT-II-ITKDP': 'FRIT II-İstihdam Taahhütlü KOBİ Destek Programı',
};

/** The status check is about a declared protection (GKAS/UKSK) and a proof is dated only when the check did not confirm it; support periods run forward. */
function checkRecordedChecks(person: CommittedPersonInput): void {
  const status = person.protectedStatus;
  if (status != null) {
    if (person.citizenship !== 'GKAS' && person.citizenship !== 'UKSK') {
      throw new ServiceError(
        'invalid-input',
        'Koruma statüsü kontrolü yalnızca GKAS ya da UKSK beyan edilen personel için kaydedilir (MADDE 14(22)).',
      );
    }
    if (status.confirmed && status.provenFrom !== null) {
      throw new ServiceError(
        'invalid-input',
        'Statü kontrolde doğrulandıysa ispat tarihi girilmez; ispat tarihi yalnızca doğrulanmayan statü için (MADDE 14(23)).',
      );
    }
    if (status.provenFrom !== null && status.provenFrom < person.birthDate) {
      throw new ServiceError('invalid-input', 'İspat tarihi doğum tarihinden önce olamaz.');
    }
  }
  for (const entry of person.otherProgrammeSupport ?? []) {
    if (entry.from > entry.to) {
      throw new ServiceError(
        'invalid-input',
        `${PROGRAMME_NAMES[entry.program] ?? entry.program}: destek süresinin başı (${entry.from}) sonundan (${entry.to}) sonra olamaz (MADDE 9(12)).`,
      );
    }
  }
}

/** The checks the rules cannot make on one person: a valid TCKN, dates in order, no person twice, the recorded checks consistent. */
function checkPersonInput(people: readonly CommittedPersonRecord[], person: CommittedPersonInput, exceptId: number | null): void {
  if (!isValidTckn(person.tckn)) throw new ServiceError('invalid-input', `T.C. kimlik numarası geçersiz: ${person.tckn}.`);
  if (person.hiredOn < person.birthDate) throw new ServiceError('invalid-input', 'İşe giriş tarihi doğum tarihinden önce olamaz.');
  checkRecordedChecks(person);
  const twin = people.find((other) => other.tckn === person.tckn && other.id !== exceptId);
  if (twin !== undefined) {
    throw new ServiceError(
      'conflict',
      `${person.tckn} kimlik numaralı kişi bu başvuruda zaten taahhüt personeli (${twin.personKey} ${twin.firstName} ${twin.lastName}).`,
    );
  }
}

/** P1, P2…: the next free key, so the rules' explanations name people the way the list shows them. */
function nextPersonKey(people: readonly CommittedPersonRecord[]): string {
  const used = new Set(people.map((person) => person.personKey));
  let number = people.length + 1;
  while (used.has(`P${number}`)) number += 1;
  return `P${number}`;
}

function personFields(person: CommittedPersonInput) {
  return {
    tckn: person.tckn,
    firstName: person.firstName,
    lastName: person.lastName,
    citizenship: person.citizenship,
    gender: person.gender,
    birthDate: person.birthDate,
    hiredOn: person.hiredOn,
    employedMonthBeforeAnnouncement: person.employedMonthBeforeAnnouncement ?? null,
    ...(person.protectedStatus === undefined ? {} : { protectedStatus: person.protectedStatus }),
    ...(person.otherProgrammeSupport === undefined ? {} : { otherProgrammeSupport: person.otherProgrammeSupport }),
  };
}

/** Whether the entry changes who the person is (the fields approved with the commitment), not only the recorded checks. */
function identityChanged(current: CommittedPersonRecord, person: CommittedPersonInput): boolean {
  return (
    current.tckn !== person.tckn ||
    current.firstName !== person.firstName ||
    current.lastName !== person.lastName ||
    current.citizenship !== person.citizenship ||
    current.gender !== person.gender ||
    current.birthDate !== person.birthDate ||
    current.hiredOn !== person.hiredOn ||
    current.employedMonthBeforeAnnouncement !== (person.employedMonthBeforeAnnouncement ?? null)
  );
}

export function listPersonnel(call: SignedInCall, request: ChannelRequest<'personnel:list'>): ChannelResponse<'personnel:list'> {
  const subject = itkfdpApplication(call.app.db, request.applicationId);
  return {
    people: dtos(listCommittedPersonnel(call.app.db, request.applicationId)),
    canEdit: call.user.role === 'sorumlu_personel' && IN_CONTROL.has(subject.state),
    canReplace: call.user.role === 'sorumlu_personel' && RUNNING.has(subject.state),
    canRecordChecks: call.user.role === 'sorumlu_personel' && RUNNING.has(subject.state),
  };
}

export function addPerson(call: SignedInCall, request: ChannelRequest<'personnel:add'>): ChannelResponse<'personnel:add'> {
  return withWrite(call.app.db, actorOf(call.user), (w) => {
    const subject = itkfdpApplication(w.db, request.applicationId);
    requireState(
      subject,
      IN_CONTROL,
      'taahhüt personeli listesi yalnızca kontrol aşamasında değiştirilir; ayrılan personel için yerine personel bildirin.',
    );
    const people = listCommittedPersonnel(w.db, request.applicationId);
    checkPersonInput(people, request.person, null);
    const added = addCommittedPerson(w, {
      applicationId: request.applicationId,
      personKey: nextPersonKey(people),
      ...personFields(request.person),
    });
    return { person: dtoOf(w.db, request.applicationId, added.id) };
  });
}

export function updatePerson(call: SignedInCall, request: ChannelRequest<'personnel:update'>): ChannelResponse<'personnel:update'> {
  return withWrite(call.app.db, actorOf(call.user), (w) => {
    const current = personOf(w.db, request.applicationId, request.personId);
    const subject = itkfdpApplication(w.db, current.applicationId);
    if (identityChanged(current, request.person)) {
      requireState(subject, IN_CONTROL, 'taahhüt personelinin bilgileri yalnızca kontrol aşamasında düzeltilir.');
    } else {
      requireState(subject, RUNNING, 'program sürmediği için statü kontrolü ve diğer program desteği kaydedilmez.');
    }
    checkPersonInput(listCommittedPersonnel(w.db, current.applicationId), request.person, current.id);
    updateCommittedPerson(w, current.id, personFields(request.person));
    return { person: dtoOf(w.db, current.applicationId, current.id) };
  });
}

export function removePerson(call: SignedInCall, request: ChannelRequest<'personnel:remove'>): ChannelResponse<'personnel:remove'> {
  return withWrite(call.app.db, actorOf(call.user), (w) => {
    const current = personOf(w.db, request.applicationId, request.personId);
    const subject = itkfdpApplication(w.db, current.applicationId);
    requireState(subject, IN_CONTROL, 'taahhüt personeli yalnızca kontrol aşamasında listeden çıkarılır.');
    const replacement = listCommittedPersonnel(w.db, current.applicationId).find((person) => person.replacesId === current.id);
    if (replacement !== undefined) {
      throw new ServiceError(
        'conflict',
        `${current.personKey} ${current.firstName} ${current.lastName} yerine ${replacement.personKey} bildirilmiş; önce yerine geleni çıkarın.`,
      );
    }
    removeCommittedPerson(w, current.id);
    return { removed: current.id };
  });
}

export function replacePerson(call: SignedInCall, request: ChannelRequest<'personnel:replace'>): ChannelResponse<'personnel:replace'> {
  return withWrite(call.app.db, actorOf(call.user), (w) => {
    const leaver = personOf(w.db, request.applicationId, request.personId);
    const subject = itkfdpApplication(w.db, leaver.applicationId);
    requireState(subject, RUNNING, 'program sürmediği için yerine personel bildirilemez.');
    const people = listCommittedPersonnel(w.db, leaver.applicationId);
    const earlier = people.find((person) => person.replacesId === leaver.id);
    if (earlier !== undefined) {
      throw new ServiceError(
        'conflict',
        `${leaver.personKey} yerine daha önce ${earlier.personKey} ${earlier.firstName} ${earlier.lastName} bildirilmiş; ayrılan ${earlier.personKey} ise onun yerine bildirin.`,
      );
    }
    if (request.leftOn < leaver.hiredOn) {
      throw new ServiceError(
        'invalid-input',
        `Ayrılış tarihi ${formatDateTr(request.leftOn)}, işe giriş tarihi ${formatDateTr(leaver.hiredOn)} öncesinde olamaz.`,
      );
    }
    checkPersonInput(people, request.replacement, null);
    updateCommittedPerson(w, leaver.id, { leftOn: request.leftOn });
    const added = addCommittedPerson(w, {
      applicationId: leaver.applicationId,
      personKey: nextPersonKey(people),
      ...personFields(request.replacement),
      replacesId: leaver.id,
    });
    return { left: dtoOf(w.db, leaver.applicationId, leaver.id), replacement: dtoOf(w.db, leaver.applicationId, added.id) };
  });
}

const TIMING_TEXT = { 'in-time': 'süresinde', late: 'süre geçtikten sonra', undecided: 'tatil tablosu kapsamı dışında' } as const;

/** MADDE 12(2): 30 days from approval for the active credit use, from core's time-limit engine; a warning, never a block. */
function creditUse(application: Application, creditUsedOn: string | null, today: string): LoanAnswer['creditUse'] {
  if (application.approvedOn === null) return null;
  const limit = evaluateDeadline({ start: application.approvedOn, amount: CREDIT_USE_DAYS, unit: 'day', channel: 'electronic' });
  if (!limit.ok) return null;
  const { due } = limit.value;
  const opening = `Onay ${formatDateTr(application.approvedOn)}; aktif kredi kullandırımı ${CREDIT_USE_DAYS} gün içinde, en geç ${formatDateTr(due)} (${CREDIT_USE_ARTICLE}).`;
  if (creditUsedOn !== null) {
    const timing = actTiming(limit.value, creditUsedOn);
    return {
      approvedOn: application.approvedOn,
      due,
      article: CREDIT_USE_ARTICLE,
      status: timing,
      explanation: `${opening} Kullandırım ${formatDateTr(creditUsedOn)}: ${TIMING_TEXT[timing]}.`,
    };
  }
  const overdue = today > due;
  return {
    approvedOn: application.approvedOn,
    due,
    article: CREDIT_USE_ARTICLE,
    status: overdue ? 'overdue' : 'open',
    explanation: overdue
      ? `${opening} Kullandırım henüz kaydedilmedi ve süre geçti; bankadan kullandırım bilgisini isteyin.`
      : `${opening} Kullandırım henüz kaydedilmedi.`,
  };
}

function loanAnswer(call: SignedInCall, db: KobiDatabase, applicationId: number): LoanAnswer {
  const subject = itkfdpApplication(db, applicationId);
  const loan = getLoanOfApplication(db, applicationId);
  const writer = call.user.role === 'sorumlu_personel';
  const creditUsedOn = loan?.creditUsedOn ?? null;
  const edition = BUILT_IN_REFERENCE.itkfdp;
  const schedule =
    creditUsedOn === null
      ? null
      : supportSchedule(
          creditUsedOn,
          itkfdpRequired(edition.periodCount, creditUsedOn),
          itkfdpRequired(edition.monthsPerPeriod, creditUsedOn),
        );
  return {
    loan:
      loan === undefined
        ? null
        : {
            id: loan.id,
            bankName: loan.bankName,
            amountTRY: loan.amountTRY,
            termMonths: loan.termMonths,
            fundingLine: loan.fundingLine,
            creditUsedOn,
          },
    installments: (loan === undefined ? [] : listLoanInstallments(db, loan.id)).map((item) => ({
      number: item.number,
      dueOn: item.dueOn,
      paid: item.paid,
      paidOn: item.paidOn,
    })),
    creditUse: creditUse(subject.application, creditUsedOn, call.app.today()),
    support: schedule === null ? null : { start: schedule.supportStart, end: schedule.supportEnd },
    canEditTerms: writer && IN_CONTROL.has(subject.state),
    canEditInstallments: writer && CREDIT_USED.has(subject.state) && creditUsedOn !== null,
  };
}

export function getLoan(call: SignedInCall, request: ChannelRequest<'loan:get'>): ChannelResponse<'loan:get'> {
  return loanAnswer(call, call.app.db, request.applicationId);
}

export function saveLoan(call: SignedInCall, request: ChannelRequest<'loan:save'>): ChannelResponse<'loan:save'> {
  if (new Decimal(request.amountTRY).lte(0)) throw new ServiceError('invalid-input', 'Kredi tutarı sıfırdan büyük olmalı.');
  withWrite(call.app.db, actorOf(call.user), (w) => {
    const subject = itkfdpApplication(w.db, request.applicationId);
    requireState(subject, IN_CONTROL, 'kredi koşulları yalnızca kontrol aşamasında girilir ya da düzeltilir.');
    const terms = {
      bankName: request.bankName,
      amountTRY: new Decimal(request.amountTRY).toFixed(2),
      termMonths: request.termMonths,
      fundingLine: request.fundingLine,
    };
    const loan = getLoanOfApplication(w.db, request.applicationId);
    if (loan === undefined) createLoan(w, { applicationId: request.applicationId, ...terms });
    else updateLoan(w, loan.id, terms);
  });
  return loanAnswer(call, call.app.db, request.applicationId);
}

export function putInstallment(
  call: SignedInCall,
  request: ChannelRequest<'loan:put-installment'>,
): ChannelResponse<'loan:put-installment'> {
  const paidOn = request.paid ? (request.paidOn ?? null) : null;
  if (request.paid && paidOn === null) throw new ServiceError('invalid-input', 'Ödenen taksitin ödeme tarihini girin.');
  withWrite(call.app.db, actorOf(call.user), (w) => {
    const subject = itkfdpApplication(w.db, request.applicationId);
    requireState(subject, CREDIT_USED, 'taksitler kredi kullandırıldıktan sonra kaydedilir.');
    const loan = getLoanOfApplication(w.db, request.applicationId);
    if (loan?.creditUsedOn == null)
      throw new ServiceError('conflict', 'Kredi kullandırım tarihi kayıtlı değil; önce kullandırımı kaydedin.');
    if (paidOn !== null && paidOn < loan.creditUsedOn) {
      throw new ServiceError(
        'invalid-input',
        `Taksit ödeme tarihi ${formatDateTr(paidOn)}, kredi kullandırım tarihi ${formatDateTr(loan.creditUsedOn)} öncesinde olamaz.`,
      );
    }
    const existing = listLoanInstallments(w.db, loan.id).find((item) => item.number === request.number);
    putLoanInstallment(w, {
      loanId: loan.id,
      number: request.number,
      dueOn: request.dueOn === undefined ? (existing?.dueOn ?? null) : request.dueOn,
      paid: request.paid,
      paidOn,
    });
  });
  return loanAnswer(call, call.app.db, request.applicationId);
}
