import { z } from 'zod';
import { channel, USER_ROLES } from './result';
import { isoDate, isoTimestamp, programId, recordId } from './values';

export const visitChecklistItem = z.strictObject({
  code: z.string().min(1).max(64),
  label: z.string().min(1).max(500),
  answer: z.enum(['evet', 'hayir', 'uygulanmaz']),
});

/** A drawn signature as a PNG data URL (the canvas's `toDataURL('image/png')`). */
const pngDataUrl = z
  .string()
  .max(2_000_000)
  .regex(/^data:image\/png;base64,[A-Za-z0-9+/]+=*$/, 'İmza PNG görüntüsü (data:image/png;base64,…) olmalı.');
const imageDataUrl = z
  .string()
  .max(8_000_000)
  .regex(/^data:image\/(png|jpeg|webp);base64,[A-Za-z0-9+/]+=*$/, 'Fotoğraf PNG, JPEG ya da WebP görüntüsü olmalı.');

export const visitReport = z.strictObject({
  visitId: recordId,
  checklist: z.array(visitChecklistItem).max(200),
  notes: z.string().max(20_000),
  signatures: z.array(z.strictObject({ signer: z.string().min(1).max(200), role: z.string().min(1).max(100), pngDataUrl })).max(10),
  photos: z.array(z.strictObject({ caption: z.string().max(500), dataUrl: imageDataUrl })).max(20),
});

export const VISIT_STATES = ['atandi', 'ziyaret_edildi', 'rapor_imzalandi', 'merkeze_gonderildi'] as const;

export const visitListItem = z.strictObject({
  id: recordId,
  applicationId: recordId,
  program: programId,
  unvan: z.string(),
  kind: z.enum(['ON_SITE', 'POST_PROGRAMME']),
  dueOn: isoDate.nullable(),
  visitedOn: isoDate.nullable(),
  visitorUserId: recordId.nullable(),
  visitorName: z.string().nullable(),
  state: z.string(),
  stateLabel: z.string(),
  /** Planned date passed and the visit not made yet. */
  overdue: z.boolean(),
});

export const VISIT_CHANNELS = {
  /**
   * The field monitor's list: `mine` the visits assigned to the signed-in user, `unassigned` those nobody is
   * assigned to, `all` every visit; optionally one workflow state. Earliest planned date first, at most `limit`.
   */
  'visit:list': channel({
    request: z.strictObject({
      scope: z.enum(['mine', 'unassigned', 'all']),
      state: z.enum(VISIT_STATES).optional(),
      limit: z.number().int().min(1).max(500).optional(),
    }),
    response: z.strictObject({ visits: z.array(visitListItem), more: z.boolean(), today: isoDate }),
    roles: USER_ROLES,
    writes: false,
  }),
  /** Who a visit may be assigned to: the active field monitors (izleyici), by name (the assignment form's choice). */
  'visit:visitors': channel({
    request: z.strictObject({}),
    response: z.strictObject({ visitors: z.array(z.strictObject({ id: recordId, fullName: z.string(), username: z.string() })) }),
    roles: ['sorumlu_personel', 'mudur'],
    writes: false,
  }),
  'visit:schedule': channel({
    request: z.strictObject({
      applicationId: recordId,
      kind: z.enum(['ON_SITE', 'POST_PROGRAMME']),
      dueOn: isoDate,
      visitorUserId: recordId.optional(),
    }),
    response: z.strictObject({ visitId: recordId, state: z.string() }),
    roles: ['sorumlu_personel', 'mudur'],
    writes: true,
  }),
  /** The on-site form: checklist, notes, drawn signatures, photos. Refused once the report is signed. */
  'visit:save-report': channel({
    request: visitReport,
    response: z.strictObject({ updatedAt: isoTimestamp }),
    roles: ['sorumlu_personel', 'izleyici'],
    writes: true,
  }),
  'visit:get-report': channel({
    request: z.strictObject({ visitId: recordId }),
    response: z.strictObject({ report: visitReport.extend({ updatedAt: isoTimestamp }).nullable() }),
    roles: ['sorumlu_personel', 'mudur', 'izleyici', 'yonetici'],
    writes: false,
  }),
} as const;
