import { formatDateTr, monthIndex, plusYears, type IsoDate, type MonthKey } from '../../lib/calendar-date';
import { assertNever, check, type CheckResult } from '../../lib/checks';
import type { CommittedPerson } from '../../inputs/itkfdp-input';
import type { NewHireRule } from './edition';
import type { PaymentPeriod } from './support-periods';

/** SGK counts at most 30 days in a month (MADDE 14(7) adds leave days to prim days up to that). */
const DAYS_IN_SGK_MONTH = 30;

/**
 * A commitment slot: a committed person and, if they left, the declared replacement (and that one's replacement…).
 * "The commitment slot of a person who left is held by the declared replacement" (spec, MADDE 14(5)).
 */
export type CommitmentSlot = {
  readonly members: readonly CommittedPerson[];
  /** How explanations name the slot: `p1`, or `p1 + p3 (ayrılan ve yerine beyan edilen)`. */
  readonly label: string;
};

export function commitmentSlots(personnel: readonly CommittedPerson[]): CommitmentSlot[] {
  const replacementOf = new Map<string, CommittedPerson>();
  for (const person of personnel) if (person.replaces != null) replacementOf.set(person.replaces, person);
  return personnel
    .filter((person) => person.replaces == null)
    .map((root) => {
      const members = [root];
      const seen = new Set([root.id]);
      for (let next = replacementOf.get(root.id); next !== undefined && !seen.has(next.id); next = replacementOf.get(next.id)) {
        members.push(next);
        seen.add(next.id);
      }
      const label = members.length > 1 ? `${members.map((member) => member.id).join(' + ')} (ayrılan ve yerine beyan edilen)` : root.id;
      return { members, label };
    });
}

/**
 * MADDE 9(6), 14(7): "Personelin raporlu veya analık/babalık/ölüm izninde olduğu günlerin SGK prim gün sayıları bu
 * hesaba dahil edilir." Prim gün plus those leave days, at most 30 in a month: one figure per month of the support
 * period (month `firstMonth` + k at index k), read once per person by walking the person's records.
 */
export function countedDaysByMonth(person: CommittedPerson, firstMonth: number, months: number): number[] {
  const counted = new Array<number>(months).fill(0);
  const add = (records: Readonly<Record<MonthKey, number>> | undefined): void => {
    if (records === undefined) return;
    for (const month in records) {
      const index = monthIndex(month) - firstMonth;
      if (index >= 0 && index < months) counted[index] = (counted[index] ?? 0) + (records[month] ?? 0);
    }
  };
  add(person.primDays);
  add(person.leaveDays);
  return counted.map((days) => (days > DAYS_IN_SGK_MONTH ? DAYS_IN_SGK_MONTH : days));
}

/** Counted days per person over the support period, and where a period starts in it. */
export type CountedDays = { readonly byPerson: ReadonlyMap<CommittedPerson, readonly number[]>; readonly firstMonth: number };

/** One slot in one period: who held it, and its counted days. */
export type SlotInPeriod = {
  readonly slot: CommitmentSlot;
  /** Members employed at some point of the period: hired by its end and not left before its start. */
  readonly holders: readonly CommittedPerson[];
  readonly days: number;
};

/** The committed staff of one period, computed once and shared by the checks and the amount. */
export type PeriodStaff = {
  readonly slots: readonly SlotInPeriod[];
  /** Each member's own counted days in the period (prim gün + counted leave, at most 30 a month). */
  readonly personDays: ReadonlyMap<CommittedPerson, number>;
};

/**
 * MADDE 14(5), 14(6): a leaver and the declared replacement together need 46 days; where both worked in the same
 * month the days are not counted twice. With monthly SGK figures the project reads this as: per month, the members'
 * counted days added up, at most 30 (spec/domain-rules.md, ITKFDP-II periods).
 */
export function periodStaff(slots: readonly CommitmentSlot[], period: PaymentPeriod, counted: CountedDays): PeriodStaff {
  const personDays = new Map<CommittedPerson, number>();
  const offset = monthIndex(period.months[0] ?? '') - counted.firstMonth;
  const inPeriod = slots.map((slot) => {
    let days = 0;
    for (let month = offset; month < offset + period.months.length; month += 1) {
      let monthDays = 0;
      for (const member of slot.members) {
        const memberDays = counted.byPerson.get(member)?.[month] ?? 0;
        monthDays += memberDays;
        personDays.set(member, (personDays.get(member) ?? 0) + memberDays);
      }
      days += monthDays > DAYS_IN_SGK_MONTH ? DAYS_IN_SGK_MONTH : monthDays;
    }
    return { slot, holders: holdersInPeriod(slot, period), days };
  });
  return { slots: inPeriod, personDays };
}

function holdersInPeriod(slot: CommitmentSlot, period: PaymentPeriod): CommittedPerson[] {
  return slot.members.filter((member) => member.hiredOn <= period.end && (member.leftOn == null || member.leftOn >= period.start));
}

/**
 * "Genç: … ilan tarihi itibarıyla 30 yaşından gün almamış personel" (MADDE 4(1)(ğ)): on the 30th birthday no day
 * beyond 30 has been taken yet, so the person is young when the announcement date is on or before it.
 */
export function isYoung(person: CommittedPerson, announcedOn: IsoDate, limitYears: number): boolean {
  return announcedOn <= plusYears(person.birthDate, limitYears);
}

export type NewHireStatus = 'new' | 'not-new' | 'unknown';

/** MADDE 4(1)(y) "Yeni istihdam", in the version in force on the announcement date. */
export function newHireStatus(person: CommittedPerson, announcedOn: IsoDate, rule: NewHireRule): NewHireStatus {
  if (person.hiredOn < announcedOn) return 'not-new';
  switch (rule) {
    case 'hired-on-or-after-announcement':
      return 'new';
    case 'hired-on-or-after-announcement-not-employed-month-before':
      if (person.employedMonthBeforeAnnouncement === undefined) return 'unknown';
      return person.employedMonthBeforeAnnouncement ? 'not-new' : 'new';
    default:
      return assertNever(rule);
  }
}

const CITIZENSHIP_TR = { TR: 'T.C.', GKAS: 'GKAS', UKSK: 'UKSK', OTHER: 'diğer uyruk' } as const;

function isForeignProtected(person: CommittedPerson): boolean {
  return person.citizenship === 'GKAS' || person.citizenship === 'UKSK';
}

/** Everyone who held a slot in the period, slot by slot. */
export function staffHolders(staff: PeriodStaff): CommittedPerson[] {
  const people: CommittedPerson[] = [];
  for (const slot of staff.slots) for (const holder of slot.holders) people.push(holder);
  return people;
}

/** Two distinct slots, one held by a T.C. citizen and another by a GKAS/UKSK person. */
function hasTrAndProtectedInDistinctSlots(holders: readonly (readonly CommittedPerson[])[]): boolean {
  for (let first = 0; first < holders.length; first += 1) {
    if (!(holders[first] ?? []).some((person) => person.citizenship === 'TR')) continue;
    for (let second = 0; second < holders.length; second += 1) {
      if (second !== first && (holders[second] ?? []).some(isForeignProtected)) return true;
    }
  }
  return false;
}

export type CommitmentContext = {
  readonly article: string;
  readonly announcedOn: IsoDate;
  readonly newHireRule: NewHireRule;
};

/**
 * MADDE 9(5)(a)(b), 6(2): "En az 1(bir)'i yeni olmak üzere 2 (iki) kişilik istihdamın destek süresince korunması",
 * "…1 (bir) Türk vatandaşı, 1 (bir) GKAS/UKSK olması".
 */
export function commitmentStaffCheck(staff: PeriodStaff, context: CommitmentContext): CheckResult {
  const code = 'commitment-staff';
  const holders: (readonly CommittedPerson[])[] = [];
  const labels: string[] = [];
  const newHires: string[] = [];
  const unknown: string[] = [];
  for (const slot of staff.slots) {
    if (slot.holders.length === 0) continue;
    holders.push(slot.holders);
    for (const person of slot.holders) {
      labels.push(`${person.id} (${CITIZENSHIP_TR[person.citizenship]})`);
      const status = newHireStatus(person, context.announcedOn, context.newHireRule);
      if (status === 'new') newHires.push(person.id);
      else if (status === 'unknown') unknown.push(person.id);
    }
  }
  const described = labels.join(', ') || 'yok';
  if (holders.length < 2) {
    return check(code, context.article, 'fail', `Dönemde istihdam taahhüdüne konu personel: ${described}; en az 2 kişi gerekir.`);
  }
  if (!hasTrAndProtectedInDistinctSlots(holders)) {
    return check(code, context.article, 'fail', `Dönemde taahhüt personeli: ${described}; en az 1 T.C. vatandaşı ve 1 GKAS/UKSK gerekir.`);
  }
  const definition = (): string =>
    context.newHireRule === 'hired-on-or-after-announcement'
      ? `ilan tarihi ${formatDateTr(context.announcedOn)} veya sonrasında işe başlamış`
      : `ilan tarihi ${formatDateTr(context.announcedOn)} veya sonrasında işe başlamış ve ilandan önceki ayda işletmede çalışmamış`;
  if (newHires.length > 0) {
    return check(
      code,
      context.article,
      'pass',
      `Dönemde taahhüt personeli: ${described}; yeni istihdam (${definition()}): ${newHires.join(', ')}.`,
    );
  }
  if (unknown.length > 0) {
    return check(
      code,
      context.article,
      'missing-data',
      `Dönemde taahhüt personeli: ${described}; ${unknown.join(', ')} için ilandan önceki ayda işletmede çalışıp çalışmadığı bilinmiyor.`,
    );
  }
  return check(code, context.article, 'fail', `Dönemde taahhüt personeli: ${described}; hiçbiri yeni istihdam değil (${definition()}).`);
}

/** MADDE 14(3)(b), 14(5): every slot ≥ 46 counted days in the period. */
export function personPrimDaysCheck(staff: PeriodStaff, article: string, minimum: number): CheckResult {
  if (staff.slots.length === 0) return check('person-prim-days', article, 'fail', 'İstihdam taahhüdüne konu personel yok.');
  const parts = staff.slots.map(({ slot, days }) => {
    return { days, text: `${slot.label}: ${days} gün ${days >= minimum ? '≥' : '<'} ${minimum}` };
  });
  const short = parts.filter((part) => part.days < minimum);
  return check(
    'person-prim-days',
    article,
    short.length === 0 ? 'pass' : 'fail',
    `Dönemde prim gün (rapor ve analık/babalık/ölüm izni dahil, ayda en fazla 30): ${parts.map((part) => part.text).join('; ')}.`,
  );
}
