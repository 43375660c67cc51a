import { describe, expect, it } from 'vitest';
import type { CommittedPerson } from '../../../core/inputs/itkfdp-input';
import { evaluateItkfdpCase } from '../../../core/rules';
import { checkOf, gkasMan, itkCase, itkRequest, newTurkishWoman } from './builders';

/** The call is announced on 15.05.2025; p2 is the GKAS/UKSK person of the commitment. */
function staffCheck(p2: CommittedPerson, periods: readonly number[] = [1]) {
  const evaluation = evaluateItkfdpCase(
    itkCase({ personnel: [newTurkishWoman(), p2], requests: [itkRequest({ periods: [...periods], submittedOn: '2026-05-11' })] }),
  );
  return evaluation.decisions.map((decision) => checkOf(decision.checks, 'commitment-staff'));
}

describe('GKAS/UKSK status — MADDE 14(22), 14(23): checked once, proof by documents when the check does not confirm it', () => {
  it.each([
    ['absent: the check confirmed the status', undefined, 'pass', null],
    ['confirmed: true', { confirmed: true }, 'pass', null],
    [
      'not confirmed, no proof',
      { confirmed: false, provenFrom: null },
      'fail',
      'ilan tarihi veya sonrasında GKAS olduğu belgeyle ispatlanmadı: GKAS kabul edilmez, diğer uyruk sayılır (MADDE 14(23)(a))',
    ],
    [
      'not confirmed, proven from the day before the announcement',
      { confirmed: false, provenFrom: '2025-05-14' },
      'pass',
      'belgeler 14.05.2025 tarihinden itibaren GKAS olduğunu ispatlıyor (ilan tarihi veya sonrası): GKAS kabul edilir (MADDE 14(22), 14(23)(a))',
    ],
    ['not confirmed, proven from the announcement date', { confirmed: false, provenFrom: '2025-05-15' }, 'pass', 'GKAS kabul edilir'],
    [
      'not confirmed, proven from a later day (any proof date will do)',
      { confirmed: false, provenFrom: '2026-01-20' },
      'pass',
      'GKAS kabul edilir',
    ],
  ] as const)('hired 01.03.2025, before the announcement — %s → %s', (_name, protectedStatus, outcome, phrase) => {
    const [check] = staffCheck(gkasMan(protectedStatus === undefined ? {} : { protectedStatus }));
    expect(check).toMatchObject({ outcome, article: 'MADDE 9(5)(a)(b)' });
    if (phrase === null) expect(check?.explanation).not.toContain('doğrulanmadı');
    else expect(check?.explanation).toContain(`p2 için GKAS statüsü ilk ödeme dönemindeki kontrolde doğrulanmadı; `);
    if (phrase !== null) expect(check?.explanation).toContain(phrase);
    if (outcome === 'fail') expect(check?.explanation).toContain('p2 (diğer uyruk)');
  });

  it.each([
    ['proven from the day before hiring', '2025-06-09', 'pass', 'GKAS kabul edilir (MADDE 14(22), 14(23)(b))'],
    ['proven from the hiring date', '2025-06-10', 'pass', 'işe giriş tarihi 10.06.2025 itibarıyla GKAS olduğunu ispatlıyor'],
    [
      'proven only from the day after hiring',
      '2025-06-11',
      'fail',
      'işe giriş tarihi 10.06.2025 (ilan tarihi 15.05.2025 veya sonrası) itibarıyla GKAS olduğu belgeyle ispatlanmadı (belgeler 11.06.2025 tarihinden itibaren)',
    ],
    ['not proven', null, 'fail', 'diğer uyruk sayılır (MADDE 14(23)(b))'],
  ] as const)('hired 10.06.2025, after the announcement — %s → %s', (_name, provenFrom, outcome, phrase) => {
    const [check] = staffCheck(gkasMan({ hiredOn: '2025-06-10', protectedStatus: { confirmed: false, provenFrom } }));
    expect(check).toMatchObject({ outcome });
    expect(check?.explanation).toContain(phrase);
  });

  it('an UKSK person not accepted counts as another nationality in every later period too', () => {
    const checks = staffCheck(gkasMan({ citizenship: 'UKSK', protectedStatus: { confirmed: false, provenFrom: null } }), [1, 2, 3]);
    expect(checks.map((check) => check.outcome)).toEqual(['fail', 'fail', 'fail']);
    expect(checks[2]?.explanation).toContain('p2 için UKSK statüsü ilk ödeme dönemindeki kontrolde doğrulanmadı');
  });

  it('a T.C. citizen’s status record is not read (the check is for declared GKAS/UKSK only)', () => {
    const [check] = staffCheck(gkasMan());
    const evaluation = evaluateItkfdpCase(
      itkCase({ personnel: [newTurkishWoman({ protectedStatus: { confirmed: false, provenFrom: null } }), gkasMan()] }),
    );
    expect(checkOf(evaluation.decisions[0]?.checks ?? [], 'commitment-staff')).toEqual(check);
  });
});
