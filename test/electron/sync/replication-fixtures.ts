import { createUser } from '../../../db/repositories/users';
import { withWrite } from '../../../db/write-context';
import type { ContractResult } from '../../../electron/contract';
import type { UserRole } from '../../../electron/contract/result';
import { createAppContext, type AppContext } from '../../../electron/services/app-context';
import { dispatch } from '../../../electron/services/dispatcher';
import { runSync, SyncClient, type RoundOutcome } from '../../../electron/sync/sync-client';
import { openTestDatabase, steppingClock, TEST_ACTOR, type TestDatabase } from '../../db/helpers';
import { slotOf } from '../services/app-fixture';

/**
 * One PC of a müdürlük for the replication tests: its own encrypted
 * database with the services over it, its own users (created in the order
 * given, so the same person has different ids on different PCs, as on real
 * PCs), and a sync client to a real headquarters server.
 */
export const STAFF_ROLES: Readonly<Record<string, UserRole>> = {
  uzman: 'sorumlu_personel',
  uzman2: 'sorumlu_personel',
  mudur: 'mudur',
  mudur2: 'mudur',
};

export type Pc = {
  readonly name: string;
  readonly database: TestDatabase;
  readonly app: AppContext;
  readonly staff: Readonly<Record<string, number>>;
  readonly client: SyncClient;
  call(as: string, channel: string, request: unknown): Promise<ContractResult<unknown>>;
  /** Push then pull until a round drains (faults are retried at once). */
  sync(): Promise<RoundOutcome>;
  dispose(): void;
};

export function createPc(name: string, hqUrl: string, token: string, userOrder: readonly string[], clockStart?: string): Pc {
  const database = openTestDatabase({ now: steppingClock(clockStart) });
  const app = createAppContext(database.db, { today: () => '2026-03-02' });
  const staff = withWrite(database.db, TEST_ACTOR, (w) => {
    const ids: Record<string, number> = {};
    for (const username of userOrder) {
      const role = STAFF_ROLES[username];
      if (role === undefined) throw new Error(`bilinmeyen kullanıcı ${username}`);
      ids[username] = createUser(w, { username, fullName: `Test ${username}`, role }).id;
    }
    return ids;
  });
  const client = new SyncClient({ db: database.db, hqUrl, token, requestTimeoutMs: 5_000 });
  const sessions = new Map<string, string>();
  return {
    name,
    database,
    app,
    staff,
    client,
    call(as, channel, request) {
      let id = sessions.get(as);
      if (id === undefined) {
        const userId = staff[as];
        if (userId === undefined) throw new Error(`${name}: ${as} yok`);
        id = app.sessions.create(userId).id;
        sessions.set(as, id);
      }
      return dispatch(app, slotOf(id), channel, request);
    },
    async sync() {
      let last: RoundOutcome | null = null;
      await runSync(client, database.db, {
        once: true,
        maxFailures: 200,
        backoff: { baseMs: 1, capMs: 5 },
        onRound: (outcome) => {
          last = outcome;
        },
      });
      const outcome = last as RoundOutcome | null;
      if (outcome === null || outcome.kind !== 'drained')
        throw new Error(`${name}: eşitleme bitmedi: ${outcome?.kind === 'failed' ? outcome.failure.message : 'tur yok'}`);
      return outcome;
    },
    dispose: () => {
      database.dispose();
    },
  };
}
