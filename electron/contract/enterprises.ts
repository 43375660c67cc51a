import { z } from 'zod';
import { channel, USER_ROLES } from './result';
import { isoDate, isoTimestamp, programId, recordId } from './values';

export const legalForm = z.enum(['GERCEK_KISI', 'TUZEL_KISI', 'DIGER']);

export const enterpriseHit = z.strictObject({
  id: recordId,
  unvan: z.string(),
  vkn: z.string().nullable(),
  tckn: z.string().nullable(),
  naceMain: z.string().nullable(),
  provinces: z.array(z.string()),
  match: z.enum(['identifier', 'unvan', 'text']),
});

export const enterpriseSite = z.strictObject({
  id: recordId,
  province: z.string(),
  kind: z.enum(['merkez', 'sube']),
  sgkIsyeriSicilNo: z.string().nullable(),
});

export const enterprise = z.strictObject({
  id: recordId,
  vkn: z.string().nullable(),
  tckn: z.string().nullable(),
  unvan: z.string(),
  legalForm,
  registered: z.boolean(),
  active: z.boolean(),
  declarationCurrent: z.boolean(),
  naceMain: z.string().nullable(),
  naceReferenceDate: isoDate.nullable(),
  foundedOn: isoDate.nullable(),
  /** TR IBAN for support payments, normalised (26 characters, no spaces). */
  iban: z.string().nullable(),
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
});
export type EnterpriseDto = z.infer<typeof enterprise>;

export const applicationSummary = z.strictObject({
  id: recordId,
  program: programId,
  state: z.string(),
  stateLabel: z.string(),
  appliedOn: isoDate.nullable(),
  responsibleUserId: recordId.nullable(),
});

const text = (max: number) => z.string().trim().max(max);
const enterpriseFields = {
  vkn: text(10).nullable().optional(),
  tckn: text(11).nullable().optional(),
  unvan: text(300).min(1, 'Unvan boş olamaz.'),
  legalForm,
  registered: z.boolean(),
  active: z.boolean(),
  declarationCurrent: z.boolean(),
  naceMain: text(16).nullable().optional(),
  naceReferenceDate: isoDate.nullable().optional(),
  foundedOn: isoDate.nullable().optional(),
  /** Checked (TR, 26 characters, mod 97) and stored without spaces; `null` removes it. */
  iban: text(40).nullable().optional(),
};
const siteFields = z.strictObject({
  province: text(40).min(1, 'İl boş olamaz.'),
  kind: z.enum(['merkez', 'sube']),
  sgkIsyeriSicilNo: text(40).nullable().optional(),
});

export const ENTERPRISE_CHANNELS = {
  /** Search as you type (unvan, VKN/TCKN, il, NACE, personnel name). */
  'enterprise:search': channel({
    request: z.strictObject({ query: z.string().max(200), limit: z.number().int().min(1).max(200).optional() }),
    response: z.strictObject({ hits: z.array(enterpriseHit) }),
    roles: USER_ROLES,
    writes: false,
  }),
  'enterprise:get': channel({
    request: z.strictObject({ id: recordId }),
    response: z.strictObject({ enterprise, sites: z.array(enterpriseSite), applications: z.array(applicationSummary) }),
    roles: USER_ROLES,
    writes: false,
  }),
  /** Identifiers checked (VKN, TCKN, NACE, province, IBAN) with Turkish messages. */
  'enterprise:create': channel({
    request: z.strictObject({ ...enterpriseFields, sites: z.array(siteFields).min(1, 'En az bir işyeri (il) gerekli.').max(200) }),
    response: z.strictObject({ enterprise }),
    roles: ['sorumlu_personel', 'mudur'],
    writes: true,
  }),
  'enterprise:update': channel({
    request: z.strictObject({ id: recordId, changes: z.strictObject(enterpriseFields).partial() }),
    response: z.strictObject({ enterprise }),
    roles: ['sorumlu_personel', 'mudur'],
    writes: true,
  }),
  'enterprise:add-site': channel({
    request: siteFields.extend({ enterpriseId: recordId }),
    response: z.strictObject({ site: enterpriseSite }),
    roles: ['sorumlu_personel', 'mudur'],
    writes: true,
  }),
  /** Checks one identifier as typed: TCKN, VKN, IBAN (TR), NACE, province. */
  'identifier:check': channel({
    request: z.strictObject({ type: z.enum(['tckn', 'vkn', 'iban', 'nace', 'province']), value: z.string().max(64) }),
    response: z.strictObject({ valid: z.boolean(), message: z.string(), normalized: z.string().nullable() }),
    roles: USER_ROLES,
    writes: false,
  }),
} as const;
