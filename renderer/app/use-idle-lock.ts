import { useEffect, useState } from 'react';

/** The service locks a session after 15 idle minutes (issue 13); the window shows the lock at the same moment. */
export const IDLE_LOCK_MS = 15 * 60 * 1000;

const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

/** True once the user has done nothing for `idleMs` (or pressed Kilitle); `reset` after unlocking. */
export function useIdleLock(
  enabled: boolean,
  idleMs: number = IDLE_LOCK_MS,
): { readonly idle: boolean; readonly reset: () => void; readonly lockNow: () => void } {
  const [idle, setIdle] = useState(false);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    if (!enabled) return undefined;
    let timer = window.setTimeout(() => {
      setIdle(true);
    }, idleMs);
    const onActivity = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        setIdle(true);
      }, idleMs);
    };
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, onActivity, { passive: true, capture: true });
    return () => {
      window.clearTimeout(timer);
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, onActivity, { capture: true });
    };
  }, [enabled, idleMs, generation]);

  return {
    idle,
    lockNow: () => {
      setIdle(true);
    },
    reset: () => {
      setIdle(false);
      setGeneration((value) => value + 1);
    },
  };
}
