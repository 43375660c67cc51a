import { z } from 'zod';
import { isoDate, moneyString, monthKey, parseWith } from '../../inputs/common';
import type { LegalSource } from '../../lib/legal-reference';
import type { Validated } from '../../lib/validation';
import type { IkdpArticleKey, IkdpEdition } from './edition';

/**
 * An İstihdamı Koruma edition as headquarters ships it (issue 18: a new
 * version of an edition, a corrected provisional value), parsed before the
 * rules use it: the same shape as the built-in editions (edition-2025.ts,
 * edition-2026.ts), every parameter a list of dated values with its legal
 * source, `null` for "not announced yet".
 */
const legalSource = z
  .object({ article: z.string().min(1), act: z.string().min(1), provisional: z.boolean().optional(), lastConfirmed: isoDate.optional() })
  .transform(({ article, act, provisional, lastConfirmed }): LegalSource => ({
    article,
    act,
    ...(provisional === undefined ? {} : { provisional }),
    ...(lastConfirmed === undefined ? {} : { lastConfirmed }),
  }));

function parameter<T extends z.ZodType>(value: T) {
  return z.array(z.object({ from: isoDate, value: value.nullable(), source: legalSource })).min(1);
}

const ARTICLE_KEYS = [
  'legalForm',
  'registration',
  'declaration',
  'naceSector',
  'onceOnly',
  'rejectedBefore',
  'applicationWindow',
  'base',
  'foundedInBase',
  'monthWindow',
  'monthNotEnded',
  'monthAlreadyPaid',
  'employmentPreserved',
  'requestDeadline',
  'taxLiability',
  'kosgebDebt',
  'programmeTerminated',
  'amount',
  'monthAmount',
  'requestAmount',
  'cap',
  'programmePeriod',
  'postMonitoring',
  'requestRejected',
  'timeLimit',
] as const satisfies readonly IkdpArticleKey[];

const programmePeriod = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('months-from-approval'), months: z.number().int().positive() }),
  z.object({ kind: z.literal('fixed-end'), end: isoDate }),
]);

const ikdpEditionSchema = z.object({
  id: z.enum(['IKDP-2025', 'IKDP-2026']),
  name: z.string().min(1),
  regulation: z.string().min(1),
  provisional: z.boolean(),
  // `satisfies`: fails to compile when `IkdpArticleKey` gains a key the list above lacks.
  articles: z.record(z.enum(ARTICLE_KEYS), z.string().min(1)) satisfies z.ZodType<Record<IkdpArticleKey, string>>,
  baseMonths: parameter(z.array(monthKey).min(1)),
  requestableMonths: parameter(z.object({ first: monthKey, last: monthKey })),
  supportPer30PrimGun: parameter(moneyString),
  basePrimGunCap: parameter(z.number().int().positive()),
  totalCapTry: parameter(moneyString),
  sectorPrefixes: parameter(z.array(z.string().regex(/^\d{2}(\.\d{2}){0,2}$/, 'NACE öneki bekleniyor'))),
  sectorReferenceDate: parameter(isoDate),
  declarationRequired: parameter(z.boolean()),
  applicationStart: parameter(isoDate),
  applicationEnd: parameter(isoDate),
  requestDeadline: parameter(isoDate),
  programmePeriod: parameter(programmePeriod),
  postMonitoringAfterYears: parameter(z.number().int().nonnegative()),
  preservationRule: parameter(z.enum(['requested-months-average', 'month-or-year-to-date-average'])),
});

export function isIkdpEditionId(editionId: string): editionId is IkdpEdition['id'] {
  return editionId === 'IKDP-2025' || editionId === 'IKDP-2026';
}

/** A shipped edition payload as the rules' `IkdpEdition`, or field-named Turkish issues. */
export function parseIkdpEdition(payload: unknown): Validated<IkdpEdition> {
  return parseWith<IkdpEdition>(ikdpEditionSchema, payload);
}
