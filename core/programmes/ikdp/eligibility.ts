import { formatDateTr } from '../../lib/calendar-date';
import { check, passOrFail, type CheckResult } from '../../lib/checks';
import { valueOn } from '../../lib/legal-reference';
import { naceHasPrefix, parseNace } from '../../lib/nace';
import type { EligibilityInput } from '../../inputs/eligibility-input';
import { eligibilityDecision, type EligibilityDecision } from '../eligibility-decision';
import { applicationWindowCheck, declarationCheck, legalFormCheck, registrationCheck } from '../enterprise-checks';
import type { IkdpEdition } from './edition';

function naceSectorCheck(input: EligibilityInput, edition: IkdpEdition): CheckResult {
  const article = edition.articles.naceSector;
  const prefixes = valueOn(edition.sectorPrefixes, input.asOf);
  const referenceDate = valueOn(edition.sectorReferenceDate, input.asOf);
  const parsed = parseNace(input.enterprise.naceMain);
  if (!parsed.ok) return check('nace-sector', article, 'missing-data', `Ana faaliyet kodu okunamadı: ${input.enterprise.naceMain}.`);
  if (prefixes === null) return check('nace-sector', article, 'missing-data', 'Programın sektörleri ilan edilmedi.');
  const match = prefixes.find((prefix) => naceHasPrefix(parsed.value, prefix));
  const asOf = referenceDate === null ? '' : ` (${formatDateTr(referenceDate)} itibarıyla)`;
  return passOrFail(
    'nace-sector',
    article,
    match !== undefined,
    match !== undefined
      ? `Ana faaliyet kodu ${parsed.value.formatted}${asOf} programın ${match} NACE kapsamında.`
      : `Ana faaliyet kodu ${parsed.value.formatted}${asOf} programın sektörlerinden değil (${prefixes.join(', ')}).`,
  );
}

function historyChecks(input: EligibilityInput, edition: IkdpEdition): CheckResult[] {
  const sameEdition = input.history.filter((entry) => entry.program === edition.id);
  const approved = sameEdition.some((entry) => entry.outcome === 'APPROVED' || entry.outcome === 'TERMINATED');
  const rejected = sameEdition.some((entry) => entry.outcome === 'REJECTED');
  return [
    passOrFail(
      'once-only',
      edition.articles.onceOnly,
      !approved,
      approved
        ? `İşletmenin ${edition.id} kapsamında onaylanmış bir başvurusu var; programdan bir defa yararlanılabilir.`
        : `İşletmenin ${edition.id} kapsamında onaylanmış başvurusu yok.`,
    ),
    passOrFail(
      'rejected-before',
      edition.articles.rejectedBefore,
      !rejected,
      rejected
        ? `İşletmenin ${edition.id} kapsamındaki önceki başvurusu reddedilmiş; başvurusu reddedilen işletme yeniden başvuru yapamaz.`
        : `İşletmenin ${edition.id} kapsamında reddedilmiş başvurusu yok.`,
    ),
  ];
}

/** May this enterprise apply to an İstihdamı Koruma edition on `input.asOf` (MADDE 7, 10, 11)? */
export function evaluateIkdpEligibility(input: EligibilityInput, edition: IkdpEdition): EligibilityDecision {
  const { asOf, enterprise, calendar } = input;
  const declarationRequired = valueOn(edition.declarationRequired, asOf);
  const start = calendar?.applicationStart ?? valueOn(edition.applicationStart, asOf);
  const end = calendar?.applicationEnd !== undefined ? calendar.applicationEnd : valueOn(edition.applicationEnd, asOf);
  const checks: CheckResult[] = [
    legalFormCheck(enterprise, edition.articles.legalForm),
    registrationCheck(enterprise, edition.articles.registration),
    declarationRequired === false
      ? check(
          'declaration',
          edition.articles.declaration,
          'pass',
          `${edition.id}: büyük işletmeler de başvurabilir, İşletme Beyanı koşulu aranmaz.`,
        )
      : declarationCheck(enterprise, edition.articles.declaration),
    naceSectorCheck(input, edition),
    ...historyChecks(input, edition),
    applicationWindowCheck(edition.articles.applicationWindow, asOf, start, end),
  ];
  return eligibilityDecision(edition, asOf, checks);
}
