import { useEffect, useRef } from 'react';

/**
 * Keeps a half-filled form in localStorage (per user and form), so leaving the screen, a reload or the idle lock
 * loses nothing; `clear` after a successful save. Drafts stay on this computer only.
 */
export function useDraft<T>(key: string, values: T, restore: (draft: T) => void): { readonly clear: () => void } {
  const storageKey = `kobi-dosya-taslak:${key}`;
  const restored = useRef(false);

  useEffect(() => {
    if (restored.current) return;
    restored.current = true;
    const saved = localStorage.getItem(storageKey);
    if (saved === null) return;
    try {
      restore(JSON.parse(saved) as T);
    } catch {
      localStorage.removeItem(storageKey);
    }
  }, [storageKey, restore]);

  useEffect(() => {
    if (!restored.current) return;
    localStorage.setItem(storageKey, JSON.stringify(values));
  }, [storageKey, values]);

  return {
    clear: () => {
      localStorage.removeItem(storageKey);
    },
  };
}
