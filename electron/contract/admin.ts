import { z } from 'zod';
import { channel, USER_ROLES } from './result';
import { newPassword, sessionUser } from './session';
import { decimalString, empty, isoDate, isoTimestamp, recordId } from './values';

export const userDto = sessionUser.extend({ active: z.boolean(), createdAt: isoTimestamp });

const base64 = z
  .string()
  .max(40_000_000)
  .regex(/^[A-Za-z0-9+/]*=*$/, 'Dosya içeriği base64 olmalı.');
const uploadedFile = z.strictObject({ fileName: z.string().min(1).max(255), contentBase64: base64 });

export const ADMIN_CHANNELS = {
  'user:list': channel({
    request: empty,
    response: z.strictObject({ users: z.array(userDto) }),
    roles: ['yonetici', 'mudur'],
    writes: false,
  }),
  'user:create': channel({
    request: z.strictObject({
      username: z
        .string()
        .trim()
        .min(1)
        .max(64)
        .regex(/^[a-z0-9._-]+$/, 'Kullanıcı adı küçük harf, rakam, nokta, tire ya da alt çizgi olmalı.'),
      fullName: z.string().trim().min(1).max(128),
      role: z.enum(USER_ROLES),
      password: newPassword,
    }),
    response: z.strictObject({ user: userDto }),
    roles: ['yonetici'],
    writes: true,
  }),
  'user:update': channel({
    request: z.strictObject({
      id: recordId,
      fullName: z.string().trim().min(1).max(128).optional(),
      role: z.enum(USER_ROLES).optional(),
      active: z.boolean().optional(),
    }),
    response: z.strictObject({ user: userDto }),
    roles: ['yonetici'],
    writes: true,
  }),
  'user:set-password': channel({
    request: z.strictObject({ id: recordId, password: newPassword }),
    response: empty,
    roles: ['yonetici'],
    writes: true,
  }),
  'reference:list': channel({
    request: z.strictObject({ kind: z.enum(['holidays', 'idari-izin', 'exchange-rates']) }),
    response: z.strictObject({
      rows: z.array(z.strictObject({ date: isoDate, label: z.string(), value: z.string().nullable(), source: z.string() })),
    }),
    roles: USER_ROLES,
    writes: false,
  }),
  /** Holidays and idari izin days (full or half day), exchange rates: kept by the yönetici, audited. */
  'reference:put': channel({
    request: z.discriminatedUnion('kind', [
      z.strictObject({
        kind: z.literal('holiday'),
        date: isoDate,
        dayKind: z.enum(['full', 'half']),
        name: z.string().trim().min(1).max(200),
      }),
      z.strictObject({
        kind: z.literal('idari-izin'),
        date: isoDate,
        dayKind: z.enum(['full', 'half']),
        name: z.string().trim().min(1).max(200),
      }),
      z.strictObject({ kind: z.literal('exchange-rate'), date: isoDate, currency: z.literal('EUR'), buyingRate: decimalString }),
    ]),
    response: z.strictObject({ outcome: z.enum(['inserted', 'updated', 'unchanged']) }),
    roles: ['yonetici'],
    writes: true,
  }),
  'import:sgk': channel({
    request: uploadedFile.extend({ enterpriseId: recordId, province: z.string().max(40).optional() }),
    response: z.strictObject({ outcome: z.enum(['imported', 'already-imported']), message: z.string() }),
    roles: ['yonetici', 'sorumlu_personel'],
    writes: true,
  }),
  'import:rates': channel({
    request: z.strictObject({ files: z.array(uploadedFile).min(1).max(500) }),
    response: z.strictObject({ outcome: z.enum(['imported', 'already-imported']), message: z.string() }),
    roles: ['yonetici'],
    writes: true,
  }),
  /** An encrypted, checked backup now, into the backup folder (yönetici). */
  'backup:create': channel({
    request: empty,
    response: z.strictObject({ path: z.string(), message: z.string() }),
    roles: ['yonetici'],
    writes: false,
  }),
  'backup:list': channel({
    request: empty,
    response: z.strictObject({
      backups: z.array(z.strictObject({ path: z.string(), sizeBytes: z.number().int(), modifiedAt: isoTimestamp })),
    }),
    roles: ['yonetici'],
    writes: false,
  }),
  /** The sync with headquarters: the real outbox queue, the last success and the last failure with its Turkish reason. */
  'sync:status': channel({
    request: empty,
    response: z.strictObject({
      pending: z.number().int().min(0),
      conflicts: z.number().int().min(0),
      blocked: z.number().int().min(0),
      lastSuccess: isoTimestamp.nullable(),
      lastError: z.strictObject({ at: isoTimestamp, code: z.string(), message: z.string() }).nullable(),
      refused: z.array(z.strictObject({ label: z.string(), kind: z.enum(['conflict', 'blocked']), reason: z.string(), at: isoTimestamp })),
      summary: z.string(),
      lastAttempt: isoTimestamp.nullable(),
      /** Failed rounds since the last success (0: the last round succeeded). */
      consecutiveFailures: z.number().int().min(0),
      /** The headquarters address of the last round (from `sync_state`). */
      hqUrl: z.string().nullable(),
      /** This running app's sync worker; `null`: this PC is not connected to a headquarters (no address set). */
      worker: z
        .strictObject({ hqUrl: z.string(), running: z.boolean(), roundInProgress: z.boolean(), problem: z.string().nullable() })
        .nullable(),
    }),
    roles: USER_ROLES,
    writes: false,
  }),
  /** "Şimdi eşitle": the worker starts a round now instead of at the end of its wait. */
  'sync:run': channel({
    request: empty,
    response: z.strictObject({ started: z.boolean(), message: z.string() }),
    roles: USER_ROLES,
    writes: false,
  }),
} as const;
