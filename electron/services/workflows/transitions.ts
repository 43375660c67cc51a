import type { UserRole } from '../../contract/result';
import type { WorkflowKind } from '../../contract/workflow-catalogue';

/**
 * The workflows as data (STYLE.md "Workflows as data"): one row per allowed
 * transition, with the roles that may make it and the guards it must pass.
 * Anything not in this table is an illegal transition (`conflict`). The
 * README renders this table; test/electron/services/workflow-transitions
 * walks it row by row for every role.
 *
 * Guards (checked in workflow-guards.ts):
 * - `evaluation-stored`: an eligibility evaluation by core/ is stored (for the
 *   credit line: a decision record of `finansman:evaluate`);
 * - `evaluation-current`: the stored credit-line evaluation is what the rules
 *   say on today's data (a changed loan, PEK or rule version makes it stale);
 * - `four-eyes-evaluation`: the approver did not prepare the latest evaluation
 *   nor send the file for approval;
 * - `evaluation-eligible`: the latest evaluation is eligible;
 * - `reason`: the step is written down with its reason (the note);
 * - `payment-decided` / `payment-approved`: the request's decision by core/ is
 *   stored / approves it;
 * - `day-facts`: the ITKFDP-II eligibility form records the tax liability and
 *   tax/SGK debt status of the day (MADDE 14(11), 14(17));
 * - `four-eyes-form`: the müdür approving did not prepare the form;
 * - `no-debt`: sending to headquarters is refused on a tax or SGK debt of the
 *   day (MADDE 14(11), 14(17));
 * - `programme-running`: an IKDP programme terminated leaves its pending
 *   requests unprocessed (MADDE 13(2));
 * - `credit-used-on`: the date the credit was used is given (ITKFDP-II MADDE 12(2));
 * - `visit-report` / `visit-signed`: the on-site form is filled / signed.
 */
export type Guard =
  | 'evaluation-stored'
  | 'evaluation-current'
  | 'reason'
  | 'four-eyes-evaluation'
  | 'evaluation-eligible'
  | 'payment-decided'
  | 'payment-approved'
  | 'day-facts'
  | 'four-eyes-form'
  | 'no-debt'
  | 'programme-running'
  | 'credit-used-on'
  | 'visit-report'
  | 'visit-signed';

export type Transition = {
  readonly kind: WorkflowKind;
  readonly from: string;
  readonly to: string;
  readonly roles: readonly UserRole[];
  readonly guards: readonly Guard[];
};

const UZMAN: readonly UserRole[] = ['sorumlu_personel'];
const MUDUR: readonly UserRole[] = ['mudur'];
const FIELD: readonly UserRole[] = ['sorumlu_personel', 'izleyici'];

function rows(kind: WorkflowKind, list: readonly [string, string, readonly UserRole[], readonly Guard[]][]): Transition[] {
  return list.map(([from, to, roles, guards]) => ({ kind, from, to, roles, guards }));
}

export const TRANSITIONS: readonly Transition[] = [
  ...rows('ikdp_application', [
    ['taslak', 'degerlendirmede', UZMAN, []],
    ['degerlendirmede', 'mudur_onayinda', UZMAN, ['evaluation-stored']],
    ['mudur_onayinda', 'degerlendirmede', MUDUR, []],
    ['mudur_onayinda', 'onaylandi', MUDUR, ['evaluation-stored', 'four-eyes-evaluation', 'evaluation-eligible']],
    ['mudur_onayinda', 'reddedildi', MUDUR, ['evaluation-stored', 'four-eyes-evaluation']],
    ['onaylandi', 'sonlandirildi', MUDUR, []],
    ['onaylandi', 'tamamlandi', MUDUR, []],
  ]),
  ...rows('itkfdp_application', [
    ['banka_onayli', 'kontrolde', UZMAN, []],
    ['kontrolde', 'duzeltmede', UZMAN, []],
    ['duzeltmede', 'kontrolde', UZMAN, []],
    ['kontrolde', 'onaylandi', MUDUR, ['evaluation-stored', 'four-eyes-evaluation', 'evaluation-eligible']],
    ['kontrolde', 'reddedildi', MUDUR, ['evaluation-stored', 'four-eyes-evaluation']],
    ['duzeltmede', 'onaylandi', MUDUR, ['evaluation-stored', 'four-eyes-evaluation', 'evaluation-eligible']],
    ['duzeltmede', 'reddedildi', MUDUR, ['evaluation-stored', 'four-eyes-evaluation']],
    ['onaylandi', 'kredi_kullandirildi', UZMAN, ['credit-used-on']],
    ['kredi_kullandirildi', 'destek_suresinde', UZMAN, []],
    ['destek_suresinde', 'tamamlandi', MUDUR, []],
    ['destek_suresinde', 'sonlandirildi', MUDUR, []],
  ]),
  ...rows('payment_request', [
    ['alindi', 'incelemede', UZMAN, ['programme-running']],
    ['incelemede', 'uygun', UZMAN, ['programme-running', 'payment-decided', 'payment-approved']],
    ['incelemede', 'reddedildi', UZMAN, ['programme-running', 'payment-decided']],
    ['uygun', 'uygunluk_formu_hazirlandi', [...UZMAN, ...MUDUR], ['programme-running', 'day-facts']],
    ['uygunluk_formu_hazirlandi', 'mudur_onayladi', MUDUR, ['programme-running', 'four-eyes-form']],
    ['mudur_onayladi', 'merkeze_gonderildi', [...UZMAN, ...MUDUR], ['programme-running', 'day-facts', 'no-debt']],
  ]),
  ...rows('monitoring_visit', [
    ['atandi', 'ziyaret_edildi', FIELD, ['visit-report']],
    ['ziyaret_edildi', 'rapor_imzalandi', FIELD, ['visit-report', 'visit-signed']],
    ['rapor_imzalandi', 'merkeze_gonderildi', MUDUR, []],
  ]),
  ...rows('finansman_application', [
    ['basvuru_alindi', 'degerlendirmede', UZMAN, []],
    ['basvuru_alindi', 'iptal_edildi', UZMAN, ['reason']],
    ['degerlendirmede', 'mudur_onayinda', UZMAN, ['evaluation-stored', 'evaluation-current']],
    ['degerlendirmede', 'iptal_edildi', UZMAN, ['reason']],
    ['mudur_onayinda', 'degerlendirmede', MUDUR, ['reason']],
    ['mudur_onayinda', 'onaylandi', MUDUR, ['evaluation-stored', 'evaluation-current', 'four-eyes-evaluation', 'evaluation-eligible']],
    ['mudur_onayinda', 'reddedildi', MUDUR, ['evaluation-stored', 'evaluation-current', 'four-eyes-evaluation']],
  ]),
];

export function transitionsFrom(kind: WorkflowKind, from: string): Transition[] {
  return TRANSITIONS.filter((transition) => transition.kind === kind && transition.from === from);
}

export function findTransition(kind: WorkflowKind, from: string, to: string): Transition | undefined {
  return TRANSITIONS.find((transition) => transition.kind === kind && transition.from === from && transition.to === to);
}
