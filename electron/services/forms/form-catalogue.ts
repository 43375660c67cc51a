import type { ProgramId } from '../../../core/inputs/eligibility-input';

/**
 * The programme forms KOBİ Dosya issues. The İstihdamı Koruma forms keep the
 * codes of the regulation's annex (FRM.39.00.03/05/06). The ITKFDP-II annex
 * prints its codes without the unit digits ("TAB....00.01", "FRM....00.04"),
 * so those three carry stable codes of our own built from the annex
 * numbering: ITKFDP2-TAB.01, ITKFDP2-FRM.04, ITKFDP2-FRM.05.
 */
export type FormSubject = 'application' | 'request' | 'visit';

export type FormDefinition = {
  readonly code: string;
  readonly title: string;
  readonly programmes: readonly ProgramId[];
  readonly subject: FormSubject;
};

const IKDP: readonly ProgramId[] = ['IKDP-2025', 'IKDP-2026'];
const ITKFDP: readonly ProgramId[] = ['ITKFDP-II'];

export const FORM_DEFINITIONS = [
  { code: 'FRM.39.00.03', title: 'Başvuru Değerlendirme Formu', programmes: IKDP, subject: 'application' },
  { code: 'FRM.39.00.05', title: 'Destek Ödeme Uygunluk Formu', programmes: IKDP, subject: 'request' },
  { code: 'FRM.39.00.06', title: 'Program Sonrası İzleme Formu', programmes: IKDP, subject: 'visit' },
  { code: 'ITKFDP2-TAB.01', title: 'Başvuru Kontrol Tablosu', programmes: ITKFDP, subject: 'application' },
  { code: 'ITKFDP2-FRM.04', title: 'Ödeme Uygunluk Formu', programmes: ITKFDP, subject: 'request' },
  { code: 'ITKFDP2-FRM.05', title: 'Yerinde İzleme Formu', programmes: ITKFDP, subject: 'visit' },
] as const satisfies readonly FormDefinition[];

export type FormCode = (typeof FORM_DEFINITIONS)[number]['code'];

/**
 * The credit line's form (issue 19). Its case is a credit-line application (`finansman_applications`), not a
 * programme file, so it stands beside the definitions above; the code is our own (the line's annex is not published).
 */
export const FINANSMAN_FORM = { code: 'FIN2026-FRM.01', title: 'Finansman Desteği Uygunluk Formu' } as const;

export const FORM_CODES: readonly (FormCode | typeof FINANSMAN_FORM.code)[] = [
  ...FORM_DEFINITIONS.map((definition) => definition.code),
  FINANSMAN_FORM.code,
];

export function formDefinition(code: string): FormDefinition | undefined {
  return FORM_DEFINITIONS.find((definition) => definition.code === code);
}

export const PROGRAMME_TITLES: Readonly<Record<ProgramId, string>> = {
  'IKDP-2025': 'İSTİHDAMI KORUMA DESTEK PROGRAMI',
  'IKDP-2026': 'İSTİHDAMI KORUMA DESTEK PROGRAMI',
  'ITKFDP-II': 'İSTİHDAM TAAHHÜTLÜ KOBİ FİNANSMAN DESTEK PROGRAMI-II',
};
