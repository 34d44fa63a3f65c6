import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { SimHost } from '../../src/simulator/server';

/**
 * The providers' own OpenAPI definitions (extracts vendored from ../shared/reference/provider-openapi,
 * unmodified; sources.json says where each came from) and how a request the simulator received is
 * matched to one of their operations: by the real host the simulator stands in for, then by the
 * server's base path plus the operation's path template.
 */
const DIR = fileURLToPath(new URL('../fixtures/provider-openapi/', import.meta.url));

export type Schema = Record<string, any>;
export interface Definition {
  file: string;
  /** '3.0' definitions use OpenAPI's own schema dialect (`nullable`), '3.1' JSON Schema 2020-12. */
  version: '3.0' | '3.1';
  doc: Schema;
}

export interface Operation {
  def: Definition;
  method: string;
  /** The path template as the definition writes it (below its server). */
  template: string;
  /** What reports call it: `file METHOD template`. */
  id: string;
  /** The JSON pointer of the operation object inside its document. */
  pointer: string;
  op: Schema;
  /** Path-level and operation-level parameters, references resolved. */
  parameters: Schema[];
  /** Kept as a stub in the extract (path and method only): nothing to validate against. */
  stub: boolean;
  pattern: RegExp;
  paramNames: string[];
  params: number;
}

export interface SourceEntry {
  file: string;
  repo: string;
  path: string;
  commit: string;
  committed: string;
  caveat?: string;
}

export const sources: SourceEntry[] = JSON.parse(readFileSync(DIR + 'sources.json', 'utf8'));

export const definitions: Definition[] = readdirSync(DIR)
  .filter((f) => f.endsWith('.json') && f !== 'sources.json')
  .sort()
  .map((file) => {
    const doc = JSON.parse(readFileSync(DIR + file, 'utf8')) as Schema;
    return { file, doc, version: String(doc.openapi).startsWith('3.1') ? '3.1' : '3.0' };
  });

/** The real host each simulator prefix stands in for. */
const REAL_HOST: Record<SimHost, RegExp> = {
  twilio: /^api\.twilio\.com$/,
  telnyx: /^api\.telnyx\.com$/,
  signalwire: /^\{space_name\}\.signalwire\.com$/,
  'vonage-rest': /^rest\.nexmo\.com$/,
  'vonage-api': /^api\.nexmo\.com$/,
};

/** The simulator's path as the real host would see it (SignalWire's Space is its host name). */
export function providerPath(host: SimHost, path: string): string {
  return host === 'signalwire' ? path.replace(/^\/[^/]+/, '') : path;
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const escapePointer = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');

export function resolve(def: Definition, node: Schema | undefined): Schema | undefined {
  let cur = node;
  for (let i = 0; cur && typeof cur.$ref === 'string' && i < 20; i++) cur = lookup(def, cur.$ref);
  return cur;
}

export function lookup(def: Definition, ref: string): Schema | undefined {
  if (!ref.startsWith('#/')) return undefined;
  let cur: any = def.doc;
  for (const part of ref.slice(2).split('/')) cur = cur?.[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  return cur;
}

function serverOf(url: string): { host: string; base: string } {
  const m = /^https?:\/\/([^/]+)(\/.*)?$/.exec(url);
  return { host: m?.[1] ?? '', base: (m?.[2] ?? '').replace(/\/$/, '') };
}

const byHost = new Map<SimHost, Operation[]>();

export function operationsFor(host: SimHost): Operation[] {
  let ops = byHost.get(host);
  if (ops) return ops;
  ops = [];
  for (const def of definitions) {
    for (const [template, item] of Object.entries<Schema>(def.doc.paths ?? {})) {
      for (const method of METHODS) {
        const op = item[method] as Schema | undefined;
        if (!op) continue;
        const servers: { url: string }[] = op.servers ?? item.servers ?? def.doc.servers ?? [];
        for (const server of servers.map((s) => serverOf(s.url)).filter((s) => REAL_HOST[host].test(s.host))) {
          const full = server.base + template;
          const paramNames = [...full.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
          const source = full.split(/\{\w+\}/).map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('([^/]+)');
          const parameters = [...(item.parameters ?? []), ...(op.parameters ?? [])].map((p: Schema) => resolve(def, p)!).filter(Boolean);
          ops.push({
            def,
            method: method.toUpperCase(),
            template,
            id: `${def.file} ${method.toUpperCase()} ${template}`,
            pointer: `#/paths/${escapePointer(template)}/${method}`,
            op,
            parameters,
            stub: !op.responses,
            pattern: new RegExp(`^${source}$`),
            paramNames,
            params: paramNames.length,
          });
        }
      }
    }
  }
  // Static segments win over parameters, as in any router.
  ops.sort((a, b) => a.params - b.params);
  byHost.set(host, ops);
  return ops;
}

/** The operation a request reaches, with its path parameters. */
export function matchOperation(host: SimHost, method: string, path: string): { operation: Operation; pathParams: Record<string, string> } | undefined {
  for (const operation of operationsFor(host)) {
    if (operation.method !== method.toUpperCase()) continue;
    const m = operation.pattern.exec(path);
    if (!m) continue;
    const pathParams = Object.fromEntries(operation.paramNames.map((n, i) => [n, decodeURIComponent(m[i + 1]!)]));
    return { operation, pathParams };
  }
  return undefined;
}

/** Which simulated host and provider path a URL reaches (adapter-level tests see URLs, not simulator prefixes). */
export function hostOfUrl(url: URL, baseUrls: { twilio: string; telnyx: string; signalwire: string; vonageRest: string; vonageApi: string }): { host: SimHost; path: string } | undefined {
  const hosts: [SimHost, string][] = [
    ['twilio', baseUrls.twilio],
    ['telnyx', baseUrls.telnyx],
    ['signalwire', baseUrls.signalwire],
    ['vonage-rest', baseUrls.vonageRest],
    ['vonage-api', baseUrls.vonageApi],
  ];
  for (const [host, base] of hosts) {
    const prefix = new URL(base.replace('{space}', 'space')).pathname.replace(/\/space$/, '');
    if (url.pathname.startsWith(prefix + '/')) return { host, path: providerPath(host, url.pathname.slice(prefix.length)) };
  }
  return undefined;
}
