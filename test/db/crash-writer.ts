import { writeSync } from 'node:fs';
import { openDatabase } from '../../db/connection';
import { createApplication } from '../../db/repositories/applications';
import { addEnterpriseSite, createEnterprise } from '../../db/repositories/enterprises';
import { putEnterpriseMonthlyPrimDays } from '../../db/repositories/prim-days';
import { syntheticVkn } from '../../db/scenario-import/synthetic-identifiers';
import { withWrite } from '../../db/write-context';
import { TEST_DATABASE_KEY } from './helpers';

/**
 * The child process of the crash-safety test (crash-safety.test.ts): writes
 * case files through the repositories in an endless loop, each in one
 * transaction of several rows, and prints the enterprise id of every
 * committed transaction on its own line, only after the commit returned.
 * The parent SIGKILLs it at a random moment.
 */
const [path, run, migrationsFolder] = process.argv.slice(2);
if (path === undefined || run === undefined || migrationsFolder === undefined)
  throw new Error('Kullanım: crash-writer <veritabanı> <çalıştırma no> <migrations klasörü>');
// The parent runs this file bundled (fast start), so the migrations folder is passed in rather than found next to the module.
const opened = openDatabase(path, { key: TEST_DATABASE_KEY, integrityCheck: 'quick', migrationsFolder });
if (!opened.ok) throw new Error(opened.error.message);
const { db } = opened;
writeSync(1, 'ready\n');
for (let index = 0; ; index += 1) {
  const id = withWrite(db, { kind: 'system', name: `crash-writer-${run}` }, (w) => {
    const enterprise = createEnterprise(w, {
      vkn: syntheticVkn(`crash:${run}:${index}`),
      unvan: `Çökme Denemesi ${run}-${index} Tekstil Anonim Şirketi`,
      legalForm: 'TUZEL_KISI',
      registered: true,
      active: true,
      declarationCurrent: true,
      naceMain: '14.13',
    });
    addEnterpriseSite(w, { enterpriseId: enterprise.id, province: 'Kayseri', kind: 'merkez' });
    createApplication(w, { enterpriseId: enterprise.id, program: 'IKDP-2025', status: 'SUBMITTED', appliedOn: '2025-02-10' });
    for (const month of ['2024-10', '2024-11', '2024-12'])
      putEnterpriseMonthlyPrimDays(w, { enterpriseId: enterprise.id, province: 'Kayseri', month, primDays: 300 + index });
    return enterprise.id;
  });
  writeSync(1, `${id}\n`);
}
