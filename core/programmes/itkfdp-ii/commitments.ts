import { formatDateTr, monthIndex, plusDays, plusYears, type IsoDate, type MonthKey } from '../../lib/calendar-date';
import { assertNever, check, type CheckResult, type Outcome } from '../../lib/checks';
import type { Citizenship, CommittedPerson } from '../../inputs/itkfdp-input';
import type { NewHireRule } from './edition';
import type { CountedCitizenship } from './protected-status';
import type { PaymentPeriod } from './support-periods';

/** SGK counts at most 30 days in a month (MADDE 14(7) adds leave days to prim days up to that). */
const DAYS_IN_SGK_MONTH = 30;

/** When a member holds its slot, both days included (see `slotTenure`). */
type Tenure = { readonly from: IsoDate; readonly to: IsoDate };

/**
 * A commitment slot: a committed person and, if they left, the declared replacement (and that one's replacement…).
 * "The commitment slot of a person who left is held by the declared replacement" (spec, MADDE 14(5)).
 */
export type CommitmentSlot = {
  readonly members: readonly CommittedPerson[];
  /** How explanations name the slot: `p1`, or `p1 + p3 (ayrılan ve yerine beyan edilen)`. */
  readonly label: string;
  /** Each member's tenure, in member order. */
  readonly tenures: readonly Tenure[];
  /** Each member's day after leaving (when the slot changes holder), or `null` when the member did not leave. */
  readonly changes: readonly (IsoDate | null)[];
  /** Each member's counted days per month of the support period (see `countedDaysByMonth`), in member order. */
  readonly counted: readonly (readonly number[])[];
};

/** The support period's months, in order: month k of the support period at index k. */
export type SupportMonths = readonly MonthKey[];

const BEFORE_ALL = '0000-01-01';
const AFTER_ALL = '9999-12-31';

/**
 * The commitment slots of a case with what every period reads of them, computed once per case: each member's tenure
 * and counted days per month of the support period.
 */
export function commitmentSlots(personnel: readonly CommittedPerson[], supportMonths: SupportMonths): CommitmentSlot[] {
  const replacementOf = new Map<string, CommittedPerson>();
  for (const person of personnel) if (person.replaces != null) replacementOf.set(person.replaces, person);
  const slots: CommitmentSlot[] = [];
  for (const root of personnel) {
    if (root.replaces != null) continue;
    const members = [root];
    if (replacementOf.size > 0) {
      const seen = new Set([root.id]);
      for (let next = replacementOf.get(root.id); next !== undefined && !seen.has(next.id); next = replacementOf.get(next.id)) {
        members.push(next);
        seen.add(next.id);
      }
    }
    const label = members.length > 1 ? `${members.map((member) => member.id).join(' + ')} (ayrılan ve yerine beyan edilen)` : root.id;
    const changes = members.map((member) => (member.leftOn == null ? null : plusDays(member.leftOn, 1)));
    slots.push({
      members,
      label,
      tenures: members.map((member, index) => slotTenure(members, changes, index)),
      changes,
      counted: members.map((member) => countedDaysByMonth(member, supportMonths)),
    });
  }
  return slots;
}

/**
 * MADDE 9(6), 14(7): "Personelin raporlu veya analık/babalık/ölüm izninde olduğu günlerin SGK prim gün sayıları bu
 * hesaba dahil edilir." Prim gün plus those leave days, at most 30 in a month: one figure per month of the support
 * period, read once per person.
 */
function countedDaysByMonth(person: CommittedPerson, supportMonths: SupportMonths): number[] {
  const { primDays, leaveDays } = person;
  const counted = new Array<number>(supportMonths.length);
  for (let index = 0; index < supportMonths.length; index += 1) counted[index] = primDays[supportMonths[index] ?? ''] ?? 0;
  // Leave is rare: walking the few months recorded is cheaper than looking up every month in it.
  if (leaveDays !== undefined) {
    const first = monthIndex(supportMonths[0] ?? '');
    for (const month in leaveDays) {
      const index = monthIndex(month) - first;
      if (index >= 0 && index < supportMonths.length) counted[index] = (counted[index] ?? 0) + (leaveDays[month] ?? 0);
    }
  }
  for (let index = 0; index < supportMonths.length; index += 1) {
    if ((counted[index] ?? 0) > DAYS_IN_SGK_MONTH) counted[index] = DAYS_IN_SGK_MONTH;
  }
  return counted;
}

/** One slot in one period: who held it, and its counted days. */
export type SlotInPeriod = {
  readonly slot: CommitmentSlot;
  /** Members who held the slot on some day of the period (see `slotTenure`). */
  readonly holders: readonly CommittedPerson[];
  /** Each holder's own counted days in the period (prim gün + counted leave, at most 30 a month), in holder order. */
  readonly holderDays: readonly number[];
  readonly days: number;
};

/** A stretch of a period with no change of holder: who held each slot (`null`: nobody), in slot order. */
export type StaffSegment = {
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly holders: readonly (CommittedPerson | null)[];
};

/** The committed staff of one period, computed once and shared by the checks and the amount. */
export type PeriodStaff = {
  readonly slots: readonly SlotInPeriod[];
  /** The period cut at every change of a slot's holder; one segment when nobody left inside the period. */
  readonly segments: readonly StaffSegment[];
};

/**
 * When a member holds its slot (spec/domain-rules.md "Commitment composition"): the first member from the start; a
 * declared replacement from the day after its predecessor's leaving date; everyone until their own leaving date. A
 * person who left with no declared replacement leaves the slot empty after that date. (A replacement declared for
 * someone with no leaving date holds the slot from its own hiring date.)
 */
function slotTenure(members: readonly CommittedPerson[], changes: readonly (IsoDate | null)[], index: number): Tenure {
  const member = members[index];
  const previousChange = index === 0 ? undefined : changes[index - 1];
  const from = previousChange === undefined ? BEFORE_ALL : (previousChange ?? member?.hiredOn ?? AFTER_ALL);
  return { from, to: member?.leftOn ?? AFTER_ALL };
}

/** A member holds the slot on some day of [from, to] once hired by the period's end (a later hire holds nothing yet). */
function holdsDuring(slot: CommitmentSlot, index: number, from: IsoDate, to: IsoDate, periodEnd: IsoDate): boolean {
  const member = slot.members[index];
  const tenure = slot.tenures[index];
  if (member === undefined || tenure === undefined || member.hiredOn > periodEnd) return false;
  return tenure.from <= to && tenure.to >= from;
}

/** MADDE 9(5): "destek süresince": the days inside the period on which some slot changes holder. */
function staffSegments(slots: readonly CommitmentSlot[], period: PaymentPeriod): StaffSegment[] {
  let changes: IsoDate[] | null = null;
  for (const slot of slots) {
    for (let index = 0; index < slot.members.length; index += 1) {
      const leftOn = slot.members[index]?.leftOn;
      const change = slot.changes[index];
      if (leftOn != null && change != null && leftOn >= period.start && leftOn < period.end) {
        changes ??= [];
        if (!changes.includes(change)) changes.push(change);
      }
    }
  }
  // Most periods see no change of holder: one segment, built without sorting.
  const starts = changes === null ? [period.start] : [period.start, ...changes.sort()];
  return starts.map((from, index) => {
    const next = starts[index + 1];
    const to = next === undefined ? period.end : plusDays(next, -1);
    const holders = slots.map((slot) => {
      for (let member = 0; member < slot.members.length; member += 1) {
        if (holdsDuring(slot, member, from, from, period.end)) return slot.members[member] ?? null;
      }
      return null;
    });
    return { from, to, holders };
  });
}

/**
 * MADDE 14(5), 14(6): a leaver and the declared replacement together need 46 days; where both worked in the same
 * month the days are not counted twice. With monthly SGK figures the project reads this as: per month, the members'
 * counted days added up, at most 30 (spec/domain-rules.md, ITKFDP-II periods). `offset`: the period's first month's
 * place in the support period.
 */
export function periodStaff(slots: readonly CommitmentSlot[], period: PaymentPeriod, offset: number): PeriodStaff {
  const end = offset + period.months.length;
  const inPeriod = slots.map((slot): SlotInPeriod => {
    const holders: CommittedPerson[] = [];
    const holderDays: number[] = [];
    let days = 0;
    if (slot.members.length === 1) {
      // One member: its monthly figures are already at most 30.
      const [member] = slot.members;
      const counted = slot.counted[0];
      for (let month = offset; month < end; month += 1) days += counted?.[month] ?? 0;
      if (member !== undefined && holdsDuring(slot, 0, period.start, period.end, period.end)) {
        holders.push(member);
        holderDays.push(days);
      }
      return { slot, holders, holderDays, days };
    }
    for (let month = offset; month < end; month += 1) {
      let monthDays = 0;
      for (const counted of slot.counted) monthDays += counted[month] ?? 0;
      days += monthDays > DAYS_IN_SGK_MONTH ? DAYS_IN_SGK_MONTH : monthDays;
    }
    slot.members.forEach((member, index) => {
      if (!holdsDuring(slot, index, period.start, period.end, period.end)) return;
      let memberDays = 0;
      const counted = slot.counted[index];
      for (let month = offset; month < end; month += 1) memberDays += counted?.[month] ?? 0;
      holders.push(member);
      holderDays.push(memberDays);
    });
    return { slot, holders, holderDays, days };
  });
  return { slots: inPeriod, segments: staffSegments(slots, period) };
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

const CITIZENSHIP_TR: Readonly<Record<Citizenship, string>> = { TR: 'T.C.', GKAS: 'GKAS', UKSK: 'UKSK', OTHER: 'diğer uyruk' };

/** Everyone who held a slot in the period, slot by slot. */
function staffHolders(staff: PeriodStaff): CommittedPerson[] {
  const people: CommittedPerson[] = [];
  for (const slot of staff.slots) for (const holder of slot.holders) people.push(holder);
  return people;
}

/**
 * The last composition check of a case judged on one stretch, and whom it judged. Most periods of a case have the
 * same holders as the one before, and the check depends on nothing else of the period: it is reused then.
 */
export type CompositionMemo = {
  last: {
    readonly segment: readonly (CommittedPerson | null)[];
    readonly holders: readonly CommittedPerson[];
    readonly result: CheckResult;
  } | null;
};

export type CommitmentContext = {
  readonly article: string;
  /** Cited where a replacement keeps the 46-day count but not the composition. */
  readonly replacementArticle: string;
  readonly announcedOn: IsoDate;
  readonly newHireRule: NewHireRule;
  /** The citizenship the commitment counts: a declared GKAS/UKSK whose status is not accepted counts as `OTHER`. */
  readonly citizenshipOf: (person: CommittedPerson) => CountedCitizenship;
  /** One per case. */
  readonly memo: CompositionMemo;
};

type SegmentVerdict = { readonly outcome: Outcome; readonly text: string };

function newHireDefinition(context: CommitmentContext): string {
  return context.newHireRule === 'hired-on-or-after-announcement'
    ? `ilan tarihi ${formatDateTr(context.announcedOn)} veya sonrasında işe başlamış`
    : `ilan tarihi ${formatDateTr(context.announcedOn)} veya sonrasında işe başlamış ve ilandan önceki ayda işletmede çalışmamış`;
}

/** Two distinct slots, one held by a T.C. citizen and another by a GKAS/UKSK person. */
function hasTrAndProtected(citizenships: readonly Citizenship[]): boolean {
  return citizenships.includes('TR') && citizenships.some((value) => value === 'GKAS' || value === 'UKSK');
}

/** The composition on one stretch of the period with fixed holders (MADDE 9(5)(a)(b)). */
function segmentVerdict(holders: readonly (CommittedPerson | null)[], context: CommitmentContext): SegmentVerdict {
  const people = holders.filter((person): person is CommittedPerson => person !== null);
  const citizenships = people.map((person) => context.citizenshipOf(person).citizenship);
  const described = people.map((person, index) => `${person.id} (${CITIZENSHIP_TR[citizenships[index] ?? 'OTHER']})`).join(', ') || 'yok';
  if (people.length < 2) return { outcome: 'fail', text: `istihdam taahhüdüne konu personel: ${described}; en az 2 kişi gerekir` };
  if (!hasTrAndProtected(citizenships)) {
    return { outcome: 'fail', text: `taahhüt personeli: ${described}; en az 1 T.C. vatandaşı ve 1 GKAS/UKSK gerekir` };
  }
  const newHires: string[] = [];
  const unknown: string[] = [];
  for (const person of people) {
    const status = newHireStatus(person, context.announcedOn, context.newHireRule);
    if (status === 'new') newHires.push(person.id);
    else if (status === 'unknown') unknown.push(person.id);
  }
  if (newHires.length > 0) {
    return {
      outcome: 'pass',
      text: `taahhüt personeli: ${described}; yeni istihdam (${newHireDefinition(context)}): ${newHires.join(', ')}`,
    };
  }
  if (unknown.length > 0) {
    return {
      outcome: 'missing-data',
      text: `taahhüt personeli: ${described}; ${unknown.join(', ')} için ilandan önceki ayda işletmede çalışıp çalışmadığı bilinmiyor`,
    };
  }
  return { outcome: 'fail', text: `taahhüt personeli: ${described}; hiçbiri yeni istihdam değil (${newHireDefinition(context)})` };
}

/**
 * MADDE 9(5)(a)(b), 6(2): "En az 1(bir)'i yeni olmak üzere 2 (iki) kişilik istihdamın destek süresince korunması",
 * "…1 (bir) Türk vatandaşı, 1 (bir) GKAS/UKSK olması". "Destek süresince": the composition must hold on every
 * stretch of the period between changes of a slot's holder (spec/domain-rules.md "Commitment composition"); 14(5)
 * and 14(6) rescue only the 46-day count, not the composition.
 */
export function commitmentStaffCheck(staff: PeriodStaff, context: CommitmentContext): CheckResult {
  const [only] = staff.segments;
  const single = only !== undefined && staff.segments.length === 1 ? only.holders : null;
  const holders = staffHolders(staff);
  const { last } = context.memo;
  if (single !== null && last !== null && sameMembers(last.segment, single) && sameMembers(last.holders, holders)) return last.result;
  const result = compositionCheck(staff, context);
  let notes = '';
  for (const person of holders) {
    const note = context.citizenshipOf(person).note;
    if (note !== null) notes += ` ${note}`;
  }
  const withNotes = notes === '' ? result : { ...result, explanation: `${result.explanation}${notes}` };
  if (single !== null) context.memo.last = { segment: single, holders, result: withNotes };
  return withNotes;
}

function sameMembers<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index += 1) if (a[index] !== b[index]) return false;
  return true;
}

function compositionCheck(staff: PeriodStaff, context: CommitmentContext): CheckResult {
  const code = 'commitment-staff';
  const [only] = staff.segments;
  if (only !== undefined && staff.segments.length === 1) {
    const verdict = segmentVerdict(only.holders, context);
    return check(code, context.article, verdict.outcome, `Dönemde ${verdict.text}.`);
  }
  const verdicts = staff.segments.map((segment) => ({ segment, verdict: segmentVerdict(segment.holders, context) }));
  const outcome: Outcome = verdicts.some(({ verdict }) => verdict.outcome === 'fail')
    ? 'fail'
    : verdicts.some(({ verdict }) => verdict.outcome === 'missing-data')
      ? 'missing-data'
      : 'pass';
  const parts = verdicts.map(
    ({ segment, verdict }) =>
      `${formatDateTr(segment.from)}–${formatDateTr(segment.to)}: ${verdict.text} (${verdict.outcome === 'pass' ? 'sağlanıyor' : verdict.outcome === 'fail' ? 'sağlanmıyor' : 'veri eksik'})`,
  );
  const conclusion =
    outcome === 'pass'
      ? 'taahhüt her kesimde sağlanıyor.'
      : outcome === 'fail'
        ? `taahhüt destek süresince korunmalı; ayrılan ve yerine beyan edilen personel bileşimi bozmamalı (${context.replacementArticle} yalnızca 46 gün hesabını kurtarır).`
        : 'karar için veri eksik.';
  return check(code, context.article, outcome, `Dönem içinde taahhüt personeli değişti: ${parts.join('; ')}; ${conclusion}`);
}

/** MADDE 14(3)(b), 14(5): every slot ≥ 46 counted days in the period. */
export function personPrimDaysCheck(staff: PeriodStaff, article: string, minimum: number): CheckResult {
  if (staff.slots.length === 0) return check('person-prim-days', article, 'fail', 'İstihdam taahhüdüne konu personel yok.');
  let parts = '';
  let short = false;
  for (const { slot, days } of staff.slots) {
    if (days < minimum) short = true;
    parts += `${parts === '' ? '' : '; '}${slot.label}: ${days} gün ${days >= minimum ? '≥' : '<'} ${minimum}`;
  }
  return check(
    'person-prim-days',
    article,
    short ? 'fail' : 'pass',
    `Dönemde prim gün (rapor ve analık/babalık/ölüm izni dahil, ayda en fazla 30): ${parts}.`,
  );
}
