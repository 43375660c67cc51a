import { closeDatabase, openDatabase } from '../../db/connection';
import { getApplication } from '../../db/repositories/applications';
import { findUserByUsername } from '../../db/repositories/users';
import { recordTransition } from '../../db/repositories/workflow-records';
import { withWrite } from '../../db/write-context';
import { JOURNEY_ITKFDP_UNVAN } from '../../db/demo/itkfdp-journey-case';
import { browserModeKey } from '../../electron/services/app-database';
import { seedFieldConflict, seedTransitionConflict } from '../electron/sync/conflict-seed';

/**
 * The conflicts of the conflict journey, written into the running browser-mode demo database beside the server (SQLite
 * takes the second writer; the server reads them on the next call): on the demo uzman's ITKFDP-II file, its province
 * changed on another PC at the same time, and a transition made on another PC from a state this PC had left.
 */
export function seedJourneyConflicts(path: string): { readonly applicationId: number; readonly province: string } {
  const key = browserModeKey(path);
  if (!key.ok) throw new Error(key.message);
  const opened = openDatabase(path, { key: key.key, integrityCheck: 'quick' });
  if (!opened.ok) throw new Error(opened.error.message);
  const { db } = opened;
  try {
    const row = db.sqlite
      .prepare('SELECT id FROM applications WHERE enterprise_id = (SELECT id FROM enterprises WHERE unvan = ?)')
      .get(JOURNEY_ITKFDP_UNVAN) as { id: number } | undefined;
    const uzman = findUserByUsername(db, 'uzman');
    if (row === undefined || uzman === undefined) throw new Error('demo verisinde yolculuk dosyası ya da uzman yok');
    const province = getApplication(db, row.id)?.applicationProvince ?? 'Kayseri';
    withWrite(db, { kind: 'user', userId: uzman.id }, (w) => {
      recordTransition(w, {
        recordKind: 'itkfdp_application',
        recordId: row.id,
        fromState: 'banka_onayli',
        toState: 'kontrolde',
        userId: uzman.id,
      });
    });
    seedFieldConflict(db, {
      entity: 'applications',
      rowId: row.id,
      column: 'application_province',
      inForce: province,
      other: province === 'Sivas' ? 'Kayseri' : 'Sivas',
    });
    seedTransitionConflict(db, { kind: 'itkfdp_application', recordId: row.id, localState: 'kontrolde', remoteState: 'duzeltmede' });
    return { applicationId: row.id, province };
  } finally {
    closeDatabase(db);
  }
}
