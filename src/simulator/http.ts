import type { IncomingMessage, ServerResponse } from 'node:http';

/** What a provider route sees of a request. */
export interface SimRequest {
  method: string;
  /** Path below the provider's prefix. */
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  /** Parsed form or JSON body (empty for GET). */
  body: Record<string, unknown>;
  /** The body as sent (forms may repeat a key: Twilio's StatusCallbackEvent). */
  rawBody?: string;
}

export interface SimReply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  contentType?: string;
  /** Work to start once the reply has been sent (a placed call's events come after its create answer). */
  then?: () => void;
}

export const reply = (status: number, body?: unknown, headers?: Record<string, string>, contentType?: string): SimReply => ({
  status,
  body,
  headers,
  contentType,
});

export function send(res: ServerResponse, r: SimReply): void {
  const text = r.body === undefined ? '' : typeof r.body === 'string' ? r.body : JSON.stringify(r.body);
  res.writeHead(r.status, { 'content-type': r.contentType ?? 'application/json', 'content-length': Buffer.byteLength(text), ...r.headers });
  res.end(text, () => r.then?.());
}

export async function readRawBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** A request body as routes see it: JSON by its content type, form fields otherwise. */
export function parseBody(text: string, contentType: string | undefined): Record<string, unknown> {
  if (!text) return {};
  if ((contentType ?? '').includes('application/json')) {
    try {
      return JSON.parse(text) as Record<string, unknown>;
    } catch {
      return {};
    }
  }
  return Object.fromEntries(new URLSearchParams(text));
}

/** `Authorization: Basic …` as [user, password], or undefined. */
export function basicCredentials(headers: IncomingMessage['headers']): [string, string] | undefined {
  const m = /^Basic (.+)$/.exec(headers.authorization ?? '');
  if (!m) return undefined;
  const decoded = Buffer.from(m[1]!, 'base64').toString('utf8');
  const i = decoded.indexOf(':');
  return i < 0 ? undefined : [decoded.slice(0, i), decoded.slice(i + 1)];
}
