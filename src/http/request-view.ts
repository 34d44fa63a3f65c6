import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * What the gateway reads of a request, whichever door it came through: a Fetch API `Request`
 * (Yoga) satisfies it, and so does a view over node's IncomingMessage (the REST door), which
 * builds no Request, Headers or stream objects.
 */
export interface RequestView {
  readonly method: string;
  readonly url: string;
  readonly headers: { get(name: string): string | null };
  /** Aborted when the client goes away before the answer is sent. */
  readonly signal: AbortSignal;
}

/** A RequestView over node's request; the abort signal is made only when something asks for it. */
export function nodeRequestView(req: IncomingMessage, res: ServerResponse): RequestView {
  let signal: AbortSignal | undefined;
  return {
    method: req.method ?? 'GET',
    get url() {
      return `http://${req.headers.host ?? 'localhost'}${req.url ?? '/'}`;
    },
    headers: {
      get(name) {
        const value = req.headers[name];
        return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
      },
    },
    get signal() {
      if (!signal) {
        const controller = new AbortController();
        res.once('close', () => {
          if (!res.writableFinished) controller.abort();
        });
        signal = controller.signal;
      }
      return signal;
    },
  };
}
