import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { isObjectType, isUnionType, parse, validate, type GraphQLField, type GraphQLNamedType, type GraphQLObjectType, type GraphQLUnionType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { NotFoundError, ValidationError } from '../src/domain/errors';
import { OPERATION_ERRORS, type OperationName } from '../src/domain/operation-errors';
import { GRAPHIQL_DOCUMENT, GRAPHIQL_VARIABLES } from '../src/http/graphiql-document';
import { schema } from '../src/schema/index';
import { declared, UndeclaredError } from '../src/schema/types/errors';

/** The rules the schema is held to, as graphql-schema-linter names them. */
const LINT_RULES = [
  'types-have-descriptions',
  'fields-have-descriptions',
  'arguments-have-descriptions',
  'enum-values-have-descriptions',
  'input-object-values-have-descriptions',
  'descriptions-are-capitalized',
  'defined-types-are-used',
  'deprecations-have-a-reason',
  'enum-values-all-caps',
  'fields-are-camel-cased',
  'input-object-values-are-camel-cased',
  'types-are-capitalized',
];

/** The GraphQL name of each domain error class. */
const GRAPHQL_NAME: Record<string, string> = { ReverificationError: 'CredentialsReverificationError' };
const nameOf = (cls: { name: string }) => GRAPHQL_NAME[cls.name] ?? cls.name;

/** Every field whose result is a union of its payload and the errors of one domain operation. */
function resultFields(): { field: GraphQLField<unknown, unknown>; operation: OperationName }[] {
  const mutations = Object.values(schema.getMutationType()!.getFields()).map((field) => ({ field, operation: field.name as OperationName }));
  const available = (schema.getType('Connection') as GraphQLObjectType).getFields().availableNumbers!;
  return [...mutations, { field: available, operation: 'listAvailableNumbers' }];
}

describe('the GraphQL schema, as frontends read it', () => {
  it('passes graphql-schema-linter with no findings', () => {
    const bin = createRequire(import.meta.url).resolve('graphql-schema-linter/lib/cli.js');
    const res = spawnSync(process.execPath, [bin, '-r', LINT_RULES.join(','), '-f', 'compact', 'schema.graphql'], { encoding: 'utf8' });
    expect((res.stdout + res.stderr).trim()).toBe('');
    expect(res.status).toBe(0);
  });

  it("lists in each result union exactly the errors of the field's domain operation", () => {
    const fields = resultFields();
    expect(fields.length).toBe(Object.keys(OPERATION_ERRORS).length);
    for (const { field, operation } of fields) {
      const union = field.type.toString().replace(/!$/, '');
      const type = schema.getType(union) as GraphQLNamedType;
      expect(isUnionType(type), `${field.name} returns a union`).toBe(true);
      if (!isUnionType(type)) continue;
      const errors = type.getTypes().map((t) => t.name).filter((n) => n.endsWith('Error')).sort();
      expect(errors, field.name).toEqual(OPERATION_ERRORS[operation].map(nameOf).sort());
    }
    // importNumbers can never fail with evidence errors; createApiKey never reaches a provider (its one conflict: the cap on active keys).
    const members = (name: string) => (schema.getType(name) as GraphQLUnionType).getTypes().map((t) => t.name);
    expect(members('ImportNumbersResult')).not.toContain('EvidenceError');
    expect(members('CreateApiKeyResult')).toEqual(['ConflictError', 'CreateApiKeyPayload', 'ValidationError']);
  });

  it('treats a domain error its operation does not declare as a bug, not a typed result', async () => {
    const resolve = declared('createApiKey', () => {
      throw new NotFoundError('Thing');
    });
    await expect(resolve({}, {}, {}, {} as never)).rejects.toBeInstanceOf(UndeclaredError);
    const ok = declared('createApiKey', () => {
      throw new ValidationError([{ path: 'name', message: 'is required' }]);
    });
    await expect(ok({}, {}, {}, {} as never)).rejects.toBeInstanceOf(ValidationError);
  });

  it('has no untyped JSON scalar and no list arguments the server refuses', () => {
    expect(schema.getType('JSON')).toBeUndefined();
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        const args = field.args.map((a) => a.name);
        expect(args, `${type.name}.${field.name}`).not.toContain('before');
        expect(args, `${type.name}.${field.name}`).not.toContain('last');
        expect(field.type.toString(), `${type.name}.${field.name}`).not.toMatch(/\bJSON\b/);
      }
    }
  });

  it('opens GraphiQL on the flow: a document that validates against the schema', () => {
    expect(validate(schema, parse(GRAPHIQL_DOCUMENT))).toEqual([]);
    const operations = parse(GRAPHIQL_DOCUMENT).definitions.map((d) => ('name' in d ? d.name?.value : undefined));
    expect(operations).toEqual(['Providers', 'TestCredentials', 'CreateConnection', 'AvailableNumbers', 'ImportNumbers', 'VerifyPhoneNumber']);
    expect(JSON.parse(GRAPHIQL_VARIABLES)).toHaveProperty('credentials.twilio');
  });
});
