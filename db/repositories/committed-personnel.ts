import { asc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { parseWith } from '../../core/inputs/common';
import { committedPerson, type Citizenship, type OtherProgrammeSupport } from '../../core/inputs/itkfdp-input';
import { isIsoDate } from '../../core/lib/calendar-date';
import { isValidTckn } from '../../core/lib/identifiers';
import { formatIssues } from '../../core/lib/validation';
import type { KobiDatabase, Orm } from '../connection';
import { committedPersonnel } from '../schema/committed-personnel';
import type { WriteContext } from '../write-context';
import { preparedQuery } from './prepared-query';
import { RepositoryInputError } from './repository-error';

export type CommittedPersonRow = typeof committedPersonnel.$inferSelect;

/**
 * MADDE 14(22), 14(23): the GKAS/UKSK status check of the person's first paid period did not confirm the declared
 * status (`confirmed: false`), and documents prove it from `provenFrom` (`null`: no proof). The rules' `protectedStatus`.
 */
export type ProtectedStatus = { readonly confirmed: boolean; readonly provenFrom: string | null };

export type CommittedPersonRecord = {
  readonly id: number;
  readonly applicationId: number;
  /** The person's id in the rules' input and explanations (unique within the application). */
  readonly personKey: string;
  readonly tckn: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly citizenship: Citizenship;
  readonly gender: 'F' | 'M';
  readonly birthDate: string;
  readonly hiredOn: string;
  readonly leftOn: string | null;
  /** `null`: not known (the new-hire test after 17/12/2025 then reports missing data). */
  readonly employedMonthBeforeAnnouncement: boolean | null;
  /** Id of the committed person whose slot this one takes (MADDE 14(5)). */
  readonly replacesId: number | null;
  /** `null`: no unconfirmed status check recorded; the declared status stands. */
  readonly protectedStatus: ProtectedStatus | null;
  /** MADDE 9(12): other employment-commitment programmes committing the same person (`null`: none declared). */
  readonly otherProgrammeSupport: readonly OtherProgrammeSupport[] | null;
  readonly createdAt: string;
};

export type CommittedPersonFields = {
  readonly applicationId: number;
  readonly personKey: string;
  readonly tckn: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly citizenship: Citizenship;
  readonly gender: 'F' | 'M';
  readonly birthDate: string;
  readonly hiredOn: string;
  readonly leftOn?: string | null;
  readonly employedMonthBeforeAnnouncement?: boolean | null;
  readonly replacesId?: number | null;
  readonly protectedStatus?: ProtectedStatus | null;
  readonly otherProgrammeSupport?: readonly OtherProgrammeSupport[] | null;
};

export function committedPersonFromRow(row: CommittedPersonRow): CommittedPersonRecord {
  return {
    id: row.id,
    applicationId: row.applicationId,
    personKey: row.personKey,
    tckn: row.tckn,
    firstName: row.firstName,
    lastName: row.lastName,
    citizenship: row.citizenship,
    gender: row.gender,
    birthDate: row.birthDate,
    hiredOn: row.hiredOn,
    leftOn: row.leftOn,
    employedMonthBeforeAnnouncement: row.employedMonthBeforeAnnouncement,
    replacesId: row.replacesId,
    protectedStatus:
      row.protectedStatusConfirmed === null ? null : { confirmed: row.protectedStatusConfirmed, provenFrom: row.protectedStatusProvenFrom },
    otherProgrammeSupport: row.otherProgrammeSupport,
    createdAt: row.createdAt,
  };
}

const protectedStatusInput = committedPerson.shape.protectedStatus.unwrap();
const otherProgrammeSupportInput = z.array(committedPerson.shape.otherProgrammeSupport.unwrap().element);

/** The stored inputs of 14(22)-(23) and 9(12), checked with the rules' own schema. */
function checkStoredInputs(fields: Partial<CommittedPersonFields>): void {
  const status = fields.protectedStatus;
  if (status != null) {
    const parsed = parseWith(protectedStatusInput, status);
    if (!parsed.ok) throw new RepositoryInputError(`protectedStatus: ${formatIssues(parsed.issues)}`);
    if (status.confirmed && status.provenFrom !== null)
      throw new RepositoryInputError('protectedStatus: statü kontrolde doğrulandıysa ispat tarihi (provenFrom) girilmez.');
  }
  if (fields.otherProgrammeSupport != null) {
    const parsed = parseWith(otherProgrammeSupportInput, fields.otherProgrammeSupport);
    if (!parsed.ok) throw new RepositoryInputError(`otherProgrammeSupport: ${formatIssues(parsed.issues)}`);
  }
}

/** The columns of the stored inputs given (`undefined`: left as they are). */
function storedInputColumns(
  status: ProtectedStatus | null | undefined,
  others: readonly OtherProgrammeSupport[] | null | undefined,
): Partial<CommittedPersonRow> {
  return {
    ...(status === undefined
      ? {}
      : { protectedStatusConfirmed: status?.confirmed ?? null, protectedStatusProvenFrom: status?.provenFrom ?? null }),
    ...(others === undefined ? {} : { otherProgrammeSupport: others === null ? null : [...others] }),
  };
}

function checkPerson(w: WriteContext, fields: Partial<CommittedPersonFields>, applicationId: number): void {
  checkStoredInputs(fields);
  if (fields.tckn !== undefined && !isValidTckn(fields.tckn))
    throw new RepositoryInputError('Taahhüt personelinin T.C. kimlik numarası geçersiz.');
  if (fields.personKey?.trim() === '') throw new RepositoryInputError('Personel kimliği (personKey) boş olamaz.');
  for (const field of ['birthDate', 'hiredOn', 'leftOn'] as const) {
    const value = fields[field];
    if (value != null && !isIsoDate(value)) throw new RepositoryInputError(`${field}: geçersiz tarih "${value}".`);
  }
  if (fields.replacesId != null) {
    const replaced = w.db.orm
      .select({ applicationId: committedPersonnel.applicationId })
      .from(committedPersonnel)
      .where(eq(committedPersonnel.id, fields.replacesId))
      .get();
    if (replaced?.applicationId !== applicationId)
      throw new RepositoryInputError('Yerine gelinen personel bu başvurunun taahhüt personeli değil.');
  }
}

export function addCommittedPerson(w: WriteContext, fields: CommittedPersonFields): CommittedPersonRecord {
  checkPerson(w, fields, fields.applicationId);
  return committedPersonFromRow(
    w.insert(committedPersonnel, {
      applicationId: fields.applicationId,
      personKey: fields.personKey,
      tckn: fields.tckn,
      firstName: fields.firstName,
      lastName: fields.lastName,
      citizenship: fields.citizenship,
      gender: fields.gender,
      birthDate: fields.birthDate,
      hiredOn: fields.hiredOn,
      leftOn: fields.leftOn ?? null,
      employedMonthBeforeAnnouncement: fields.employedMonthBeforeAnnouncement ?? null,
      replacesId: fields.replacesId ?? null,
      ...storedInputColumns(fields.protectedStatus ?? null, fields.otherProgrammeSupport ?? null),
      createdAt: w.at,
    }),
  );
}

export function updateCommittedPerson(
  w: WriteContext,
  id: number,
  changes: Partial<Omit<CommittedPersonFields, 'applicationId'>>,
): CommittedPersonRecord {
  const current = w.db.orm.select().from(committedPersonnel).where(eq(committedPersonnel.id, id)).get();
  if (current === undefined) throw new RepositoryInputError(`${id} numaralı taahhüt personeli yok.`);
  checkPerson(w, changes, current.applicationId);
  const { protectedStatus, otherProgrammeSupport, ...columns } = changes;
  return committedPersonFromRow(
    w.update(committedPersonnel, id, { ...columns, ...storedInputColumns(protectedStatus, otherProgrammeSupport) }),
  );
}

export function removeCommittedPerson(w: WriteContext, id: number): void {
  w.remove(committedPersonnel, id);
}

const personnelOfApplication = (orm: Orm) =>
  orm
    .select()
    .from(committedPersonnel)
    .where(eq(committedPersonnel.applicationId, sql.placeholder('applicationId')))
    .orderBy(asc(committedPersonnel.id))
    .prepare();

/** The committed personnel of an application in entry order. */
export function listCommittedPersonnel(db: KobiDatabase, applicationId: number): CommittedPersonRecord[] {
  return preparedQuery(db, personnelOfApplication).all({ applicationId }).map(committedPersonFromRow);
}
