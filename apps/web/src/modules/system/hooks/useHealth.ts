import { useCallback, useEffect, useState } from 'react';

export interface Health {
  status: 'ok' | 'unavailable';
  database: { kind: 'embedded' | 'server'; status: 'up' | 'down'; latencyMs?: number };
}

export type HealthState =
  | { state: 'loading' }
  | { state: 'answered'; health: Health; checkedAt: Date }
  | { state: 'unreachable'; checkedAt: Date };

/** Asks the server's /health endpoint; 503 still carries a report, no answer at all is 'unreachable'. */
export function useHealth(): { health: HealthState; refresh(): void } {
  const [health, setHealth] = useState<HealthState>({ state: 'loading' });
  const [round, setRound] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    fetch('/health', { signal: controller.signal, headers: { Accept: 'application/json' } })
      .then(async (response) => {
        const body = (await response.json()) as Health;
        setHealth({ state: 'answered', health: body, checkedAt: new Date() });
      })
      .catch(() => {
        if (!controller.signal.aborted) setHealth({ state: 'unreachable', checkedAt: new Date() });
      });
    return () => controller.abort();
  }, [round]);

  const refresh = useCallback(() => {
    setHealth({ state: 'loading' });
    setRound((n) => n + 1);
  }, []);

  return { health, refresh };
}
