import { formatDateTr, type IsoDate } from '../lib/calendar-date';
import { check, passOrFail, type CheckResult } from '../lib/checks';
import type { LegalForm } from '../inputs/common';
import type { EnterpriseProfile } from '../inputs/eligibility-input';

/** Checks that every programme makes of the enterprise's record, each with the article of its own regulation. */

const LEGAL_FORM_TR: Readonly<Record<LegalForm, string>> = {
  GERCEK_KISI: 'gerçek kişi',
  TUZEL_KISI: 'tüzel kişi',
  DIGER: 'gerçek veya tüzel kişi dışında bir statü',
};

export function legalFormCheck(enterprise: Pick<EnterpriseProfile, 'legalForm'>, article: string): CheckResult {
  const allowed = enterprise.legalForm === 'GERCEK_KISI' || enterprise.legalForm === 'TUZEL_KISI';
  return passOrFail(
    'legal-form',
    article,
    allowed,
    allowed
      ? `İşletme Türk Ticaret Kanununda tanımlı ${LEGAL_FORM_TR[enterprise.legalForm]} statüsünde.`
      : `İşletmenin statüsü (${LEGAL_FORM_TR[enterprise.legalForm]}) Türk Ticaret Kanununda tanımlı gerçek veya tüzel kişi değil.`,
  );
}

export function registrationCheck(enterprise: Pick<EnterpriseProfile, 'registered' | 'active'>, article: string): CheckResult {
  if (!enterprise.registered) return check('registration', article, 'fail', 'İşletme KOSGEB sistemine kayıtlı değil.');
  if (!enterprise.active) return check('registration', article, 'fail', 'İşletme sistemde kayıtlı ancak aktif durumda değil.');
  return check('registration', article, 'pass', 'İşletme sistemde kayıtlı ve aktif durumda.');
}

export function declarationCheck(enterprise: EnterpriseProfile, article: string): CheckResult {
  return passOrFail(
    'declaration',
    article,
    enterprise.declarationCurrent,
    enterprise.declarationCurrent ? 'İşletme Beyanı güncel.' : 'İşletme Beyanı güncel değil.',
  );
}

/** A date inside an announced window; an end not announced leaves the window open from its start. */
export function applicationWindowCheck(article: string, date: IsoDate, start: IsoDate | null, end: IsoDate | null): CheckResult {
  if (start === null) {
    return check('application-window', article, 'missing-data', 'Başvuru döneminin başlangıç tarihi ilan edilmedi.');
  }
  const window =
    end === null
      ? `${formatDateTr(start)} tarihinden itibaren (bitiş tarihi henüz ilan edilmedi)`
      : `${formatDateTr(start)} – ${formatDateTr(end)}`;
  const inside = date >= start && (end === null || date <= end);
  return passOrFail(
    'application-window',
    article,
    inside,
    `Başvuru tarihi ${formatDateTr(date)}, başvuru dönemi ${window}: ${inside ? 'dönem içinde' : 'dönem dışında'}.`,
  );
}
