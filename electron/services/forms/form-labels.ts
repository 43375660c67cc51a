import type { LegalForm } from '../../../core/inputs/common';
import type { MonitoringVisitOutcome } from '../../../db/schema/enums';
import type { UserRole } from '../../../db/schema/enums';

/** The Turkish words the forms print for stored codes (one catalogue for the forms). */

export const LEGAL_FORM_TR: Readonly<Record<LegalForm, string>> = {
  GERCEK_KISI: 'Gerçek kişi',
  TUZEL_KISI: 'Tüzel kişi',
  DIGER: 'Diğer',
};

export const VISIT_OUTCOME_TR: Readonly<Record<MonitoringVisitOutcome, string>> = {
  COMPLIANT: 'Taahhütlere uygun',
  NON_COMPLIANT: 'Taahhütlere uygun değil',
  NOT_FOUND: 'İşletme adresinde bulunamadı',
};

export const ROLE_TITLE_TR: Readonly<Record<UserRole, string>> = {
  sorumlu_personel: 'KOBİ Uzmanı',
  mudur: 'Müdür',
  izleyici: 'İzleyici',
  yonetici: 'Sistem Yöneticisi',
};

export function yesNo(value: boolean | null): string {
  return value === null ? 'Bilinmiyor' : value ? 'Evet' : 'Hayır';
}

/** Only the first two and last two digits of a T.C. kimlik numarası are printed (KVKK: the form does not need more). */
export function maskTckn(tckn: string): string {
  return tckn.length < 5 ? tckn : `${tckn.slice(0, 2)}${'*'.repeat(tckn.length - 4)}${tckn.slice(-2)}`;
}
