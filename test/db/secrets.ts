import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { KobiDatabase } from '../../db/connection';
import { createApplication } from '../../db/repositories/applications';
import { addCommittedPerson } from '../../db/repositories/committed-personnel';
import { addEnterpriseSite, createEnterprise } from '../../db/repositories/enterprises';
import { putPersonMonthlyDays } from '../../db/repositories/prim-days';
import { withWrite } from '../../db/write-context';
import { TEST_ACTOR } from './helpers';

/** Personal data that must never be readable in a database file, a WAL or a backup (issue 3 items 3, 8). */
export const SECRET = {
  tckn: '10000000146',
  vkn: '6698028294',
  unvan: 'Gizlitaş Örgü Tekstil Sanayi Anonim Şirketi',
  unvanAscii: 'Gizlitas Orgu Tekstil Sanayi Anonim Sirketi',
  personName: 'Zeynepgül',
} as const;

/** Writes the secrets through the repositories: enterprise, site, committed person (with TCKN) and their SGK days. */
export function writeSecrets(db: KobiDatabase): void {
  withWrite(db, TEST_ACTOR, (w) => {
    const enterprise = createEnterprise(w, {
      vkn: SECRET.vkn,
      unvan: SECRET.unvan,
      legalForm: 'TUZEL_KISI',
      registered: true,
      active: true,
      declarationCurrent: true,
      naceMain: '14.13',
    });
    addEnterpriseSite(w, { enterpriseId: enterprise.id, province: 'Kayseri', kind: 'merkez' });
    const application = createApplication(w, {
      enterpriseId: enterprise.id,
      program: 'ITKFDP-II',
      status: 'APPROVED',
      applicationProvince: 'Kayseri',
    });
    addCommittedPerson(w, {
      applicationId: application.id,
      personKey: 'p1',
      tckn: SECRET.tckn,
      firstName: SECRET.personName,
      lastName: 'Kaya',
      citizenship: 'TR',
      gender: 'F',
      birthDate: '1995-04-01',
      hiredOn: '2025-06-01',
    });
    putPersonMonthlyDays(w, {
      enterpriseId: enterprise.id,
      province: 'Kayseri',
      tckn: SECRET.tckn,
      month: '2025-08',
      primDays: 25,
      countedLeaveDays: 5,
    });
  });
}

/** Every secret found in clear in the file, in UTF-8 or UTF-16 (SQLite can store either). */
export function secretsInClear(path: string): string[] {
  const bytes = readFileSync(path);
  const found: string[] = [];
  for (const value of Object.values(SECRET)) {
    const needles = [Buffer.from(value, 'utf8'), Buffer.from(value, 'utf16le'), Buffer.from(value.slice(0, 8), 'utf8')];
    if (needles.some((needle) => bytes.includes(needle))) found.push(value);
  }
  return found;
}

/** What `strings` (binutils) prints for the file, or `null` where the tool is not installed. */
export function stringsOf(path: string): string | null {
  const result = spawnSync('strings', ['-a', '-n', '6', path], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return result.error === undefined && result.status === 0 ? result.stdout : null;
}
