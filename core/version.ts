/**
 * Version of the rule code. Stored with every decision, with the edition and
 * the parameter values used, so a decision can be reproduced years later.
 * Raise it whenever a rule's behaviour changes.
 */
export const RULES_VERSION = '2026.12.0';

/**
 * What each version changed, newest first, so a decision stored under an older one can be told apart (its snapshot
 * keeps the version it was made under; `compareDecisions` shows what today's rules would decide differently).
 */
export const RULES_VERSION_NOTES: Readonly<Record<string, string>> = {
  '2026.12.0':
    'ITKFDP-II: taahhüt bileşimi her personel değişikliğinin öncesi ve sonrası için; GKAS/UKSK statü kontrolü (14(22), 14(23)); ' +
    'tax-liability (14(11)(a)), other-programme-staff (9(12)); tatil tablosu sonrası süreler; arife/28 Ekim fiziki teslim 12:30; ' +
    '7589 sayılı Kanunla kanuni faiz; IKDP-2026 başvuru bitişi 30/04/2026; tutar satırlarında madde.',
  '2026.11.0': 'Bu notlardan önceki sürüm.',
};
