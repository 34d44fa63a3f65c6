import type { SimReply } from '../../src/simulator/http';
import type { ExchangeRequest, SimHost } from '../../src/simulator/server';
import { EMPTY_VALUE_CLEARS, UNLISTED_AUTH } from '../../src/providers/undocumented-fields';
import { matchOperation, providerPath, resolve, type Operation, type Schema } from './definitions';
import { errorsOf, schemaHasPath, validatorAt } from './schemas';

/**
 * Holds one request an adapter sent to the simulator, and the simulator's answer, to the
 * provider's own definition: the operation (method and path template), the auth scheme its
 * security names, every query parameter (declared, valid; Telnyx's bracketed deepObject filters
 * decoded), the body (content type, schema; forms decoded to an object first, empty clearing
 * values only where listed), and the answer (a documented status, a body valid for it).
 * Returns violations as readable lines; none means the exchange conforms.
 */
export function checkExchange(host: SimHost, req: ExchangeRequest, res: SimReply): string[] {
  const path = providerPath(host, req.path);
  const where = `${req.method} ${host}${path}`;
  const found = matchOperation(host, req.method, path);
  if (!found) return [`${where}: no operation in the ${host} definitions matches this method and path`];
  const { operation, pathParams } = found;
  const name = `${where} (${operation.id})`;
  if (operation.stub) return [`${name}: the extract keeps this operation as a stub only; it is not one the extract describes in full`];
  return [
    ...checkAuth(operation, req),
    ...checkPathParams(operation, pathParams),
    ...checkQuery(operation, req.query, Boolean(req.headers.authorization)),
    ...checkBody(operation, req),
    ...checkResponse(operation, res),
  ].map((v) => `${name}: ${v}`);
}

function checkAuth(operation: Operation, req: ExchangeRequest): string[] {
  const { def, op } = operation;
  const schemes: Schema = def.doc.components?.securitySchemes ?? {};
  const requirements: Schema[] = op.security ?? def.doc.security ?? Object.keys(schemes).map((k) => ({ [k]: [] }));
  if (requirements.length === 0 || requirements.some((r) => Object.keys(r).length === 0)) return [];
  const header = req.headers.authorization ?? '';
  // Vonage's Account definition names no security for get-balance: the keys are its required query parameters.
  const keysAsParameters = operation.parameters.some((p) => p.in === 'query' && p.required && CREDENTIAL_PARAMETERS.has(p.name) && req.query.has(p.name));
  if (!header && !op.security && !def.doc.security && keysAsParameters) return [];
  const used = /^Basic /i.test(header) ? 'basic' : /^Bearer /i.test(header) ? 'bearer' : undefined;
  const satisfied = (name: string) => {
    const s = schemes[name];
    if (!s) return false;
    if (s.type === 'http') return used === String(s.scheme).toLowerCase();
    if (s.type === 'apiKey' && s.in === 'query') return req.query.has(s.name);
    if (s.type === 'apiKey' && s.in === 'header') return req.headers[String(s.name).toLowerCase()] !== undefined;
    return false;
  };
  if (requirements.some((r) => Object.keys(r).every(satisfied))) return [];
  if (used && UNLISTED_AUTH.some((a) => a.definition === def.file && a.scheme === used)) return [];
  const listed = requirements.map((r) => Object.keys(r).map((k) => `${k} (${schemes[k]?.type} ${schemes[k]?.scheme ?? schemes[k]?.in ?? ''})`).join(' + ')).join(' or ');
  return [`authenticates with ${used ?? 'nothing it names'}; the definition asks for ${listed}`];
}

function checkPathParams(operation: Operation, values: Record<string, string>): string[] {
  const out: string[] = [];
  for (const [name, value] of Object.entries(values)) {
    const index = operation.parameters.findIndex((p) => p.in === 'path' && p.name === name);
    if (index < 0 || !operation.parameters[index]!.schema) continue;
    const v = validatorAt(operation.def, paramPointer(operation, name, 'path'), true);
    if (!v(value)) out.push(`path parameter ${name}=${JSON.stringify(value)}: ${errorsOf(v)}`);
  }
  return out;
}

/** Query parameters that carry an account's keys (Vonage's api_key/api_secret). */
const CREDENTIAL_PARAMETERS = new Set(['api_key', 'api_secret']);

const enc = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');

/** Where a parameter's schema sits (operation- or path-level, through a $ref), as a pointer ajv can compile. */
function paramPointer(operation: Operation, name: string, location: string): string {
  const item = operation.def.doc.paths[operation.template];
  const lists: [Schema[] | undefined, string][] = [
    [operation.op.parameters, `${operation.pointer}/parameters`],
    [item.parameters, `#/paths/${enc(operation.template)}/parameters`],
  ];
  for (const [list, base] of lists) {
    const i = (list ?? []).findIndex((p) => {
      const r = resolve(operation.def, p);
      return r?.in === location && r.name === name;
    });
    if (i < 0) continue;
    const ref = list![i]!.$ref;
    return typeof ref === 'string' ? `${ref}/schema` : `${base}/${i}/schema`;
  }
  throw new Error(`no ${location} parameter ${name} in ${operation.id}`);
}

/** `filter[name][contains]` → ['filter', 'name', 'contains']. */
const bracketPath = (key: string) => {
  const m = /^([^[\]]+)((?:\[[^[\]]*\])*)$/.exec(key);
  return m ? [m[1]!, ...[...m[2]!.matchAll(/\[([^[\]]*)\]/g)].map((x) => x[1]!)] : [key];
};

function checkQuery(operation: Operation, query: URLSearchParams, authorized: boolean): string[] {
  const out: string[] = [];
  const { def } = operation;
  const declared = new Map(operation.parameters.filter((p) => p.in === 'query').map((p) => [p.name as string, p]));
  const schemes: Schema = def.doc.components?.securitySchemes ?? {};
  const authNames = new Set(Object.values(schemes).filter((s: Schema) => s.type === 'apiKey' && s.in === 'query').map((s: Schema) => s.name as string));
  const values = new Map<string, unknown>();
  for (const key of new Set(query.keys())) {
    const all = query.getAll(key);
    if (all.length > 1) out.push(`query parameter ${key} is given ${all.length} times`);
    if (authNames.has(key) && !declared.has(key)) continue;
    const [base, ...rest] = bracketPath(key);
    const param = declared.get(base!);
    if (!param) {
      out.push(`query parameter ${key} is not one the operation declares (${[...declared.keys()].join(', ') || 'none'})`);
      continue;
    }
    if (rest.length === 0) {
      values.set(base!, all[0]);
      continue;
    }
    // deepObject: every bracketed key must be a declared property, all the way down.
    if (param.style !== 'deepObject' || !schemaHasPath(def, param.schema, rest)) {
      out.push(`query parameter ${key}: ${base}${rest.map((r) => `[${r}]`).join('')} is not a declared ${param.style ?? 'form'} property of ${base}`);
      continue;
    }
    const obj = (values.get(base!) as Record<string, unknown> | undefined) ?? {};
    let cur = obj;
    rest.forEach((seg, i) => {
      if (i === rest.length - 1) cur[seg] = all[0];
      else cur = (cur[seg] ??= {}) as Record<string, unknown>;
    });
    values.set(base!, obj);
  }
  for (const [name, value] of values) {
    const v = validatorAt(def, paramPointer(operation, name, 'query'), true);
    if (!v(value)) out.push(`query parameter ${name}=${JSON.stringify(value)}: ${errorsOf(v)}`);
  }
  for (const [name, p] of declared) {
    // Credentials sent in the Authorization header instead (checked by checkAuth) stand in for credential parameters.
    if (p.required && !values.has(name) && !authNames.has(name) && !(authorized && CREDENTIAL_PARAMETERS.has(name))) out.push(`required query parameter ${name} is missing`);
  }
  return out;
}

function checkBody(operation: Operation, req: ExchangeRequest): string[] {
  const { def, op } = operation;
  const body = op.requestBody ? resolve(def, op.requestBody) : undefined;
  if (!req.rawBody) return body?.required ? ['the definition requires a request body; none was sent'] : [];
  if (!body?.content) return ['a request body was sent; the operation takes none'];
  const type = String(req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (!Object.hasOwn(body.content, type)) return [`request content type ${type || '(none)'} is not one the operation takes (${Object.keys(body.content).join(', ')})`];
  let decoded: Record<string, unknown>;
  const form = type === 'application/x-www-form-urlencoded';
  try {
    decoded = form ? formObject(req.rawBody) : JSON.parse(req.rawBody);
  } catch {
    return ['the request body is not valid JSON'];
  }
  const out: string[] = [];
  // An empty value clears a field only where the provider documents it (src/providers/undocumented-fields.ts).
  const cleared = { ...decoded };
  for (const [field, value] of Object.entries(decoded)) {
    if (value !== '' && value !== null) continue;
    const listed = EMPTY_VALUE_CLEARS.some((e) => e.operation === operation.id && e.field === field && e.value === value);
    if (listed) delete cleared[field];
    else out.push(`body field ${field} is sent as ${JSON.stringify(value)} to clear it; that is allowed only where the provider documents it (list it in EMPTY_VALUE_CLEARS with the docs)`);
  }
  const ref = op.requestBody.$ref;
  const pointer = `${typeof ref === 'string' ? ref : `${operation.pointer}/requestBody`}/content/${enc(type)}/schema`;
  const v = validatorAt(def, pointer, form);
  if (!v(cleared)) out.push(`request body: ${errorsOf(v)} — sent ${JSON.stringify(cleared).slice(0, 300)}`);
  return out;
}

function formObject(raw: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(raw)) out[k] = Object.hasOwn(out, k) ? ([] as unknown[]).concat(out[k], v) : v;
  return out;
}

function checkResponse(operation: Operation, res: SimReply): string[] {
  const { def, op } = operation;
  const responses: Schema = op.responses ?? {};
  const status = String(res.status);
  const key = [status, `${status[0]}XX`, `${status[0]}xx`, 'default'].find((k) => Object.hasOwn(responses, k));
  if (!key) {
    // Some definitions (Twilio's) document success answers only: their error statuses cannot be checked.
    const documentsErrors = Object.keys(responses).some((k) => /^[45]|default/.test(k));
    if (res.status >= 400 && !documentsErrors) return [];
    return [`answered ${status}, which the operation does not document (${Object.keys(responses).join(', ')})`];
  }
  const response = resolve(def, responses[key]);
  if (!response?.content) return [];
  const type = (res.contentType ?? 'application/json').split(';')[0]!.trim().toLowerCase();
  if (!Object.hasOwn(response.content, type)) return [`answered ${status} as ${type}; the definition gives ${Object.keys(response.content).join(', ')}`];
  let body = res.body;
  if (typeof body === 'string') {
    try {
      body = JSON.parse(body);
    } catch {
      return [`answered ${status} with a body that is not JSON`];
    }
  }
  const ref = responses[key].$ref;
  const pointer = `${typeof ref === 'string' ? ref : `${operation.pointer}/responses/${key}`}/content/${enc(type)}/schema`;
  const v = validatorAt(def, pointer);
  return v(body) ? [] : [`answer ${status}: ${errorsOf(v)} — got ${JSON.stringify(body).slice(0, 300)}`];
}

/**
 * Violations grouped by kind: the operation and the message with ids, array indices and the
 * example body taken out, each with its count and one example.
 */
export function violationReport(violations: string[]): string[] {
  const groups = new Map<string, { count: number; example: string }>();
  for (const v of violations) {
    const kind = v
      .replace(/^(\w+) \S+ \((.+?)\):/, '$1 ($2):')
      .replace(/ — (got|sent) .*$/s, '')
      .replace(/\/\d+(?=\/|\s|$)/g, '/[]')
      .replace(/="[^"]*"/g, '=…');
    const g = groups.get(kind);
    if (g) g.count++;
    else groups.set(kind, { count: 1, example: v });
  }
  return [...groups].map(([kind, g]) => `${kind}${g.count > 1 ? ` (×${g.count})` : ''}\n    e.g. ${g.example.slice(0, 400)}`);
}
