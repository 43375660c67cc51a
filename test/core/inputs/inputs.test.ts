import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { clawbackInput } from '../../../core/inputs/clawback-input';
import { parseWith } from '../../../core/inputs/common';
import { deadlineInput } from '../../../core/inputs/deadline-input';
import { eligibilityInput } from '../../../core/inputs/eligibility-input';
import { ikdpCaseInput } from '../../../core/inputs/ikdp-input';
import { itkfdpCaseInput } from '../../../core/inputs/itkfdp-input';
import type { ValidationIssue } from '../../../core/lib/validation';

/** Valid raw inputs (as a file or the UI would hand them over) that each case below breaks in one place. */
const ELIGIBILITY = {
  program: 'IKDP-2025',
  asOf: '2025-02-10',
  enterprise: {
    legalForm: 'TUZEL_KISI',
    registered: true,
    active: true,
    declarationCurrent: true,
    naceMain: '14.13.01',
    provinces: ['Kayseri'],
  },
};

const IKDP = {
  program: 'IKDP-2025',
  approvedOn: '2025-02-20',
  primDays: { '2024-10': 310, '2024-11': 305, '2024-12': 300, '2025-01': 306 },
  requests: [{ submittedOn: '2025-04-15', months: ['2025-01'], taxLiabilityActive: true, overdueKosgebDebt: false }],
};

function itkPerson(id: string, extra: Record<string, unknown> = {}) {
  return { id, citizenship: 'TR', gender: 'F', birthDate: '1990-01-01', hiredOn: '2025-06-01', primDays: { '2025-08': 30 }, ...extra };
}

const ITKFDP = {
  program: 'ITKFDP-II',
  calendar: {
    announcedOn: '2025-05-15',
    applicationStart: '2025-05-15',
    applicationEnd: '2025-12-31',
    referenceMonths: ['2025-02'],
    lastRequestOn: '2027-06-30',
  },
  creditUsedOn: '2025-07-10',
  primDays: { '2025-02': 20 },
  personnel: [itkPerson('p1'), itkPerson('p2', { citizenship: 'GKAS' })],
  requests: [{ periods: [1], submittedOn: '2025-11-10' }],
};

const DEADLINE = { start: '2025-03-28', amount: 5, unit: 'day', channel: 'electronic' };

const CLAWBACK = {
  amountEUR: '2500.00',
  paidOn: '2025-03-10',
  notifiedOn: '2026-01-05',
  repaidOn: '2026-03-20',
  rates: { '2025-03-10': '39.1234' },
};

/** `parseWith` never throws; returns the issues of a rejected input. */
function issuesOf(schema: z.ZodType, input: unknown): readonly ValidationIssue[] {
  const result = parseWith(schema, input);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.issues;
}

describe('the valid raw inputs used below parse', () => {
  it.each([
    ['eligibilityInput', eligibilityInput, ELIGIBILITY],
    ['ikdpCaseInput', ikdpCaseInput, IKDP],
    ['itkfdpCaseInput', itkfdpCaseInput, ITKFDP],
    ['deadlineInput', deadlineInput, DEADLINE],
    ['clawbackInput', clawbackInput, CLAWBACK],
  ] as const)('%s', (_name, schema, input) => {
    expect(parseWith(schema as z.ZodType, input).ok).toBe(true);
  });
});

describe('malformed input is a typed validation issue naming the field, with a Turkish message', () => {
  it.each([
    [
      'an unknown NACE form',
      eligibilityInput,
      { ...ELIGIBILITY, enterprise: { ...ELIGIBILITY.enterprise, naceMain: '14-13' } },
      'enterprise.naceMain',
      '"14-13" geçerli bir NACE kodu biçiminde değil; 14, 14.1, 14.13, 1413, 14.13.01 veya 141301 biçiminde yazın.',
    ],
    [
      'a NACE division that does not exist',
      eligibilityInput,
      { ...ELIGIBILITY, enterprise: { ...ELIGIBILITY.enterprise, naceMain: '34.10' } },
      'enterprise.naceMain',
      '"34.10" kodunun bölümü (34) NACE Rev.2\'de bulunmuyor.',
    ],
    [
      'a month "2025-13" in a request',
      ikdpCaseInput,
      { ...IKDP, requests: [{ ...IKDP.requests[0], months: ['2025-13'] }] },
      'requests[0].months[0]',
      'geçersiz ay (YYYY-AA bekleniyor)',
    ],
    ['a date "2025-02-30"', ikdpCaseInput, { ...IKDP, approvedOn: '2025-02-30' }, 'approvedOn', 'geçersiz tarih (YYYY-AA-GG bekleniyor)'],
    [
      'a request date "2025-02-30"',
      ikdpCaseInput,
      { ...IKDP, requests: [{ ...IKDP.requests[0], submittedOn: '2025-02-30' }] },
      'requests[0].submittedOn',
      'geçersiz tarih (YYYY-AA-GG bekleniyor)',
    ],
    [
      'a negative enterprise prim gün',
      ikdpCaseInput,
      { ...IKDP, primDays: { ...IKDP.primDays, '2025-01': -1 } },
      'primDays.2025-01',
      'negatif olamaz',
    ],
    [
      'duplicate months in a request',
      ikdpCaseInput,
      { ...IKDP, requests: [{ ...IKDP.requests[0], months: ['2025-01', '2025-01'] }] },
      'requests[0].months',
      'aynı ay birden fazla kez talep edilmiş',
    ],
    [
      'a request without months',
      ikdpCaseInput,
      { ...IKDP, requests: [{ ...IKDP.requests[0], months: [] }] },
      'requests[0].months',
      'en az bir ay talep edilmeli',
    ],
    [
      'more than 30 prim gün for one person in one month',
      itkfdpCaseInput,
      { ...ITKFDP, personnel: [itkPerson('p1', { primDays: { '2025-08': 31 } }), ITKFDP.personnel[1]] },
      'personnel[0].primDays.2025-08',
      'bir kişi için bir ayda en fazla 30 gün olabilir',
    ],
    [
      'more than 30 leave days for one person in one month',
      itkfdpCaseInput,
      { ...ITKFDP, personnel: [ITKFDP.personnel[0], itkPerson('p2', { leaveDays: { '2025-09': 31 } })] },
      'personnel[1].leaveDays.2025-09',
      'bir kişi için bir ayda en fazla 30 gün olabilir',
    ],
    [
      'a negative prim gün for a person',
      itkfdpCaseInput,
      { ...ITKFDP, personnel: [itkPerson('p1', { primDays: { '2025-08': -3 } }), ITKFDP.personnel[1]] },
      'personnel[0].primDays.2025-08',
      'negatif olamaz',
    ],
    [
      'a period index 7',
      itkfdpCaseInput,
      { ...ITKFDP, requests: [{ periods: [7], submittedOn: '2025-11-10' }] },
      'requests[0].periods[0]',
      'dönem 1 ile 6 arasında olmalı',
    ],
    [
      'a period index 0',
      itkfdpCaseInput,
      { ...ITKFDP, requests: [{ periods: [1, 0], submittedOn: '2025-11-10' }] },
      'requests[0].periods[1]',
      'dönem 1 ile 6 arasında olmalı',
    ],
    [
      'a period asked twice in one request',
      itkfdpCaseInput,
      { ...ITKFDP, requests: [{ periods: [2, 2], submittedOn: '2025-11-10' }] },
      'requests[0].periods',
      'aynı dönem birden fazla kez talep edilmiş',
    ],
    [
      'duplicate person ids',
      itkfdpCaseInput,
      { ...ITKFDP, personnel: [itkPerson('p1'), itkPerson('p1', { citizenship: 'GKAS' })] },
      'personnel[1].id',
      '"p1" kimliği tekrar ediyor',
    ],
    [
      'a `replaces` that names nobody',
      itkfdpCaseInput,
      { ...ITKFDP, personnel: [...ITKFDP.personnel, itkPerson('p3', { replaces: 'p9' })] },
      'personnel[2].replaces',
      '"p9" kimlikli taahhüt personeli yok',
    ],
    [
      'a person replacing themself',
      itkfdpCaseInput,
      { ...ITKFDP, personnel: [...ITKFDP.personnel, itkPerson('p3', { replaces: 'p3' })] },
      'personnel[2].replaces',
      '"p3" kimlikli taahhüt personeli yok',
    ],
    [
      'two replacements declared for one person',
      itkfdpCaseInput,
      { ...ITKFDP, personnel: [...ITKFDP.personnel, itkPerson('p3', { replaces: 'p1' }), itkPerson('p4', { replaces: 'p1' })] },
      'personnel[3].replaces',
      '"p1" için birden fazla yerine personel beyan edilmiş',
    ],
    ['an unknown top-level key', ikdpCaseInput, { ...IKDP, approvedon: '2025-02-20' }, 'approvedon', 'bilinmeyen alan'],
    [
      'an unknown nested key',
      eligibilityInput,
      { ...ELIGIBILITY, enterprise: { ...ELIGIBILITY.enterprise, province: 'Kayseri' } },
      'enterprise.province',
      'bilinmeyen alan',
    ],
    [
      'an unknown key in a person',
      itkfdpCaseInput,
      { ...ITKFDP, personnel: [itkPerson('p1', { nationality: 'TR' }), ITKFDP.personnel[1]] },
      'personnel[0].nationality',
      'bilinmeyen alan',
    ],
    ['a missing field', deadlineInput, { start: '2025-03-28', unit: 'day', channel: 'electronic' }, 'amount', 'zorunlu alan eksik'],
    ['a negative time-limit amount', deadlineInput, { ...DEADLINE, amount: -1 }, 'amount', 'negatif olamaz'],
    [
      'an amount without two fraction digits',
      clawbackInput,
      { ...CLAWBACK, amountEUR: '2500' },
      'amountEUR',
      'geçersiz tutar (iki ondalık haneli ondalık sayı bekleniyor, örn. "1800000.00")',
    ],
    [
      'an amount with a comma',
      clawbackInput,
      { ...CLAWBACK, amountEUR: '2500,00' },
      'amountEUR',
      'geçersiz tutar (iki ondalık haneli ondalık sayı bekleniyor, örn. "1800000.00")',
    ],
    [
      'a malformed exchange rate',
      clawbackInput,
      { ...CLAWBACK, rates: { '2025-03-10': '39,1234' } },
      'rates.2025-03-10',
      'geçersiz kur (örn. "39.1234")',
    ],
    ['a zero exchange rate', clawbackInput, { ...CLAWBACK, rates: { '2025-03-10': '0' } }, 'rates.2025-03-10', 'kur sıfırdan büyük olmalı'],
  ] as const)('%s', (_name, schema, input, field, message) => {
    expect(issuesOf(schema as z.ZodType, input)).toContainEqual({ field, message });
  });

  it.each([
    ['a replacement cycle of two', ['p2', 'p1']],
    ['a replacement cycle of three', ['p2', 'p3', 'p1']],
  ] as const)('%s → every member’s `replaces` is named', (_name, targets) => {
    const personnel = targets.map((target, index) =>
      itkPerson(`p${index + 1}`, { citizenship: index === 0 ? 'TR' : 'GKAS', replaces: target }),
    );
    const issues = issuesOf(itkfdpCaseInput, { ...ITKFDP, personnel });
    expect(issues).toEqual(
      targets.map((_target, index) => ({ field: `personnel[${index}].replaces`, message: 'yerine personel zinciri kendine dönüyor' })),
    );
  });

  it('reports every problem of an input at once, each with its own field', () => {
    const issues = issuesOf(ikdpCaseInput, { ...IKDP, approvedOn: '2025-02-30', primDays: { '2025-01': -1 }, extra: true });
    expect(issues.map((issue) => issue.field).sort()).toEqual(['approvedOn', 'extra', 'primDays.2025-01']);
  });
});

describe('malformed keys, values and types are named exactly (zod 4 issue shapes)', () => {
  // The contract of spec/scenario-format.md ("a message naming … the field") and of core/inputs/common.ts (field
  // paths such as `primDays.2025-09`, messages in Turkish saying what is wrong). zod 4 puts the record key in the
  // issue path and leaves `issue.input` out unless asked (`reportInput`), which these cases pin.
  it.each([
    [
      'a month key "2025-13" in enterprise prim gün',
      ikdpCaseInput,
      { ...IKDP, primDays: { ...IKDP.primDays, '2025-13': 300 } },
      'primDays.2025-13',
      'geçersiz ay (YYYY-AA bekleniyor)',
    ],
    [
      'a date key "2025-02-30" in the rates',
      clawbackInput,
      { ...CLAWBACK, rates: { ...CLAWBACK.rates, '2025-02-30': '39.0000' } },
      'rates.2025-02-30',
      'geçersiz tarih (YYYY-AA-GG bekleniyor)',
    ],
    [
      'a month key "2025-13" in a person’s prim gün',
      itkfdpCaseInput,
      { ...ITKFDP, personnel: [itkPerson('p1', { primDays: { '2025-13': 30 } }), ITKFDP.personnel[1]] },
      'personnel[0].primDays.2025-13',
      'geçersiz ay (YYYY-AA bekleniyor)',
    ],
  ] as const)('an invalid record key: %s', (_name, schema, input, field, message) => {
    expect(issuesOf(schema as z.ZodType, input)).toContainEqual({ field, message });
  });

  it.each([
    [
      'a legal form "LIMITED"',
      eligibilityInput,
      { ...ELIGIBILITY, enterprise: { ...ELIGIBILITY.enterprise, legalForm: 'LIMITED' } },
      'enterprise.legalForm',
      '"LIMITED"',
    ],
    ['a unit "week"', deadlineInput, { ...DEADLINE, unit: 'week' }, 'unit', '"week"'],
    ['a program "IKDP-2024"', ikdpCaseInput, { ...IKDP, program: 'IKDP-2024' }, 'program', '"IKDP-2024"'],
  ] as const)('an unknown enum value: %s — the message quotes the value given', (_name, schema, input, field, quoted) => {
    const issue = issuesOf(schema as z.ZodType, input).find((found) => found.field === field);
    expect(issue?.message).toContain('izin verilenler');
    expect(issue?.message).toContain(`geçersiz değer ${quoted}`);
  });

  it.each([
    ['a number given as text', deadlineInput, { ...DEADLINE, amount: '5' }, 'amount', 'beklenen sayı'],
    ['a date given as a number', deadlineInput, { ...DEADLINE, start: 20250328 }, 'start', 'beklenen metin'],
    [
      'a boolean given as text',
      ikdpCaseInput,
      { ...IKDP, requests: [{ ...IKDP.requests[0], taxLiabilityActive: 'true' }] },
      'requests[0].taxLiabilityActive',
      'beklenen true/false',
    ],
  ] as const)('a present value of the wrong type is not reported as missing: %s', (_name, schema, input, field, expected) => {
    const issue = issuesOf(schema as z.ZodType, input).find((found) => found.field === field);
    expect(issue?.message).not.toBe('zorunlu alan eksik');
    expect(issue?.message).toContain(expected);
  });

  it.each([
    ['a fractional enterprise prim gün', ikdpCaseInput, { ...IKDP, primDays: { ...IKDP.primDays, '2025-01': 305.5 } }, 'primDays.2025-01'],
    ['a fractional time-limit amount', deadlineInput, { ...DEADLINE, amount: 1.5 }, 'amount'],
    [
      'a fractional loan term',
      eligibilityInput,
      { ...ELIGIBILITY, loan: { amountTRY: '1800000.00', termMonths: 24.5, fundingLine: 'FOSTER-II' } },
      'loan.termMonths',
    ],
  ] as const)('the schema’s own message survives: %s → "tam sayı bekleniyor"', (_name, schema, input, field) => {
    expect(issuesOf(schema as z.ZodType, input)).toContainEqual({ field, message: 'tam sayı bekleniyor' });
  });
});

describe('every message is Turkish, never zod’s English default', () => {
  it.each([
    ['an empty person id', itkfdpCaseInput, { ...ITKFDP, personnel: [itkPerson(''), ITKFDP.personnel[1]] }, 'personnel[0].id'],
    [
      'an empty `replaces`',
      itkfdpCaseInput,
      { ...ITKFDP, personnel: [...ITKFDP.personnel, itkPerson('p3', { replaces: '' })] },
      'personnel[2].replaces',
    ],
    ['an instalment number 0', itkfdpCaseInput, { ...ITKFDP, installmentsPaid: [0] }, 'installmentsPaid[0]'],
    [
      'an empty province',
      eligibilityInput,
      { ...ELIGIBILITY, enterprise: { ...ELIGIBILITY.enterprise, provinces: [''] } },
      'enterprise.provinces[0]',
    ],
    [
      'an empty application province',
      eligibilityInput,
      { ...ELIGIBILITY, enterprise: { ...ELIGIBILITY.enterprise, applicationProvince: '' } },
      'enterprise.applicationProvince',
    ],
  ] as const)('%s', (_name, schema, input, field) => {
    const issue = issuesOf(schema as z.ZodType, input).find((found) => found.field === field);
    expect(issue).toBeDefined();
    expect(issue?.message).not.toMatch(/Too small|Too big|Invalid|expected/);
  });
});

describe('parseWith never throws, whatever it is given', () => {
  const schemas = [eligibilityInput, ikdpCaseInput, itkfdpCaseInput, deadlineInput, clawbackInput] as const;

  it.each([
    ['null', null],
    ['a string', 'x'],
    ['a list', []],
    ['a number', 42],
    ['an empty object', {}],
  ] as const)('%s is rejected with at least one issue', (_name, input) => {
    for (const schema of schemas) expect(issuesOf(schema as z.ZodType, input).length).toBeGreaterThan(0);
  });

  it('any JSON value gives a Validated result, never an exception', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), fc.constantFrom(...schemas), (input, schema) => {
        const result = parseWith(schema as z.ZodType, input);
        return result.ok || result.issues.every((issue) => typeof issue.field === 'string' && issue.message.length > 0);
      }),
      { numRuns: 300 },
    );
  });

  it('any mutation of one field of a valid case is parsed or rejected by field, never thrown', () => {
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(ITKFDP)), fc.jsonValue({ maxDepth: 2 }), (key, value) => {
        const result = parseWith(itkfdpCaseInput, { ...ITKFDP, [key]: value });
        return result.ok || result.issues.length > 0;
      }),
      { numRuns: 300 },
    );
  });
});
