import { asc, eq, sql } from 'drizzle-orm';
import type { LegalForm } from '../../core/inputs/common';
import { isIsoDate } from '../../core/lib/calendar-date';
import { checkTurkishIban, isValidTckn, isValidVkn } from '../../core/lib/identifiers';
import { parseNace } from '../../core/lib/nace';
import { foldTurkish } from '../../core/lib/turkish-text';
import type { KobiDatabase, Orm } from '../connection';
import { enterpriseSites } from '../schema/enterprise-sites';
import { enterprises } from '../schema/enterprises';
import type { SiteKind } from '../schema/enums';
import type { WriteContext } from '../write-context';
import { preparedQuery } from './prepared-query';
import { RepositoryInputError } from './repository-error';

export type EnterpriseRow = typeof enterprises.$inferSelect;
export type EnterpriseSiteRow = typeof enterpriseSites.$inferSelect;

export type Enterprise = {
  readonly id: number;
  readonly vkn: string | null;
  readonly tckn: string | null;
  readonly unvan: string;
  readonly legalForm: LegalForm;
  readonly registered: boolean;
  readonly active: boolean;
  readonly declarationCurrent: boolean;
  readonly naceMain: string | null;
  readonly naceReferenceDate: string | null;
  readonly foundedOn: string | null;
  /** TR IBAN for support payments, normalised (no spaces, upper case). */
  readonly iban: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
};

export type EnterpriseFields = {
  readonly vkn?: string | null;
  readonly tckn?: string | null;
  readonly unvan: string;
  readonly legalForm: LegalForm;
  readonly registered: boolean;
  readonly active: boolean;
  readonly declarationCurrent: boolean;
  readonly naceMain?: string | null;
  readonly naceReferenceDate?: string | null;
  readonly foundedOn?: string | null;
  readonly iban?: string | null;
};

export type EnterpriseSite = {
  readonly id: number;
  readonly enterpriseId: number;
  readonly province: string;
  readonly kind: SiteKind;
  readonly sgkIsyeriSicilNo: string | null;
  readonly createdAt: string;
};

export type NewEnterpriseSite = {
  readonly enterpriseId: number;
  readonly province: string;
  readonly kind: SiteKind;
  readonly sgkIsyeriSicilNo?: string | null;
};

export function enterpriseFromRow(row: EnterpriseRow): Enterprise {
  return {
    id: row.id,
    vkn: row.vkn,
    tckn: row.tckn,
    unvan: row.unvan,
    legalForm: row.legalForm,
    registered: row.registered,
    active: row.active,
    declarationCurrent: row.declarationCurrent,
    naceMain: row.naceMain,
    naceReferenceDate: row.naceReferenceDate,
    foundedOn: row.foundedOn,
    iban: row.iban,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

function checkDate(value: string | null | undefined, field: string): void {
  if (value != null && !isIsoDate(value)) throw new RepositoryInputError(`${field}: geçersiz tarih "${value}" (YYYY-AA-GG bekleniyor).`);
}

function checkEnterpriseFields(fields: Partial<EnterpriseFields>): void {
  if (fields.vkn != null && !isValidVkn(fields.vkn)) throw new RepositoryInputError(`Geçersiz VKN: ${fields.vkn}`);
  if (fields.tckn != null && !isValidTckn(fields.tckn)) throw new RepositoryInputError('Geçersiz T.C. kimlik numarası.');
  if (fields.unvan?.trim() === '') throw new RepositoryInputError('Unvan boş olamaz.');
  if (fields.naceMain != null && !parseNace(fields.naceMain).ok) throw new RepositoryInputError(`Geçersiz NACE kodu: ${fields.naceMain}`);
  checkDate(fields.naceReferenceDate, 'naceReferenceDate');
  checkDate(fields.foundedOn, 'foundedOn');
  if (fields.iban != null) {
    const iban = checkTurkishIban(fields.iban);
    if (!iban.valid) throw new RepositoryInputError(`Geçersiz IBAN: ${iban.reason}`);
    if (iban.normalized !== fields.iban) throw new RepositoryInputError('IBAN boşluksuz ve büyük harfle saklanır.');
  }
}

/** The row values of enterprise fields (a mapper: the domain and the row shapes may drift apart). */
function enterpriseToRow(fields: Partial<EnterpriseFields>): Partial<typeof enterprises.$inferInsert> {
  const row: Partial<typeof enterprises.$inferInsert> = {};
  if (fields.vkn !== undefined) row.vkn = fields.vkn;
  if (fields.tckn !== undefined) row.tckn = fields.tckn;
  if (fields.unvan !== undefined) row.unvan = fields.unvan.trim();
  if (fields.legalForm !== undefined) row.legalForm = fields.legalForm;
  if (fields.registered !== undefined) row.registered = fields.registered;
  if (fields.active !== undefined) row.active = fields.active;
  if (fields.declarationCurrent !== undefined) row.declarationCurrent = fields.declarationCurrent;
  if (fields.naceMain !== undefined) row.naceMain = fields.naceMain;
  if (fields.naceReferenceDate !== undefined) row.naceReferenceDate = fields.naceReferenceDate;
  if (fields.foundedOn !== undefined) row.foundedOn = fields.foundedOn;
  if (fields.iban !== undefined) row.iban = fields.iban;
  return row;
}

export function createEnterprise(w: WriteContext, fields: EnterpriseFields): Enterprise {
  checkEnterpriseFields(fields);
  if (fields.vkn == null && fields.tckn == null) throw new RepositoryInputError('İşletmenin VKN ya da T.C. kimlik numarası olmalı.');
  const row = w.insert(enterprises, {
    ...enterpriseToRow(fields),
    unvan: fields.unvan.trim(),
    legalForm: fields.legalForm,
    registered: fields.registered,
    active: fields.active,
    declarationCurrent: fields.declarationCurrent,
    createdAt: w.at,
    updatedAt: w.at,
  });
  return enterpriseFromRow(row);
}

export function updateEnterprise(w: WriteContext, id: number, changes: Partial<EnterpriseFields>): Enterprise {
  checkEnterpriseFields(changes);
  return enterpriseFromRow(w.update(enterprises, id, { ...enterpriseToRow(changes), updatedAt: w.at }));
}

const enterpriseById = (orm: Orm) =>
  orm
    .select()
    .from(enterprises)
    .where(eq(enterprises.id, sql.placeholder('id')))
    .prepare();

export function getEnterprise(db: KobiDatabase, id: number): Enterprise | undefined {
  const row = preparedQuery(db, enterpriseById).get({ id });
  return row === undefined ? undefined : enterpriseFromRow(row);
}

export function findEnterpriseByVkn(db: KobiDatabase, vkn: string): Enterprise | undefined {
  const row = db.orm.select().from(enterprises).where(eq(enterprises.vkn, vkn)).get();
  return row === undefined ? undefined : enterpriseFromRow(row);
}

export function findEnterpriseByTckn(db: KobiDatabase, tckn: string): Enterprise | undefined {
  const row = db.orm.select().from(enterprises).where(eq(enterprises.tckn, tckn)).get();
  return row === undefined ? undefined : enterpriseFromRow(row);
}

export function enterpriseSiteFromRow(row: EnterpriseSiteRow): EnterpriseSite {
  return {
    id: row.id,
    enterpriseId: row.enterpriseId,
    province: row.province,
    kind: row.kind,
    sgkIsyeriSicilNo: row.sgkIsyeriSicilNo,
    createdAt: row.createdAt,
  };
}

export function addEnterpriseSite(w: WriteContext, site: NewEnterpriseSite): EnterpriseSite {
  const province = site.province.trim();
  if (province === '') throw new RepositoryInputError('İl boş olamaz.');
  return enterpriseSiteFromRow(
    w.insert(enterpriseSites, {
      enterpriseId: site.enterpriseId,
      province,
      provinceKey: foldTurkish(province),
      kind: site.kind,
      sgkIsyeriSicilNo: site.sgkIsyeriSicilNo ?? null,
      createdAt: w.at,
    }),
  );
}

export function removeEnterpriseSite(w: WriteContext, siteId: number): void {
  w.remove(enterpriseSites, siteId);
}

const sitesOfEnterprise = (orm: Orm) =>
  orm
    .select()
    .from(enterpriseSites)
    .where(eq(enterpriseSites.enterpriseId, sql.placeholder('enterpriseId')))
    .orderBy(asc(enterpriseSites.id))
    .prepare();

/** Sites in entry order (the headquarters is usually the first). */
export function listEnterpriseSites(db: KobiDatabase, enterpriseId: number): EnterpriseSite[] {
  return preparedQuery(db, sitesOfEnterprise).all({ enterpriseId }).map(enterpriseSiteFromRow);
}

/** The provinces of an enterprise's sites, each once (compared folded), in entry order. */
export function enterpriseProvinces(db: KobiDatabase, enterpriseId: number): string[] {
  return distinctProvinces(listEnterpriseSites(db, enterpriseId));
}

/** The provinces of sites (in entry order), each once, compared folded: one assembly for the per-case and bulk loaders. */
export function distinctProvinces(sites: readonly Pick<EnterpriseSite, 'province'>[]): string[] {
  const seen = new Set<string>();
  const provinces: string[] = [];
  for (const site of sites) {
    const key = foldTurkish(site.province);
    if (seen.has(key)) continue;
    seen.add(key);
    provinces.push(site.province);
  }
  return provinces;
}
