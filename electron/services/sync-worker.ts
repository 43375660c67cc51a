import type { KobiDatabase } from '../../db/connection';
import type { BranchSyncSettings } from '../sync/branch-settings';
import { runSync, sleep, SyncClient } from '../sync/sync-client';

/**
 * The sync worker of the running application (issue 17 item 2): in the main
 * process (Electron, or browser mode), beside the services and on the same
 * connection, it drains the outbox to headquarters a round every `idleMs`
 * (30 s), with exponential backoff and jitter after a failure, pulls the
 * signed feed and the müdürlük's other PCs' changes, and records each round's
 * outcome in `sync_state`, which `sync:status` reads. "Şimdi eşitle"
 * (`sync:run`) ends the wait at once. Stopping waits for the round in flight:
 * a round is never cut in the middle by the app, and one cut by a crash
 * resumes without loss (docs/sync-protocol.md §9).
 */
export type SyncWorkerOptions = {
  readonly idleMs?: number;
  readonly log?: (line: string) => void;
  /** A feed pull applied reference data: the app re-checks open cases against it (issue 18 item 3). */
  readonly onReferenceApplied?: (applied: number) => void;
  /** For tests: items per push request. */
  readonly batchSize?: number;
};

export type SyncWorkerState = {
  readonly hqUrl: string;
  /** The worker's loop is alive (false once stopped, or after an unexpected error, then `problem` says why). */
  readonly running: boolean;
  readonly roundInProgress: boolean;
  readonly problem: string | null;
};

export class SyncWorker {
  readonly hqUrl: string;
  private readonly client: SyncClient;
  private readonly stopper = new AbortController();
  private wake: AbortController | null = null;
  private loop: Promise<void> | null = null;
  private finished = false;
  private problem: string | null = null;

  constructor(
    private readonly db: KobiDatabase,
    settings: BranchSyncSettings,
    private readonly options: SyncWorkerOptions = {},
  ) {
    this.hqUrl = settings.hqUrl;
    this.client = new SyncClient({
      db,
      hqUrl: settings.hqUrl,
      token: settings.token,
      feed: settings.feed,
      ...(options.batchSize === undefined ? {} : { batchSize: options.batchSize }),
      ...(options.onReferenceApplied === undefined ? {} : { onReferenceApplied: options.onReferenceApplied }),
    });
  }

  start(): void {
    if (this.loop !== null) return;
    this.loop = runSync(this.client, this.db, {
      once: false,
      idleMs: this.options.idleMs ?? 30_000,
      signal: this.stopper.signal,
      pause: (ms, signal) => this.pause(ms, signal),
      onRound: (outcome, counts) => {
        if (outcome.kind === 'failed')
          this.options.log?.(`Eşitleme hatası: ${outcome.failure.message} (bekleyen ${counts.pending.toLocaleString('tr-TR')})`);
      },
    }).then(
      () => {
        this.finished = true;
      },
      (error: unknown) => {
        this.finished = true;
        this.problem = `Eşitleme durdu, uygulamayı yeniden başlatın: ${error instanceof Error ? error.message : String(error)}`;
        this.options.log?.(this.problem);
      },
    );
  }

  /** End the wait between rounds now; `false` when a round is already going (its outcome shows in the status). */
  runNow(): boolean {
    if (this.wake === null) return false;
    this.wake.abort();
    return true;
  }

  state(): SyncWorkerState {
    return {
      hqUrl: this.hqUrl,
      running: this.loop !== null && !this.stopper.signal.aborted && this.problem === null,
      // Between two rounds the loop waits in `pause` with a wake-up controller; any other moment of a live loop is a round.
      roundInProgress: this.loop !== null && !this.finished && this.wake === null,
      problem: this.problem,
    };
  }

  async stop(): Promise<void> {
    this.stopper.abort();
    await this.loop;
  }

  private async pause(ms: number, signal: AbortSignal | undefined): Promise<void> {
    if (signal?.aborted === true) return;
    const wake = new AbortController();
    this.wake = wake;
    const stop = (): void => {
      wake.abort();
    };
    signal?.addEventListener('abort', stop);
    try {
      await sleep(ms, wake.signal);
    } finally {
      signal?.removeEventListener('abort', stop);
      this.wake = null;
    }
  }
}
