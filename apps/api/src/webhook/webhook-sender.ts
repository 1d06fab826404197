import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import { guardedLookup, hostOf, refusalOf } from './webhook-address';

/** How long a receiver has to answer, from the connection to the end of its answer. */
export const DELIVERY_TIMEOUT_MS = 10_000;

export type SendOutcome = { ok: true; status: number } | { ok: false; status: number | null; error: string };

/**
 * POSTs one webhook body: to an allowed address only (checked on the address that the connection
 * uses), within 10 s, following no redirects (a 3xx is a failed attempt). 2xx is delivered.
 */
export function send(
  url: string,
  headers: Record<string, string>,
  body: string,
  allowPrivate: boolean,
): Promise<SendOutcome> {
  const target = new URL(url);
  const host = hostOf(target);
  if (isIP(host)) {
    const refusal = refusalOf(host, allowPrivate);
    if (refusal) return Promise.resolve({ ok: false, status: null, error: `refused: ${refusal}` });
  }
  const request = target.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise<SendOutcome>((resolve) => {
    const signal = AbortSignal.timeout(DELIVERY_TIMEOUT_MS);
    const call = request(
      target,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'user-agent': 'Leitstand-Webhooks', ...headers },
        lookup: guardedLookup(allowPrivate) as never,
        signal,
      },
      (response) => {
        const status = response.statusCode ?? 0;
        // Read (and drop) the answer to its end, so that the connection closes cleanly.
        response.resume();
        response.on('error', () => resolve({ ok: false, status, error: 'the answer broke off' }));
        response.on('end', () => {
          if (status >= 200 && status < 300) resolve({ ok: true, status });
          else if (status >= 300 && status < 400)
            resolve({ ok: false, status, error: `HTTP ${status}: redirects are not followed` });
          else resolve({ ok: false, status, error: `HTTP ${status}` });
        });
      },
    );
    call.on('error', (error: NodeJS.ErrnoException) => {
      const reason = signal.aborted ? `no answer within ${DELIVERY_TIMEOUT_MS / 1000} s` : error.message;
      resolve({ ok: false, status: null, error: reason });
    });
    call.end(body);
  });
}
