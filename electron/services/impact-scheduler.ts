import type { DatabaseKey, KobiDatabase } from '../../db/connection';
import { referenceChangedSinceLastRun, runImpact, type ImpactRunResult } from './impact-runner';

/**
 * One impact run at a time for the open app (issue 18 item 3): a change of
 * reference data (a feed pull that applied items, a yönetici's edit) asks for
 * a run; a request while one runs starts one more after it, so the last
 * change is always taken into account. The progress is what the screen shows
 * while the workers run.
 */
export type ImpactProgress = {
  readonly running: boolean;
  readonly trigger: string | null;
  readonly checked: number;
  readonly total: number;
  readonly startedAt: string | null;
  /** Turkish: why the last run failed (`null`: it did not). */
  readonly lastError: string | null;
};

export type ImpactSchedulerOptions = {
  readonly today: () => string;
  readonly workers?: number;
  readonly workerScript?: URL;
  readonly log?: (line: string) => void;
};

export class ImpactScheduler {
  private current: Promise<void> | null = null;
  private queued: string | null = null;
  private state: ImpactProgress = { running: false, trigger: null, checked: 0, total: 0, startedAt: null, lastError: null };
  private readonly finished: ((result: ImpactRunResult) => void)[] = [];

  constructor(
    private readonly db: KobiDatabase,
    private readonly key: DatabaseKey,
    private readonly options: ImpactSchedulerOptions,
  ) {}

  progress(): ImpactProgress {
    return this.state;
  }

  /** Run now, or once more after the current run. Returns whether a run started now. */
  request(trigger: string): boolean {
    if (this.current !== null) {
      this.queued = trigger;
      return false;
    }
    this.current = this.run(trigger).finally(() => {
      this.current = null;
      const next = this.queued;
      this.queued = null;
      if (next !== null) this.request(next);
    });
    return true;
  }

  /** A run when reference data changed since the last run (nothing to do otherwise). */
  requestIfReferenceChanged(trigger: string): boolean {
    if (this.current === null && !referenceChangedSinceLastRun(this.db)) return false;
    return this.request(trigger) || this.queued !== null;
  }

  /** Called with each finished run's result. */
  onFinished(listener: (result: ImpactRunResult) => void): void {
    this.finished.push(listener);
  }

  /** Resolves when no run is running or queued. */
  async settled(): Promise<void> {
    while (this.current !== null) await this.current;
  }

  private async run(trigger: string): Promise<void> {
    this.state = { running: true, trigger, checked: 0, total: 0, startedAt: this.db.now(), lastError: null };
    try {
      const result = await runImpact(this.db, this.key, {
        trigger,
        today: this.options.today(),
        ...(this.options.workers === undefined ? {} : { workers: this.options.workers }),
        ...(this.options.workerScript === undefined ? {} : { workerScript: this.options.workerScript }),
        onProgress: ({ checked, total }) => {
          this.state = { ...this.state, checked, total };
        },
      });
      this.state = { ...this.state, running: false, checked: result.casesChecked, total: result.casesChecked };
      for (const listener of this.finished) listener(result);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.state = { ...this.state, running: false, lastError: message };
      this.options.log?.(message);
    }
  }
}
