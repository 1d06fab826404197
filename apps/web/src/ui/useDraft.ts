import { Dispatch, SetStateAction, useCallback, useEffect, useState } from 'react';

const PREFIX = 'leitstand.draft.';

/**
 * Form values that survive a reload, an expired session and the detour through sign-in: kept
 * in this tab's sessionStorage until `clear` (after saving) or signing out.
 */
export function useDraft<T>(key: string, initial: () => T): [T, Dispatch<SetStateAction<T>>, () => void] {
  const storageKey = PREFIX + key;
  const [value, setValue] = useState<T>(() => {
    const stored = globalThis.sessionStorage?.getItem(storageKey);
    if (stored) {
      try {
        return { ...initial(), ...(JSON.parse(stored) as Partial<T>) };
      } catch {
        // A draft that cannot be read is dropped.
      }
    }
    return initial();
  });
  const [cleared, setCleared] = useState(false);

  useEffect(() => {
    if (!cleared) globalThis.sessionStorage?.setItem(storageKey, JSON.stringify(value));
  }, [storageKey, value, cleared]);

  const clear = useCallback(() => {
    setCleared(true);
    globalThis.sessionStorage?.removeItem(storageKey);
  }, [storageKey]);

  return [value, setValue, clear];
}

/** Drops every draft, e.g. when someone signs out on a shared computer. */
export function clearAllDrafts(): void {
  const storage = globalThis.sessionStorage;
  if (!storage) return;
  for (const key of Object.keys(storage)) if (key.startsWith(PREFIX)) storage.removeItem(key);
}
