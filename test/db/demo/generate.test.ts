import { describe, expect, it } from 'vitest';
import { isValidTckn, isValidVkn } from '../../../core/lib/identifiers';
import { parseNace } from '../../../core/lib/nace';
import { ikdpCaseInput } from '../../../core/inputs/ikdp-input';
import { itkfdpCaseInput } from '../../../core/inputs/itkfdp-input';
import { evaluateIkdpCase, evaluateItkfdpCase } from '../../../core/rules';
import {
  DEMO_ENTERPRISES_FOR_EVERY_STATE,
  DEMO_ITKFDP_CALLS,
  DEMO_LAST_MONTH,
  DEMO_STATUSES,
  generateDemoEnterprises,
  generateDemoStaff,
  type DemoEnterprise,
} from '../../../db/demo/generate';
import { completeTckn, completeVkn } from '../../../db/demo/identifiers';
import { PROVINCES } from '../../../db/demo/word-lists';

function enterprises(seed: number, count: number): DemoEnterprise[] {
  return [...generateDemoEnterprises(seed, count, generateDemoStaff(seed))];
}

const sample = enterprises(7, 3000);

describe('demo data — determinism', () => {
  it('gives the same enterprises for the same seed', () => {
    expect(enterprises(7, 300)).toEqual(sample.slice(0, 300));
  });

  it('gives an enterprise the same data whatever the number generated', () => {
    expect(enterprises(7, 40).slice(0, 40)).toEqual(sample.slice(0, 40));
  });

  it('gives other data for another seed', () => {
    const other = enterprises(8, 50);
    expect(other.map((enterprise) => enterprise.unvan)).not.toEqual(sample.slice(0, 50).map((enterprise) => enterprise.unvan));
    expect(other.map((enterprise) => enterprise.vkn)).not.toEqual(sample.slice(0, 50).map((enterprise) => enterprise.vkn));
  });

  it('gives the same staff for the same seed', () => {
    expect(generateDemoStaff(7)).toEqual(generateDemoStaff(7));
    expect(new Set(generateDemoStaff(7).map((user) => user.username)).size).toBe(generateDemoStaff(7).length);
  });
});

describe('demo data — identifiers', () => {
  it.each([['100000000'], ['417386941'], ['990000001']])('completes TCKN %s to a valid number', (firstNine) => {
    expect(isValidTckn(completeTckn(firstNine))).toBe(true);
  });

  it('completes every VKN body to a valid VKN', () => {
    for (let body = 0; body < 2000; body += 1)
      expect(
        isValidVkn(
          completeVkn(
            String(body * 499_979)
              .padStart(9, '0')
              .slice(-9),
          ),
        ),
      ).toBe(true);
  });

  it('gives every enterprise a valid, unique VKN and every gerçek kişi a valid TCKN', () => {
    const vkns = new Set(sample.map((enterprise) => enterprise.vkn));
    expect(vkns.size).toBe(sample.length);
    for (const enterprise of sample) {
      expect(isValidVkn(enterprise.vkn)).toBe(true);
      expect(enterprise.tckn === null ? enterprise.legalForm !== 'GERCEK_KISI' : isValidTckn(enterprise.tckn)).toBe(true);
    }
  });

  it('gives committed persons valid TCKNs, 99-prefixed for foreigners, unique in the run', () => {
    const persons = sample.flatMap((enterprise) =>
      enterprise.applications.flatMap((application) => (application.program === 'ITKFDP-II' ? application.personnel : [])),
    );
    expect(persons.length).toBeGreaterThan(100);
    for (const person of persons) {
      expect(isValidTckn(person.tckn)).toBe(true);
      expect(person.tckn.startsWith('99')).toBe(person.citizenship !== 'TR');
    }
    expect(new Set(persons.map((person) => person.tckn)).size).toBe(persons.length);
  });

  it('gives valid NACE codes and 26-digit SGK işyeri sicil numbers', () => {
    for (const enterprise of sample) {
      expect(parseNace(enterprise.naceMain).ok).toBe(true);
      for (const workplace of enterprise.workplaces) expect(workplace.sgkSicilNo).toMatch(/^\d{26}$/);
    }
  });
});

describe('demo data — realism', () => {
  it('writes unvanlar in Turkish with the usual legal suffixes', () => {
    const unvanlar = sample.map((enterprise) => enterprise.unvan);
    expect(unvanlar.filter((unvan) => /[çğıöşüÇĞİÖŞÜ]/.test(unvan)).length).toBeGreaterThan(sample.length / 2);
    expect(unvanlar.some((unvan) => unvan.endsWith('Ltd. Şti.'))).toBe(true);
    expect(unvanlar.some((unvan) => unvan.endsWith('A.Ş.'))).toBe(true);
    expect(unvanlar.some((unvan) => unvan.startsWith('Işık '))).toBe(true);
  });

  it('spreads enterprises over all 81 provinces, İstanbul the most', () => {
    const counts = new Map<string, number>();
    for (const enterprise of sample)
      for (const workplace of enterprise.workplaces) counts.set(workplace.province, (counts.get(workplace.province) ?? 0) + 1);
    expect(PROVINCES).toHaveLength(81);
    const sorted = [...counts.entries()].sort((a, b) => b[1] - a[1]);
    expect(sorted[0]?.[0]).toBe('İstanbul');
    expect(
      enterprises(7, 20_000)
        .flatMap((enterprise) => enterprise.workplaces.map((workplace) => workplace.province))
        .filter((name, index, all) => all.indexOf(name) === index),
    ).toHaveLength(81);
  });

  it(`has every edition in every state once ${DEMO_ENTERPRISES_FOR_EVERY_STATE} enterprises are generated`, () => {
    const seen = new Set(
      enterprises(3, DEMO_ENTERPRISES_FOR_EVERY_STATE).flatMap((enterprise) =>
        enterprise.applications.map((application) => `${application.program} ${application.status}`),
      ),
    );
    for (const [program, statuses] of Object.entries(DEMO_STATUSES))
      for (const status of statuses) expect(seen).toContain(`${program} ${status}`);
  });

  it('keeps SGK months within the data range and person days within a month', () => {
    const violations: string[] = [];
    for (const enterprise of sample) {
      for (const workplace of enterprise.workplaces) {
        for (const month of Object.keys(workplace.primDays)) if (month > DEMO_LAST_MONTH) violations.push(`${enterprise.key} ${month}`);
      }
      for (const application of enterprise.applications) {
        if (application.program !== 'ITKFDP-II') continue;
        for (const person of application.personnel) {
          for (const [month, days] of Object.entries(person.primDays)) {
            if (month > DEMO_LAST_MONTH || days + (person.leaveDays[month] ?? 0) > 30) violations.push(`${person.key} ${month}`);
          }
        }
      }
    }
    expect(violations).toEqual([]);
  });

  it('commits at least one TR and one GKAS/UKSK person, and replaces leavers with known persons (MADDE 9(5), 14(5))', () => {
    let replacements = 0;
    for (const enterprise of sample) {
      for (const application of enterprise.applications) {
        if (application.program !== 'ITKFDP-II' || application.personnel.length === 0) continue;
        expect(application.personnel.some((person) => person.citizenship === 'TR')).toBe(true);
        expect(application.personnel.some((person) => person.citizenship === 'GKAS' || person.citizenship === 'UKSK')).toBe(true);
        const keys = new Set(application.personnel.map((person) => person.key));
        for (const person of application.personnel) {
          if (person.replacesKey === null) continue;
          replacements += 1;
          expect(keys).toContain(person.replacesKey);
          expect(application.personnel.find((each) => each.key === person.replacesKey)?.leftOn).not.toBeNull();
        }
      }
    }
    expect(replacements).toBeGreaterThan(0);
  });

  it('produces cases the rules accept and decide', () => {
    let decided = 0;
    for (const enterprise of sample.slice(0, 800)) {
      for (const application of enterprise.applications) {
        if (application.requests.length === 0) continue;
        if (application.program === 'ITKFDP-II') {
          const call = DEMO_ITKFDP_CALLS.find((each) => each.key === application.callKey);
          const workplace = enterprise.workplaces.find((each) => each.province === application.province);
          const parsed = itkfdpCaseInput.safeParse({
            program: 'ITKFDP-II',
            calendar: call?.calendar,
            creditUsedOn: application.loan.creditUsedOn,
            installmentsPaid: application.loan.instalments
              .filter((instalment) => instalment.paidOn !== null)
              .map((instalment) => instalment.number),
            primDays: workplace?.primDays,
            personnel: application.personnel.map((person) => ({
              id: person.key,
              citizenship: person.citizenship,
              gender: person.gender,
              birthDate: person.birthDate,
              hiredOn: person.hiredOn,
              employedMonthBeforeAnnouncement: person.employedMonthBeforeAnnouncement,
              primDays: person.primDays,
              leaveDays: person.leaveDays,
              leftOn: person.leftOn,
              replaces: person.replacesKey,
            })),
            requests: application.requests.map(({ request }) => request),
            events: application.events,
          });
          expect(parsed.error?.issues ?? []).toEqual([]);
          if (parsed.success) expect(evaluateItkfdpCase(parsed.data).periods.length).toBeGreaterThan(0);
        } else {
          const primDays: Record<string, number> = {};
          for (const workplace of enterprise.workplaces)
            for (const [month, days] of Object.entries(workplace.primDays)) primDays[month] = (primDays[month] ?? 0) + days;
          const parsed = ikdpCaseInput.safeParse({
            program: application.program,
            approvedOn: application.approvedOn,
            foundedOn: enterprise.foundedOn,
            primDays,
            terminatedOn: application.terminatedOn,
            requests: application.requests.map(({ request }) => request),
          });
          expect(parsed.error?.issues ?? []).toEqual([]);
          if (parsed.success) expect(evaluateIkdpCase(parsed.data).requests).toHaveLength(application.requests.length);
        }
        decided += 1;
      }
    }
    expect(decided).toBeGreaterThan(100);
  });
});
