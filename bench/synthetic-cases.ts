import { plusMonthsToMonth } from '../core/lib/calendar-date';
import type { IkdpCaseInput } from '../core/inputs/ikdp-input';
import type { CommittedPerson, ItkfdpCaseInput } from '../core/inputs/itkfdp-input';

/** mulberry32: a small deterministic PRNG, so every bench run evaluates the same cases. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function integer(random: () => number, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

function pad2(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

/** An IKDP-2025 case: base quarter, twelve months of 2025, two or three payment requests. */
export function syntheticIkdpCase(random: () => number): IkdpCaseInput {
  const base = integer(random, 20, 3000);
  const primDays: Record<string, number> = {};
  for (const month of ['2024-10', '2024-11', '2024-12']) primDays[month] = base + integer(random, -10, 10);
  for (let month = 1; month <= 12; month += 1) primDays[`2025-${pad2(month)}`] = base + integer(random, -30, 30);
  const requestCount = integer(random, 2, 3);
  const requests: IkdpCaseInput['requests'][number][] = [];
  for (let index = 0; index < requestCount; index += 1) {
    const first = 1 + index * 3;
    requests.push({
      submittedOn: `2025-${pad2(first + 3)}-${pad2(integer(random, 1, 28))}`,
      months: [`2025-${pad2(first)}`, `2025-${pad2(first + 1)}`, `2025-${pad2(first + 2)}`],
      taxLiabilityActive: random() > 0.02,
      overdueKosgebDebt: random() < 0.02,
    });
  }
  return { program: 'IKDP-2025', approvedOn: `2025-02-${pad2(integer(random, 1, 28))}`, primDays, terminatedOn: null, requests };
}

function syntheticPerson(
  random: () => number,
  id: string,
  citizenship: CommittedPerson['citizenship'],
  months: readonly string[],
): CommittedPerson {
  const primDays: Record<string, number> = {};
  const leaveDays: Record<string, number> = {};
  for (const month of months) {
    const leave = random() < 0.1 ? integer(random, 1, 10) : 0;
    primDays[month] = 30 - leave - (random() < 0.05 ? integer(random, 1, 15) : 0);
    if (leave > 0) leaveDays[month] = leave;
  }
  return {
    id,
    citizenship,
    gender: random() < 0.4 ? 'F' : 'M',
    birthDate: `${integer(random, 1965, 2003)}-${pad2(integer(random, 1, 12))}-${pad2(integer(random, 1, 28))}`,
    hiredOn: random() < 0.6 ? '2025-06-01' : '2024-03-01',
    employedMonthBeforeAnnouncement: false,
    primDays,
    leaveDays,
  };
}

/** An ITKFDP-II case: six periods of data, two to four committed persons, one request per period. */
export function syntheticItkfdpCase(random: () => number): ItkfdpCaseInput {
  const months: string[] = [];
  for (let offset = 0; offset < 18; offset += 1) months.push(plusMonthsToMonth('2025-08', offset));
  const reference = integer(random, 15, 400);
  const primDays: Record<string, number> = { '2025-02': reference + 5, '2025-03': reference, '2025-04': reference + 3 };
  for (const month of months) primDays[month] = reference + integer(random, -10, 40);
  const peopleCount = integer(random, 2, 4);
  const personnel: CommittedPerson[] = [
    syntheticPerson(random, 'p1', 'TR', months),
    syntheticPerson(random, 'p2', random() < 0.8 ? 'GKAS' : 'UKSK', months),
  ];
  for (let index = 3; index <= peopleCount; index += 1) personnel.push(syntheticPerson(random, `p${index}`, 'TR', months));
  const requests: ItkfdpCaseInput['requests'][number][] = [1, 2, 3, 4, 5, 6].map((period) => ({
    periods: [period],
    submittedOn: `${plusMonthsToMonth('2025-11', (period - 1) * 3)}-${pad2(integer(random, 1, 28))}`,
    overdueTaxOrSgkDebt: random() < 0.02,
    commitmentDeclared: true,
  }));
  return {
    program: 'ITKFDP-II',
    calendar: {
      announcedOn: '2025-05-15',
      applicationStart: '2025-05-15',
      applicationEnd: '2025-12-31',
      referenceMonths: ['2025-02', '2025-03', '2025-04'],
      lastRequestOn: '2027-06-30',
    },
    creditUsedOn: `2025-07-${pad2(integer(random, 1, 31))}`,
    installmentsPaid: [1, 2, 3, 4, 5, 6].filter(() => random() > 0.03),
    primDays,
    personnel,
    requests,
    events: [],
  };
}
