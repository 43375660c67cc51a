import { asc } from 'drizzle-orm';
import { formatIssues } from '../../core/lib/validation';
import { isIkdpEditionId, parseIkdpEdition } from '../../core/programmes/ikdp/edition-schema';
import { BUILT_IN_REFERENCE, type RuleReference } from '../../core/rules';
import type { KobiDatabase } from '../connection';
import { programmeEditions } from '../schema/programme-editions';

/**
 * The reference data the rules decide with, from the database: the newest
 * stored version of each programme edition (the built-in one is version 1,
 * headquarters ships later versions through the signed feed) over the
 * built-in tables of core/. Used by the case evaluation and by the impact of
 * a rule change (electron/services/impact-runner.ts), which also needs the
 * reference "as it was" after an earlier point: `upToRowId`.
 *
 * Only İstihdamı Koruma editions are read from the table so far; an ITKFDP-II
 * version is stored and audited but the rules keep the built-in edition (it
 * has no shipped-payload schema yet), and the problem list says so.
 */
export type StoredEditionVersion = {
  readonly rowId: number;
  readonly editionId: string;
  readonly version: number;
  readonly payload: string;
};

export type LoadedReference = {
  readonly reference: RuleReference;
  /** The edition version each edition id resolved to. */
  readonly versions: Readonly<Record<string, number>>;
  /** Turkish: stored versions the rules could not use (the built-in edition stays in force). */
  readonly problems: readonly string[];
};

export function listEditionVersions(db: KobiDatabase): StoredEditionVersion[] {
  return db.orm
    .select({
      rowId: programmeEditions.id,
      editionId: programmeEditions.editionId,
      version: programmeEditions.version,
      payload: programmeEditions.payload,
    })
    .from(programmeEditions)
    .orderBy(asc(programmeEditions.id))
    .all();
}

/** The newest version of each edition among the rows stored up to `upToRowId` (all rows when left out). */
export function newestEditionVersions(versions: readonly StoredEditionVersion[], upToRowId?: number): Map<string, StoredEditionVersion> {
  const newest = new Map<string, StoredEditionVersion>();
  for (const row of versions) {
    if (upToRowId !== undefined && row.rowId > upToRowId) continue;
    const known = newest.get(row.editionId);
    if (known === undefined || row.version > known.version) newest.set(row.editionId, row);
  }
  return newest;
}

/** The rule reference of these edition versions over the built-in tables. */
export function referenceOfEditions(editions: Iterable<StoredEditionVersion>): LoadedReference {
  const ikdpEditions = { ...BUILT_IN_REFERENCE.ikdpEditions };
  const versions: Record<string, number> = {};
  const problems: string[] = [];
  for (const row of editions) {
    if (!isIkdpEditionId(row.editionId)) {
      if (row.version > 1)
        problems.push(`${row.editionId} sürüm ${row.version} kayıtlı, ancak kurallar bu programda yerleşik sürümü kullanıyor.`);
      continue;
    }
    let payload: unknown;
    try {
      payload = JSON.parse(row.payload);
    } catch {
      problems.push(`${row.editionId} sürüm ${row.version} okunamadı (geçersiz JSON); yerleşik sürüm kullanılıyor.`);
      continue;
    }
    const parsed = parseIkdpEdition(payload);
    if (!parsed.ok) {
      problems.push(`${row.editionId} sürüm ${row.version} kullanılamadı (${formatIssues(parsed.issues)}); yerleşik sürüm kullanılıyor.`);
      continue;
    }
    if (parsed.value.id !== row.editionId) {
      problems.push(
        `${row.editionId} sürüm ${row.version} başka bir programın (${parsed.value.id}) değerlerini taşıyor; yerleşik sürüm kullanılıyor.`,
      );
      continue;
    }
    ikdpEditions[row.editionId] = parsed.value;
    versions[row.editionId] = row.version;
  }
  return { reference: { ...BUILT_IN_REFERENCE, ikdpEditions }, versions, problems };
}

/** The reference the rules decide with now: the newest stored version of each edition. */
export function loadRuleReference(db: KobiDatabase): LoadedReference {
  return referenceOfEditions(newestEditionVersions(listEditionVersions(db)).values());
}
