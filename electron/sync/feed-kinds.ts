import { z } from 'zod';
import { feedKeyId } from './feed-protocol';

/**
 * The payload of each feed item kind (docs/sync-protocol.md §13.3). The
 * publisher validates against these before signing; the client parses with
 * them before applying. `APPLIED_FEED_KINDS` are what this version of the
 * client writes into its database; the other kinds are defined (so HQ can
 * publish them and a later client can apply them) and reported as
 * `unsupported` by this one, never dropped silently.
 */
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD olmalı');
const decimalText = z.string().regex(/^\d+(\.\d{1,6})?$/, 'ondalık metin olmalı ("12.5")');
const source = z.string().min(1).max(500);

const calendarDays = z.object({
  /** The whole list of that year: local rows of the year not in it are removed. */
  year: z.number().int().min(2000).max(2100),
  source,
  entries: z.array(z.object({ date: isoDate, kind: z.enum(['full', 'half']), name: z.string().min(1).max(200) })).max(100),
});

export const FEED_PAYLOADS = {
  holidays: calendarDays,
  'idari-izin-days': calendarDays,
  /** TCMB döviz alış rates; added or corrected, never removed. */
  'exchange-rates': z.object({
    source,
    rates: z
      .array(z.object({ rateDate: isoDate, currency: z.string().regex(/^[A-Z]{3}$/), buyingRate: decimalText }))
      .min(1)
      .max(5000),
  }),
  /** Kanuni faiz (3095 s. K. madde 1): the whole table; rows not listed are removed. */
  'legal-interest-rates': z.object({
    rates: z.array(z.object({ effectiveFrom: isoDate, percent: decimalText, act: z.string().min(1).max(300) })).min(1),
  }),
  /** TCMB reeskont and avans rates (3095 s. K. madde 2): the whole table. */
  'reeskont-rates': z.object({
    rates: z.array(z.object({ effectiveFrom: isoDate, discountPercent: decimalText, advancePercent: decimalText, act: z.string() })).min(1),
  }),
  /** The excluded activities of one programme (e.g. ITKFDP-II MADDE 9(14)): its whole list; codes not listed are removed. */
  'excluded-activities': z.object({
    program: z.string().min(1).max(40),
    source,
    entries: z.array(z.object({ naceCode: z.string().regex(/^\d{2}(\.\d{1,2}){0,2}$/), description: z.string().min(1).max(500) })),
  }),
  /** A new version of a programme edition (provisional values included); a stored version never changes. */
  'programme-edition': z.object({
    editionId: z.string().min(1).max(40),
    version: z.number().int().positive(),
    provisional: z.boolean(),
    effectiveFrom: isoDate.nullable(),
    source,
    edition: z.record(z.string(), z.unknown()),
  }),
  /** A call (çağrı) calendar as headquarters announced it. */
  'call-calendar': z.object({
    program: z.string().min(1).max(40),
    name: z.string().min(1).max(200),
    announcedOn: isoDate.nullable(),
    applicationStart: isoDate.nullable(),
    applicationEnd: isoDate.nullable(),
    lastRequestOn: isoDate.nullable(),
    source,
  }),
  /** An enterprise assigned to a müdürlük for monitoring (izleme), by VKN. */
  'monitoring-assignment': z.object({
    branchId: z.string().regex(/^[a-z0-9][a-z0-9-]{1,62}$/),
    vkn: z.string().regex(/^\d{10,11}$/),
    program: z.string().min(1).max(40),
    applicationRef: z.string().min(1).max(60),
    visitDueOn: isoDate,
  }),
  /** Headquarters paid a payment request: the amount in kuruş and the date, for the branch's file. */
  'payment-made': z.object({
    branchId: z.string().regex(/^[a-z0-9][a-z0-9-]{1,62}$/),
    paymentRequestRef: z.string().min(1).max(60),
    paidOn: isoDate,
    amountMinor: z.number().int().nonnegative(),
    currency: z.string().regex(/^[A-Z]{3}$/),
  }),
  /** Key rotation: a new signing key, announced in an item signed by a key the branch already trusts. */
  'feed-key': z.object({
    keyId: feedKeyId,
    publicKeyPem: z.string().min(1).max(2000),
    /** A key learned earlier from the feed that items may no longer be signed with. */
    retires: feedKeyId.nullable(),
  }),
} as const;

export type FeedKind = keyof typeof FEED_PAYLOADS;
export type FeedPayload<K extends FeedKind> = z.infer<(typeof FEED_PAYLOADS)[K]>;

export const FEED_KINDS = Object.keys(FEED_PAYLOADS) as FeedKind[];

export function isFeedKind(kind: string): kind is FeedKind {
  return Object.hasOwn(FEED_PAYLOADS, kind);
}

/** The kinds this client applies; the rest are reported as `unsupported`. */
export const APPLIED_FEED_KINDS: ReadonlySet<FeedKind> = new Set<FeedKind>([
  'holidays',
  'idari-izin-days',
  'exchange-rates',
  'legal-interest-rates',
  'excluded-activities',
  'programme-edition',
  'feed-key',
]);
