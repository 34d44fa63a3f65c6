import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { openApiDocument } from '../../src/rest/openapi';
import { routes } from '../../src/rest/routes/index';

/**
 * Checks REST answers against the served OpenAPI document: the status must be one the operation
 * documents, and the body must validate (ajv, JSON Schema 2020-12) against the schema the
 * document gives for that status. Every REST call a test makes through the harness is checked.
 */
const document = openApiDocument(routes) as { paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, unknown> }> }>> };
const ajv = new Ajv2020({ strict: false, allErrors: true });
(addFormats as unknown as (a: Ajv2020) => void)(ajv);
ajv.addSchema(document, 'openapi.json');

// Static segments win over parameters (/v1/voip-connections/test is not a connection id), as in the router.
const templates = Object.keys(document.paths)
  .map((template) => ({ template, params: (template.match(/\{/g) ?? []).length, pattern: new RegExp(`^${template.replace(/\{\w+\}/g, '[^/]+')}$`) }))
  .sort((a, b) => a.params - b.params);
const validators = new Map<string, ValidateFunction>();
const pointer = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');

/** The operation a request reaches, if the document has one (unknown routes and methods have none). */
function operationFor(method: string, path: string) {
  const pathname = path.split('?')[0]!.replace(/\/+$/, '');
  const found = templates.find((t) => t.pattern.test(pathname));
  const operation = found && document.paths[found.template]![method.toLowerCase()];
  return operation && { template: found.template, operation };
}

export function checkAgainstDocument(method: string, path: string, status: number, body: unknown): void {
  const found = operationFor(method, path);
  if (!found) return;
  const where = `${method} ${found.template} → ${status}`;
  const response = found.operation.responses[String(status)];
  if (!response) throw new Error(`${where}: status not documented (documents ${Object.keys(found.operation.responses).join(', ')})`);
  if (status === 204 || !response.content) {
    if (body !== undefined) throw new Error(`${where}: documented without a body, but one came`);
    return;
  }
  const key = `${method.toLowerCase()} ${found.template} ${status}`;
  let validate = validators.get(key);
  if (!validate) {
    const ref = `openapi.json#/paths/${pointer(found.template)}/${method.toLowerCase()}/responses/${status}/content/${pointer('application/json')}/schema`;
    validators.set(key, (validate = ajv.compile({ $ref: ref })));
  }
  if (!validate(body)) throw new Error(`${where}: the body does not match the document: ${ajv.errorsText(validate.errors)}\n${JSON.stringify(body).slice(0, 500)}`);
}
