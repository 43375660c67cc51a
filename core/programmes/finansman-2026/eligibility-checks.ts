import { formatDateTr } from '../../lib/calendar-date';
import { check, passOrFail, type CheckResult } from '../../lib/checks';
import { valueOn } from '../../lib/legal-reference';
import { parseNace } from '../../lib/nace';
import type { EnterpriseSize, FinansmanCaseInput, Programme2026HistoryEntry } from '../../inputs/finansman-input';
import { applicationWindowCheck, legalFormCheck, registrationCheck } from '../enterprise-checks';
import type { FinansmanCall } from './call';

/** The credit line's checks of the enterprise and its history (spec/domain-rules.md "Finansman desteği 2026"). */

export const SIZE_TR: Readonly<Record<EnterpriseSize, string>> = { KOBI: 'KOBİ', BUYUK: 'büyük işletme' };

function article(call: FinansmanCall, code: keyof FinansmanCall['sources']): string {
  return call.sources[code].article;
}

/**
 * "Finansman desteğinden KOBİ'ler …": where the call is open to KOBİ only, the İşletme Beyanı (which makes an
 * enterprise a KOBİ) must be current and the enterprise must not be large; where large enterprises may apply too, the
 * declaration is not asked for.
 */
function declarationCheck(input: FinansmanCaseInput, call: FinansmanCall): CheckResult {
  const code = 'declaration';
  const sizes = valueOn(call.sizes, input.asOf);
  if (sizes === null) return check(code, article(call, code), 'missing-data', 'Çağrının hangi işletmelere açık olduğu ilan edilmedi.');
  const { size, declarationCurrent } = input.enterprise;
  if (!sizes.includes(size)) {
    return check(code, article(call, code), 'fail', `${call.id} çağrısı yalnızca KOBİ'lere açık; işletme ${SIZE_TR[size]} olarak kayıtlı.`);
  }
  if (sizes.includes('BUYUK')) {
    return check(
      code,
      article(call, code),
      'pass',
      `${call.id} çağrısı KOBİ'lere ve büyük işletmelere açık; İşletme Beyanı koşulu aranmaz.`,
    );
  }
  return passOrFail(
    code,
    article(call, code),
    declarationCurrent,
    declarationCurrent
      ? `${call.id} çağrısı yalnızca KOBİ'lere açık; İşletme Beyanı güncel.`
      : `${call.id} çağrısı yalnızca KOBİ'lere açık; İşletme Beyanı güncel değil, KOBİ niteliği doğrulanamıyor.`,
  );
}

function naceSectorCheck(input: FinansmanCaseInput, call: FinansmanCall): CheckResult {
  const code = 'nace-sector';
  const divisions = valueOn(call.sectorDivisions, input.asOf);
  const referenceDate = valueOn(call.sectorReferenceDate, input.asOf);
  const parsed = parseNace(input.enterprise.naceMain);
  if (!parsed.ok) return check(code, article(call, code), 'missing-data', `Ana faaliyet kodu okunamadı: ${input.enterprise.naceMain}.`);
  if (divisions === null) return check(code, article(call, code), 'missing-data', 'Çağrının sektörleri ilan edilmedi.');
  const division = Number(parsed.value.division);
  const inside = division >= divisions.first && division <= divisions.last;
  const asOf = referenceDate === null ? '' : ` (${formatDateTr(referenceDate)} itibarıyla)`;
  return passOrFail(
    code,
    article(call, code),
    inside,
    `Ana faaliyet kodu ${parsed.value.formatted}${asOf}, bölüm ${parsed.value.division}: ${inside ? '' : 'imalat sanayi '}NACE bölümleri ${divisions.first}–${divisions.last} (Kısım C) ${inside ? 'içinde' : 'dışında'}.`,
  );
}

const OUTCOME_TR: Readonly<Record<Programme2026HistoryEntry['outcome'], string>> = {
  APPROVED: 'onaylanmış',
  PENDING: 'sonuçlanmamış',
  REJECTED: 'reddedilmiş',
  CANCELLED: 'iptal edilmiş',
};

function describeEntry(entry: Programme2026HistoryEntry): string {
  const line =
    entry.program === 'IKDP-2026'
      ? 'performans desteği (IKDP-2026)'
      : `finansman desteği${entry.call === undefined ? '' : ` ${entry.call}`}`;
  return `${OUTCOME_TR[entry.outcome]} ${line} başvurusu`;
}

/**
 * "… sadece birinden yararlanabilir": an approved or pending application for the performance support (IKDP-2026)
 * blocks the credit line in any call, and so does an approved credit-line application. Rejected and cancelled ones do
 * not; a pending credit-line application does not either (it is usually the one being decided).
 */
function oneLineOnlyCheck(input: FinansmanCaseInput, call: FinansmanCall): CheckResult {
  const blocking = input.history.filter((entry) =>
    entry.program === 'IKDP-2026' ? entry.outcome === 'APPROVED' || entry.outcome === 'PENDING' : entry.outcome === 'APPROVED',
  );
  return passOrFail(
    'one-line-only',
    article(call, 'one-line-only'),
    blocking.length === 0,
    blocking.length === 0
      ? 'İşletmenin 2026 programında performans desteği için onaylanmış ya da sonuçlanmamış, finansman desteği için onaylanmış başvurusu yok.'
      : `İşletmenin ${blocking.map(describeEntry).join(', ')} var; programın iki desteğinden yalnızca birinden yararlanılabilir.`,
  );
}

export function finansmanEligibilityChecks(input: FinansmanCaseInput, call: FinansmanCall): CheckResult[] {
  return [
    legalFormCheck(input.enterprise, article(call, 'legal-form')),
    registrationCheck(input.enterprise, article(call, 'registration')),
    declarationCheck(input, call),
    naceSectorCheck(input, call),
    applicationWindowCheck(
      article(call, 'application-window'),
      input.asOf,
      valueOn(call.applicationStart, input.asOf),
      valueOn(call.applicationEnd, input.asOf),
    ),
    oneLineOnlyCheck(input, call),
  ];
}
