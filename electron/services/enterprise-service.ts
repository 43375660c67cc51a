import { isValidTckn, isValidVkn, checkTurkishIban } from '../../core/lib/identifiers';
import { parseNace } from '../../core/lib/nace';
import { formatIssues } from '../../core/lib/validation';
import { listApplicationsOfEnterprise } from '../../db/repositories/applications';
import {
  addEnterpriseSite,
  createEnterprise,
  findEnterpriseByTckn,
  findEnterpriseByVkn,
  getEnterprise,
  listEnterpriseSites,
  updateEnterprise,
  type Enterprise,
  type EnterpriseFields,
  type EnterpriseSite,
} from '../../db/repositories/enterprises';
import { DEFAULT_SEARCH_LIMIT, searchEnterprises } from '../../db/search/search-enterprises';
import { withWrite } from '../../db/write-context';
import type { ChannelRequest, ChannelResponse } from '../contract';
import { stateLabel } from '../contract/workflow-catalogue';
import { actorOf, type SignedInCall } from './app-context';
import { canonicalProvince } from './provinces';
import { notFound, ServiceError } from './service-error';
import { applicationWorkflow } from './workflows/current-state';
import { applicationState } from './workflows/workflow-subject';

/** Enterprises: search, read, create and edit, every identifier checked with a Turkish message (issue 13 item 1). */

function invalid(message: string): ServiceError {
  return new ServiceError('invalid-input', message);
}

function checkFields(fields: Partial<EnterpriseFields>): void {
  if (fields.vkn != null && !isValidVkn(fields.vkn))
    invalidThrow('Vergi kimlik numarası geçersiz (10 hane, Gelir İdaresi kontrol hanesi tutmuyor).');
  if (fields.tckn != null && !isValidTckn(fields.tckn))
    invalidThrow('T.C. kimlik numarası geçersiz (11 hane, ilk hane 0 olamaz, iki kontrol hanesi tutmuyor).');
  if (fields.naceMain != null) {
    const nace = parseNace(fields.naceMain);
    if (!nace.ok) invalidThrow(`NACE kodu geçersiz: ${formatIssues(nace.issues)}`);
  }
}

function invalidThrow(message: string): never {
  throw invalid(message);
}

/** The IBAN as stored (no spaces, upper case), `null` to clear it, `undefined` when not given. */
function normalisedIban(value: string | null | undefined): string | null | undefined {
  if (value == null) return value;
  if (value.trim() === '') return null;
  const iban = checkTurkishIban(value);
  return iban.valid ? iban.normalized : invalidThrow(`IBAN geçersiz: ${iban.reason}`);
}

function province(input: string): string {
  return canonicalProvince(input) ?? invalidThrow(`Bilinmeyen il: "${input}". 81 ilden birinin adını yazın.`);
}

function siteDto(site: EnterpriseSite) {
  return { id: site.id, province: site.province, kind: site.kind, sgkIsyeriSicilNo: site.sgkIsyeriSicilNo };
}

function enterpriseDto(enterprise: Enterprise) {
  return { ...enterprise };
}

function nullable<T>(value: T | null | undefined): T | null {
  return value ?? null;
}

function checkUnique(call: SignedInCall, fields: Partial<EnterpriseFields>, selfId: number | null): void {
  const byVkn = fields.vkn == null ? undefined : findEnterpriseByVkn(call.app.db, fields.vkn);
  if (byVkn !== undefined && byVkn.id !== selfId) throw new ServiceError('conflict', `Bu VKN ile kayıtlı bir işletme var: ${byVkn.unvan}.`);
  const byTckn = fields.tckn == null ? undefined : findEnterpriseByTckn(call.app.db, fields.tckn);
  if (byTckn !== undefined && byTckn.id !== selfId)
    throw new ServiceError('conflict', `Bu T.C. kimlik numarası ile kayıtlı bir işletme var: ${byTckn.unvan}.`);
}

export function search(call: SignedInCall, request: ChannelRequest<'enterprise:search'>): ChannelResponse<'enterprise:search'> {
  return {
    hits: searchEnterprises(call.app.db, request.query, request.limit ?? DEFAULT_SEARCH_LIMIT).map((hit) => ({
      ...hit,
      provinces: [...hit.provinces],
    })),
  };
}

export function get(call: SignedInCall, request: ChannelRequest<'enterprise:get'>): ChannelResponse<'enterprise:get'> {
  const { db } = call.app;
  const enterprise = getEnterprise(db, request.id);
  if (enterprise === undefined) throw notFound('İşletme');
  return {
    enterprise: enterpriseDto(enterprise),
    sites: listEnterpriseSites(db, enterprise.id).map(siteDto),
    applications: listApplicationsOfEnterprise(db, enterprise.id).map((application) => {
      const state = applicationState(db, application);
      return {
        id: application.id,
        program: application.program,
        state,
        stateLabel: stateLabel(applicationWorkflow(application), state),
        appliedOn: application.appliedOn,
        responsibleUserId: application.responsibleUserId,
      };
    }),
  };
}

export function create(call: SignedInCall, request: ChannelRequest<'enterprise:create'>): ChannelResponse<'enterprise:create'> {
  const fields: EnterpriseFields = {
    vkn: nullable(request.vkn),
    tckn: nullable(request.tckn),
    unvan: request.unvan,
    legalForm: request.legalForm,
    registered: request.registered,
    active: request.active,
    declarationCurrent: request.declarationCurrent,
    naceMain: nullable(request.naceMain),
    naceReferenceDate: nullable(request.naceReferenceDate),
    foundedOn: nullable(request.foundedOn),
    iban: nullable(normalisedIban(request.iban)),
  };
  if (fields.vkn == null && fields.tckn == null) invalidThrow('İşletmenin VKN ya da T.C. kimlik numarası girilmeli.');
  checkFields(fields);
  const sites = request.sites.map((site) => ({ ...site, province: province(site.province) }));
  return withWrite(call.app.db, actorOf(call.user), (w) => {
    checkUnique(call, fields, null);
    const enterprise = createEnterprise(w, fields);
    for (const site of sites) {
      addEnterpriseSite(w, {
        enterpriseId: enterprise.id,
        province: site.province,
        kind: site.kind,
        sgkIsyeriSicilNo: nullable(site.sgkIsyeriSicilNo),
      });
    }
    return { enterprise: enterpriseDto(enterprise) };
  });
}

export function update(call: SignedInCall, request: ChannelRequest<'enterprise:update'>): ChannelResponse<'enterprise:update'> {
  const given: Partial<EnterpriseFields> = Object.fromEntries(Object.entries(request.changes).filter(([, value]) => value !== undefined));
  const iban = normalisedIban(request.changes.iban);
  const changes: Partial<EnterpriseFields> = iban === undefined ? given : { ...given, iban };
  checkFields(changes);
  return withWrite(call.app.db, actorOf(call.user), (w) => {
    const existing = getEnterprise(w.db, request.id);
    if (existing === undefined) throw notFound('İşletme');
    checkUnique(call, changes, existing.id);
    const vkn = changes.vkn === undefined ? existing.vkn : changes.vkn;
    const tckn = changes.tckn === undefined ? existing.tckn : changes.tckn;
    if (vkn == null && tckn == null) invalidThrow('İşletmenin VKN ya da T.C. kimlik numarası olmalı.');
    return { enterprise: enterpriseDto(updateEnterprise(w, existing.id, changes)) };
  });
}

export function addSite(call: SignedInCall, request: ChannelRequest<'enterprise:add-site'>): ChannelResponse<'enterprise:add-site'> {
  const name = province(request.province);
  return withWrite(call.app.db, actorOf(call.user), (w) => {
    if (getEnterprise(w.db, request.enterpriseId) === undefined) throw notFound('İşletme');
    const site = addEnterpriseSite(w, {
      enterpriseId: request.enterpriseId,
      province: name,
      kind: request.kind,
      sgkIsyeriSicilNo: nullable(request.sgkIsyeriSicilNo),
    });
    return { site: siteDto(site) };
  });
}

export function checkIdentifierValue(request: ChannelRequest<'identifier:check'>): ChannelResponse<'identifier:check'> {
  const value = request.value.trim();
  switch (request.type) {
    case 'tckn':
      return isValidTckn(value)
        ? { valid: true, message: 'T.C. kimlik numarası geçerli.', normalized: value }
        : {
            valid: false,
            message: 'T.C. kimlik numarası geçersiz (11 hane, ilk hane 0 olamaz, iki kontrol hanesi tutmuyor).',
            normalized: null,
          };
    case 'vkn':
      return isValidVkn(value)
        ? { valid: true, message: 'Vergi kimlik numarası geçerli.', normalized: value }
        : { valid: false, message: 'Vergi kimlik numarası geçersiz (10 hane, Gelir İdaresi kontrol hanesi tutmuyor).', normalized: null };
    case 'iban': {
      const iban = checkTurkishIban(value);
      return iban.valid
        ? { valid: true, message: 'IBAN geçerli.', normalized: iban.normalized }
        : { valid: false, message: iban.reason, normalized: null };
    }
    case 'nace': {
      const nace = parseNace(value);
      return nace.ok
        ? { valid: true, message: 'NACE kodu geçerli.', normalized: value }
        : { valid: false, message: formatIssues(nace.issues), normalized: null };
    }
    case 'province': {
      const name = canonicalProvince(value);
      return name === undefined
        ? { valid: false, message: `Bilinmeyen il: "${value}".`, normalized: null }
        : { valid: true, message: 'İl geçerli.', normalized: name };
    }
  }
}
