import { formatDateTr } from '../../lib/calendar-date';
import { check, passOrFail, type CheckResult } from '../../lib/checks';
import { formatTry, money } from '../../lib/money';
import { parseNace } from '../../lib/nace';
import { foldTurkish } from '../../lib/turkish-text';
import type { EligibilityInput } from '../../inputs/eligibility-input';
import { eligibilityDecision, type EligibilityDecision } from '../eligibility-decision';
import { applicationWindowCheck, declarationCheck, legalFormCheck, registrationCheck } from '../enterprise-checks';
import { AMENDMENT_2025_12_17, itkfdpRequired, type ItkfdpEdition } from './edition';

/** MADDE 9(3): the application province is one of the twenty and the enterprise has its HQ or a branch there. */
function provinceCheck(input: EligibilityInput, edition: ItkfdpEdition): CheckResult {
  const article = edition.articles.province;
  const { applicationProvince, provinces } = input.enterprise;
  if (applicationProvince === undefined) return check('province', article, 'missing-data', 'Başvuru ili belirtilmemiş.');
  const programmeProvinces = itkfdpRequired(edition.provinces, input.asOf);
  const folded = foldTurkish(applicationProvince);
  const listed = programmeProvinces.some((province) => foldTurkish(province) === folded);
  if (!listed) {
    return check('province', article, 'fail', `Başvuru ili ${applicationProvince} programın 20 ilinden biri değil.`);
  }
  const present = provinces.some((province) => foldTurkish(province) === folded);
  return passOrFail(
    'province',
    article,
    present,
    present
      ? `Başvuru ili ${applicationProvince} program illerinden ve işletmenin bu ilde merkezi veya şubesi var.`
      : `Başvuru ili ${applicationProvince} program illerinden ancak işletmenin bu ilde merkezi veya şubesi yok (${provinces.join(', ') || 'il kaydı yok'}).`,
  );
}

function naceSectorCheck(input: EligibilityInput, edition: ItkfdpEdition): CheckResult {
  const article = edition.articles.naceSector;
  const parsed = parseNace(input.enterprise.naceMain);
  if (!parsed.ok) return check('nace-sector', article, 'missing-data', `Ana faaliyet kodu okunamadı: ${input.enterprise.naceMain}.`);
  const divisions = itkfdpRequired(edition.naceDivisions, input.asOf);
  const inside = divisions.includes(parsed.value.division);
  return passOrFail(
    'nace-sector',
    article,
    inside,
    inside
      ? `Ana faaliyet kodu ${parsed.value.formatted} (bölüm ${parsed.value.division}) program kapsamında (Kısım C, bölüm 62 veya 72).`
      : `Ana faaliyet kodu ${parsed.value.formatted} (bölüm ${parsed.value.division}) Kısım C-İmalat, bölüm 62 veya 72 değil.`,
  );
}

function flagCheck(
  code: string,
  article: string,
  value: boolean | undefined,
  failsWhen: boolean,
  texts: { readonly missing: string; readonly pass: string; readonly fail: string },
): CheckResult {
  if (value === undefined) return check(code, article, 'missing-data', texts.missing);
  return value === failsWhen ? check(code, article, 'fail', texts.fail) : check(code, article, 'pass', texts.pass);
}

const FUNDING_LINE_TR = { 'FOSTER-II': 'FOSTER II', 'BMZ-II': 'BMZ II' } as const;

/**
 * MADDE 9(13): no ITKDP-II beneficiary; and since 17/12/2025 ("İşletme, … FOSTER II Projesi veya BMZ II Projesi
 * desteğinin yalnızca birinden yararlanabilir") not the other funding line either, for applications dated on or
 * after the amendment.
 */
function otherProgramCheck(input: EligibilityInput, edition: ItkfdpEdition): CheckResult {
  const article = edition.articles.otherProgram;
  const others = input.enterprise.otherPrograms;
  if (others === undefined) return check('other-program', article, 'missing-data', 'Diğer destek programları bilgisi yok.');
  if (others.includes('ITKDP-II')) {
    return check('other-program', article, 'fail', "İşletme İstihdam Taahhütlü KOBİ Destek Programı-II'den yararlanıyor.");
  }
  const singleLine = itkfdpRequired(edition.singleFundingLine, input.asOf);
  const line = input.loan?.fundingLine;
  if (singleLine) {
    if (line === undefined)
      return check('other-program', article, 'missing-data', 'Kredinin finansman hattı (FOSTER II / BMZ II) belirtilmemiş.');
    const other = line === 'FOSTER-II' ? 'BMZ-II' : 'FOSTER-II';
    if (others.includes(other)) {
      return check(
        'other-program',
        article,
        'fail',
        `İşletme ${FUNDING_LINE_TR[other]} desteğinden yararlanıyor; ${formatDateTr(AMENDMENT_2025_12_17)} değişikliğinden sonra yalnızca birinden yararlanılabilir (başvuru ${formatDateTr(input.asOf)}, hat ${FUNDING_LINE_TR[line]}).`,
      );
    }
  }
  const note = singleLine ? '' : ` FOSTER II / BMZ II tek hat koşulu ${formatDateTr(AMENDMENT_2025_12_17)} öncesi başvuruda aranmaz.`;
  return check('other-program', article, 'pass', `İşletme engelleyici başka bir programdan yararlanmıyor.${note}`);
}

function loanChecks(input: EligibilityInput, edition: ItkfdpEdition): CheckResult[] {
  const { loan } = input;
  if (loan === undefined) {
    return [
      check('loan-amount', edition.articles.loanAmount, 'missing-data', 'Kredi bilgisi yok.'),
      check('loan-term', edition.articles.loanTerm, 'missing-data', 'Kredi bilgisi yok.'),
    ];
  }
  const amountLimits = itkfdpRequired(edition.loanAmountTry, input.asOf);
  const termLimits = itkfdpRequired(edition.loanTermMonths, input.asOf);
  const amount = money(loan.amountTRY);
  const amountInside = amount.gte(amountLimits.min) && amount.lte(amountLimits.max);
  const termInside = loan.termMonths >= termLimits.min && loan.termMonths <= termLimits.max;
  return [
    passOrFail(
      'loan-amount',
      edition.articles.loanAmount,
      amountInside,
      `Kredi tutarı ${formatTry(amount)}, izin verilen ${formatTry(money(amountLimits.min))} – ${formatTry(money(amountLimits.max))}: ${amountInside ? 'sınırlar içinde' : 'sınırlar dışında'}.`,
    ),
    passOrFail(
      'loan-term',
      edition.articles.loanTerm,
      termInside,
      `Kredi vadesi ${loan.termMonths} ay, izin verilen ${termLimits.min} – ${termLimits.max} ay: ${termInside ? 'sınırlar içinde' : 'sınırlar dışında'}.`,
    ),
  ];
}

/** May this enterprise apply to ITKFDP-II on `input.asOf` (MADDE 8, 9, 10)? */
export function evaluateItkfdpEligibility(input: EligibilityInput, edition: ItkfdpEdition): EligibilityDecision {
  const { enterprise, calendar, asOf } = input;
  const checks: CheckResult[] = [
    legalFormCheck(enterprise, edition.articles.legalForm),
    registrationCheck(enterprise, edition.articles.registration),
    declarationCheck(enterprise, edition.articles.declaration),
    provinceCheck(input, edition),
    naceSectorCheck(input, edition),
    flagCheck('excluded-activity', edition.articles.excludedActivity, enterprise.excludedActivity, true, {
      missing: 'Yasaklı sektör ve faaliyetler tablosu kontrolü yapılmamış.',
      pass: 'Ana faaliyet yasaklı sektör ve faaliyetler tablosunda değil.',
      fail: 'Ana faaliyet dış finansman sağlayıcının hariç tuttuğu sektör ve faaliyetler tablosunda.',
    }),
    flagCheck('sanctions', edition.articles.sanctions, enterprise.sanctioned, true, {
      missing: 'AB/BM yaptırım listesi kontrolü yapılmamış.',
      pass: 'İşletme AB/BM yaptırım listelerinde değil.',
      fail: 'İşletme bir AB/BM yaptırım listesinde yer alıyor.',
    }),
    flagCheck('env-social', edition.articles.envSocial, enterprise.envSocialCompliant, false, {
      missing: 'Çevresel ve sosyal başvuru kriterleri beyanı yok.',
      pass: 'Çevresel ve sosyal başvuru kriterlerine uygun.',
      fail: 'Çevresel ve sosyal başvuru kriterlerine uygun değil.',
    }),
    otherProgramCheck(input, edition),
    ...loanChecks(input, edition),
    applicationWindowCheck(edition.articles.applicationWindow, asOf, calendar?.applicationStart ?? null, calendar?.applicationEnd ?? null),
  ];
  return eligibilityDecision(edition, asOf, checks);
}
