import { connect } from 'node:net';
import fc from 'fast-check';

/**
 * Generators of hostile input for test/security/hostile-input.test.ts, and a raw HTTP client for
 * what fetch and node:http refuse to send (odd Host headers, control bytes).
 */

/** Runs per property: 25 in npm test; `npm run fuzz` sets FUZZ_RUNS for 10,000+ requests, CI for 2,000+. */
export const RUNS = Number(process.env.FUZZ_RUNS ?? 25);

/** Characters no stored string may hold, or that a header, a URL or an old parser chokes on. */
export const HOSTILE_CHARS = ['\u0000', '\ud800', '\udfff', '\u0001', '\u0007', '\n', '\u001b', '\u007f', '\u0085', '\u00ff', '\u0100', '\u202e', '\ufeff', '\u{1f600}'] as const;

/** One unit of a string: mostly printable ASCII, sometimes one of HOSTILE_CHARS. */
export const hostileUnit = () =>
  fc.oneof({ weight: 6, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }) }, { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_CHARS) });

/** A string that may hold NUL bytes, lone surrogates, control and non-Latin-1 characters. */
export const hostileString = (maxLength: number) => fc.string({ unit: hostileUnit(), maxLength });

/** Arbitrary JSON whose strings (values and keys) may be hostile. */
export const hostileJson = (maxDepth: number) => fc.jsonValue({ maxDepth, stringUnit: hostileUnit() });

/** Every string leaf of a JSON value, by its path of keys. */
export function stringPaths(value: unknown, at: string[] = []): string[][] {
  if (typeof value === 'string') return [at];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => stringPaths(v, [...at, k]));
}

/** A copy of `value` with a NUL put into the string at `path`. */
export function withNulAt<T>(value: T, path: string[], position: number): T {
  const copy = structuredClone(value) as Record<string, unknown>;
  let holder = copy;
  for (const key of path.slice(0, -1)) holder = holder[key] as Record<string, unknown>;
  const last = path.at(-1)!;
  const s = holder[last] as string;
  const at = position % (s.length + 1);
  holder[last] = `${s.slice(0, at)}\u0000${s.slice(at)}`;
  return copy as T;
}

/** Host headers no URL can be made of, which once were 500s with a stack trace. */
export const ODD_HOSTS = ['a b', '[::', 'x:99999', '%00', 'user@host', 'a/b', 'a\\b', 'h:-1', 'h:port', '[::1', '::1', 'a?b', 'a#b', '', ' ', 'a,b', 'h:1:2'];

/** An odd Host header: a known one, or generated text around characters hosts cannot hold. */
export const oddHost = () =>
  fc.oneof(
    fc.constantFrom(...ODD_HOSTS),
    fc
      .tuple(fc.stringMatching(/^[a-z0-9.-]{0,10}$/), fc.constantFrom(' ', '@', '/', '[', ']', '%', '?', '#', '\\', ':99999', ':', '"', '<', '\u00e9', '\u0100'), fc.stringMatching(/^[a-z0-9.-]{0,10}$/))
      .map(([a, odd, b]) => `${a}${odd}${b}`),
  );

/** A path that ends like a GraphQL endpoint without being one: `/x/graphql`, `/a/b/graphql/stream`. */
export const graphqlLookalikePath = () =>
  fc
    .tuple(
      fc.array(fc.stringMatching(/^[\w~-][\w.~-]{0,7}$/), { minLength: 1, maxLength: 3 }),
      fc.constantFrom('/graphql', '/graphql/stream', '/graphql/', '/GRAPHQL'),
      fc.constantFrom('', '?query=%7B__typename%7D', '?x=1'),
    )
    .map(([segments, end, query]) => `/${segments.join('/')}${end}${query}`);

/** A character the providers' keys, tokens and SIDs never hold: a control or a non-Latin-1 one. */
export const nonTokenChar = () =>
  fc.oneof(
    fc.integer({ min: 0x00, max: 0x1f }).map((c) => String.fromCharCode(c)),
    fc.constantFrom('\u007f', '\u0085', '\u00a0'),
    fc.integer({ min: 0x100, max: 0xd7ff }).map((c) => String.fromCharCode(c)),
    fc.constantFrom('\u{1f600}', '\ud800'),
  );

export interface RawAnswer {
  status: number;
  head: string;
  body: string;
}

/**
 * One HTTP/1.1 request written byte for byte on a fresh socket: a Host header (or any header)
 * that node:http and fetch would refuse to send goes out as given.
 */
export function rawRequest(base: string, method: string, path: string, headers: Record<string, string>, body = ''): Promise<RawAnswer> {
  const { hostname, port } = new URL(base);
  const lines = [`${method} ${path} HTTP/1.1`, ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`), `content-length: ${Buffer.byteLength(body)}`, 'connection: close', '', body];
  return new Promise((resolve, reject) => {
    // Written without a half-close: the server closes the socket after answering (connection: close).
    const socket = connect(Number(port), hostname, () => socket.write(Buffer.from(lines.join('\r\n'), 'utf8')));
    const chunks: Buffer[] = [];
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('error', reject);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const split = text.indexOf('\r\n\r\n');
      const head = split < 0 ? text : text.slice(0, split);
      resolve({ status: Number(/^HTTP\/1\.[01] (\d{3})/.exec(head)?.[1] ?? 0), head, body: split < 0 ? '' : text.slice(split + 4) });
    });
  });
}

/** A stack trace's frame line (`    at fn (file.ts:1:2)`), which no answer may carry. */
export const STACK_FRAME = /\n\s+at .+:\d+:\d+\)?/;
