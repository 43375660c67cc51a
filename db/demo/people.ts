import type { Citizenship } from '../../core/inputs/itkfdp-input';
import {
  firstDayOfMonth,
  type IsoDate,
  lastDayOfMonth,
  type MonthKey,
  monthOf,
  monthRange,
  plusDays,
  plusMonthsToMonth,
} from '../../core/lib/calendar-date';
import { foldTurkish } from '../../core/lib/turkish-text';
import { dateBetween, type EnterpriseContext, maxMonth, pad } from './case-common';
import {
  DEMO_AS_OF,
  DEMO_LAST_MONTH,
  type DemoCall,
  type DemoCommittedPerson,
  type DemoUser,
  type DemoUserRole,
  PERSON_SLOTS,
} from './demo-types';
import { demoTckn } from './identifiers';
import { createRandom, type Random, streamSeed } from './random';
import {
  FEMALE_NAMES,
  FOREIGN_FEMALE_FIRST_NAMES,
  FOREIGN_FIRST_NAMES,
  FOREIGN_SURNAMES,
  MALE_NAMES,
  PROVINCES,
  SURNAMES,
} from './word-lists';

/** Demo data: people — the müdürlük's staff, owners and committed personnel with their monthly days. */

/** Staff of every müdürlük: independent of the number of enterprises, so user keys are stable. */
export function generateDemoStaff(seed: number): DemoUser[] {
  const users: DemoUser[] = [];
  for (const province of PROVINCES) {
    const random = createRandom(streamSeed(seed, 'staff', province.plate));
    const roles: DemoUserRole[] = ['mudur', 'yonetici', 'izleyici'];
    const officers = 2 + Math.min(8, Math.round(province.weight));
    for (let officer = 0; officer < officers; officer += 1) roles.push('sorumlu_personel');
    roles.forEach((role, number) => {
      const female = random.chance(0.5);
      const firstName = random.pick(female ? FEMALE_NAMES : MALE_NAMES);
      const lastName = random.pick(SURNAMES);
      const key = `U-${pad(province.plate, 2)}-${pad(number + 1, 2)}`;
      users.push({
        key,
        username: `${foldTurkish(firstName)}.${foldTurkish(lastName)}.${pad(province.plate, 2)}${pad(number + 1, 2)}`.replace(/\s+/g, ''),
        fullName: `${firstName} ${lastName}`,
        role,
        province: province.name,
      });
    });
  }
  return users;
}

export function officersOf(staff: readonly DemoUser[]): ReadonlyMap<string, readonly DemoUser[]> {
  const byProvince = new Map<string, DemoUser[]>();
  for (const user of staff) {
    if (user.role !== 'sorumlu_personel') continue;
    const list = byProvince.get(user.province) ?? [];
    list.push(user);
    byProvince.set(user.province, list);
  }
  return byProvince;
}

export type Person = { readonly firstName: string; readonly lastName: string; readonly gender: 'F' | 'M' };

export function turkishPerson(random: Random): Person {
  const female = random.chance(0.45);
  return { firstName: random.pick(female ? FEMALE_NAMES : MALE_NAMES), lastName: random.pick(SURNAMES), gender: female ? 'F' : 'M' };
}

export function foreignPerson(random: Random): Person {
  const firstName = random.pick(FOREIGN_FIRST_NAMES);
  return { firstName, lastName: random.pick(FOREIGN_SURNAMES), gender: FOREIGN_FEMALE_FIRST_NAMES.has(firstName) ? 'F' : 'M' };
}

/** Days of one committed person in one month: mostly full months, sometimes a report (istirahat), rarely unpaid absence. */
export function personMonth(random: Random): { primDays: number; leaveDays: number } {
  const roll = random.next();
  if (roll < 0.07) {
    const leave = random.integer(2, 20);
    return { primDays: 30 - leave, leaveDays: leave };
  }
  if (roll < 0.1) return { primDays: 30 - random.integer(1, 18), leaveDays: 0 };
  return { primDays: 30, leaveDays: 0 };
}

export function committedPerson(
  context: EnterpriseContext,
  applicationKey: string,
  number: number,
  citizenship: Citizenship,
  hiredOn: IsoDate,
  dataFrom: MonthKey | null,
  call: DemoCall,
  replacesKey: string | null,
  leftOn: IsoDate | null,
): DemoCommittedPerson {
  const { random } = context;
  const person = citizenship === 'TR' ? turkishPerson(random) : foreignPerson(random);
  const slot = context.nextPersonSlot;
  context.nextPersonSlot += 1;
  const young = random.chance(0.3);
  const announcementYear = Number(call.calendar.announcedOn.slice(0, 4));
  const birthYear = young
    ? random.integer(announcementYear - 29, announcementYear - 19)
    : random.integer(announcementYear - 58, announcementYear - 31);
  const lastMonth = leftOn === null ? DEMO_LAST_MONTH : monthOf(leftOn);
  const primDays: Record<MonthKey, number> = {};
  const leaveDays: Record<MonthKey, number> = {};
  const firstMonth = dataFrom === null ? null : maxMonth(monthOf(hiredOn), dataFrom);
  if (firstMonth !== null && firstMonth <= lastMonth) {
    for (const month of monthRange(firstMonth, lastMonth)) {
      const days = personMonth(random);
      primDays[month] = days.primDays;
      if (days.leaveDays > 0) leaveDays[month] = days.leaveDays;
    }
  }
  return {
    key: `${applicationKey}-P${number}`,
    tckn: demoTckn(context.index * PERSON_SLOTS + slot, context.numberingOffset, citizenship !== 'TR'),
    firstName: person.firstName,
    lastName: person.lastName,
    citizenship,
    gender: person.gender,
    birthDate: `${birthYear}-${pad(random.integer(1, 12), 2)}-${pad(random.integer(1, 28), 2)}`,
    hiredOn,
    employedMonthBeforeAnnouncement: hiredOn <= lastDayOfMonth(plusMonthsToMonth(monthOf(call.calendar.announcedOn), -1)),
    leftOn,
    replacesKey,
    primDays,
    leaveDays,
  };
}

/**
 * MADDE 9(5): at least two persons, one TR and one GKAS/UKSK, one a new hire;
 * sometimes a leaver and the replacement. Monthly data only once support has
 * started (from a quarter before it), as the müdürlük imports it for requests.
 */
export function committedPersonnel(
  context: EnterpriseContext,
  applicationKey: string,
  call: DemoCall,
  supportStart: MonthKey | null,
): DemoCommittedPerson[] {
  const { random } = context;
  const announcedOn = call.calendar.announcedOn;
  const dataFrom = supportStart === null ? null : plusMonthsToMonth(supportStart, -3);
  const count = random.integer(2, 4);
  const personnel: DemoCommittedPerson[] = [];
  for (let number = 1; number <= count; number += 1) {
    const citizenship: Citizenship = number === 2 ? (random.chance(0.85) ? 'GKAS' : 'UKSK') : 'TR';
    const newHire = number === 1 || random.chance(0.3);
    const hiredOn = newHire
      ? dateBetween(random, announcedOn, plusDays(announcedOn, 60))
      : dateBetween(random, '2015-01-01', plusDays(announcedOn, -70));
    personnel.push(committedPerson(context, applicationKey, number, citizenship, hiredOn, dataFrom, call, null, null));
  }
  if (supportStart !== null && random.chance(0.08)) {
    // A leaver in the second or third period and the replacement hired within a month (MADDE 14(5)).
    const leaverIndex = random.integer(0, personnel.length - 1);
    const leaver = personnel[leaverIndex];
    const leftOn = dateBetween(
      random,
      firstDayOfMonth(plusMonthsToMonth(supportStart, 3)),
      lastDayOfMonth(plusMonthsToMonth(supportStart, 8)),
    );
    if (leaver !== undefined && leftOn < DEMO_AS_OF) {
      const replacementHired = plusDays(leftOn, random.integer(1, 30));
      const truncated = committedPersonFrom(leaver, leftOn);
      personnel[leaverIndex] = truncated;
      personnel.push(
        committedPerson(
          context,
          applicationKey,
          personnel.length + 1,
          leaver.citizenship,
          replacementHired,
          dataFrom,
          call,
          leaver.key,
          null,
        ),
      );
    }
  }
  return personnel;
}

/** The same person, with the data after leaving dropped. */
export function committedPersonFrom(person: DemoCommittedPerson, leftOn: IsoDate): DemoCommittedPerson {
  const lastMonth = monthOf(leftOn);
  const keep = (days: Readonly<Record<MonthKey, number>>): Record<MonthKey, number> =>
    Object.fromEntries(Object.entries(days).filter(([month]) => month <= lastMonth));
  return { ...person, leftOn, primDays: keep(person.primDays), leaveDays: keep(person.leaveDays) };
}
