import { writeItkfdpJourneyCase } from '../../db/demo/itkfdp-journey-case';
import type { DemoSummary } from '../../db/demo/write-demo';
import type { KobiDatabase } from '../../db/connection';
import { putPasswordHash } from '../../db/repositories/user-credentials';
import { createUser } from '../../db/repositories/users';
import { withWrite } from '../../db/write-context';
import type { UserRole } from '../contract/result';
import { writeDemoSet } from './demo-data-service';
import { writeFinansmanDemo } from './finansman/finansman-demo';
import { hashPassword } from './passwords';

/**
 * The demo accounts of browser mode's `--demo` (app-conventions.md): one or
 * two per role, all with the same published password. Only ever written into
 * a new demo database.
 */
export const DEMO_PASSWORD = 'KobiDemo.2026';

export const DEMO_ACCOUNTS: readonly { readonly username: string; readonly fullName: string; readonly role: UserRole }[] = [
  { username: 'uzman', fullName: 'Ayşe Yıldırım', role: 'sorumlu_personel' },
  { username: 'uzman2', fullName: 'Mehmet Çelik', role: 'sorumlu_personel' },
  { username: 'mudur', fullName: 'Zeynep Aksoy', role: 'mudur' },
  { username: 'mudur2', fullName: 'Hakan Öztürk', role: 'mudur' },
  { username: 'izleyici', fullName: 'Elif Şahin', role: 'izleyici' },
  { username: 'yonetici', fullName: 'Murat Doğan', role: 'yonetici' },
];

export const DEFAULT_DEMO_ENTERPRISES = 1000;

export async function createDemoAccounts(db: KobiDatabase): Promise<void> {
  const hashes = await Promise.all(DEMO_ACCOUNTS.map(() => hashPassword(DEMO_PASSWORD)));
  withWrite(db, { kind: 'system', name: 'demo-data' }, (w) => {
    DEMO_ACCOUNTS.forEach((account, index) => {
      const user = createUser(w, account);
      const hash = hashes[index];
      if (hash === undefined) throw new Error('demo hash missing');
      putPasswordHash(w, user.id, hash);
    });
  });
}

/** The demo set (db/demo) and the demo accounts, into an empty database. */
export async function buildDemo(
  db: KobiDatabase,
  options: { readonly enterprises: number; readonly seed?: number },
): Promise<{ ok: true; summary: DemoSummary } | { ok: false; reason: string }> {
  const written = writeDemoSet(db, options);
  if (!written.ok) return written;
  writeFinansmanDemo(db);
  await createDemoAccounts(db);
  // The ITKFDP-II file of journey (b), in the demo uzman's hands.
  writeItkfdpJourneyCase(db, 'uzman');
  return written;
}
