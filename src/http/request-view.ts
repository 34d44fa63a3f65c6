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

/**
 * A RequestView over node's request: its getters live on the prototype, so a view is one small
 * object (it lasts as long as its answer: hours for an event stream); the abort signal is made
 * only when something asks for it.
 */
class NodeRequestView implements RequestView {
  private abortSignal: AbortSignal | undefined;
  constructor(
    private readonly req: IncomingMessage,
    private readonly res: ServerResponse,
  ) {}

  get method(): string {
    return this.req.method ?? 'GET';
  }

  get url(): string {
    return `http://${this.req.headers.host ?? 'localhost'}${this.req.url ?? '/'}`;
  }

  get headers(): { get(name: string): string | null } {
    return this;
  }

  get(name: string): string | null {
    const value = this.req.headers[name];
    return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
  }

  get signal(): AbortSignal {
    if (!this.abortSignal) {
      const controller = new AbortController();
      const res = this.res;
      res.once('close', () => {
        if (!res.writableFinished) controller.abort();
      });
      this.abortSignal = controller.signal;
    }
    return this.abortSignal;
  }
}

export function nodeRequestView(req: IncomingMessage, res: ServerResponse): RequestView {
  return new NodeRequestView(req, res);
}
