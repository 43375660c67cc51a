import { z } from 'zod';
import { channel, USER_ROLES } from './result';
import { isoDate, programId, recordId } from './values';

/** One parameter of the programme edition that decided a case: its value on the case's date, or a gap. */
export const programmeParameter = z.strictObject({
  key: z.string(),
  label: z.string(),
  /** `null`: announced as coming but not announced yet; no decision rests on it. */
  value: z.string().nullable(),
  article: z.string().nullable(),
  act: z.string().nullable(),
  /** From public announcements, not yet from the regulation's text: headquarters can still correct it. */
  provisional: z.boolean(),
  lastConfirmed: isoDate.nullable(),
});

export const PROGRAMME_CHANNELS = {
  /**
   * The edition's parameters for an application (İstihdamı Koruma editions; ITKFDP-II answers no lines), on the
   * approval date, else the application date, else today. `provisionalArticles`: the articles, as the checks cite
   * them, whose values are provisional.
   */
  'programme:get-parameters': channel({
    request: z.strictObject({ applicationId: recordId }),
    response: z.strictObject({
      program: programId,
      editionName: z.string(),
      provisional: z.boolean(),
      asOf: isoDate,
      lines: z.array(programmeParameter),
      provisionalArticles: z.array(z.string()),
    }),
    roles: USER_ROLES,
    writes: false,
  }),
} as const;
