import SchemaBuilder, { BasePlugin, PothosSchemaError, type PothosOutputFieldConfig, type SchemaTypes } from '@pothos/core';
import type { GraphQLSchema } from 'graphql';
import { CONNECT_LINK_FIELDS, FIELD_SCOPES, fieldScope, LINK_ONLY, linkAccess } from './field-scopes';

const pluginName = 'fieldScopes' as const;
export default pluginName;

const ROOTS = new Set(['Query', 'Mutation', 'Subscription']);

/**
 * Gives each root field the `authScopes` its entry in src/schema/field-scopes.ts names, before
 * the scope-auth plugin wraps its resolver (and, for subscriptions, its subscribe): the type
 * modules declare no scopes of their own, and the table is the one place that says them. A root
 * field missing from the table, one that sets its own authScopes, or an entry naming no field
 * fails the build of the schema.
 */
export class FieldScopesPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override onOutputFieldConfig(fieldConfig: PothosOutputFieldConfig<Types>): PothosOutputFieldConfig<Types> {
    if (!ROOTS.has(fieldConfig.kind)) return fieldConfig;
    const where = `${fieldConfig.parentType}.${fieldConfig.name}`;
    const scope = fieldScope(fieldConfig.parentType, fieldConfig.name);
    if (scope === undefined) throw new PothosSchemaError(`${where} is not in src/schema/field-scopes.ts: give it the scope it needs, or null`);
    const options = fieldConfig.pothosOptions as { authScopes?: unknown };
    if (options.authScopes !== undefined) throw new PothosSchemaError(`${where} sets its own authScopes: its scope belongs in src/schema/field-scopes.ts`);
    const link = linkAccess(fieldConfig.parentType, fieldConfig.name);
    // The field's documentation says what it needs, from the same table (GraphiQL, SDKs, schema.graphql).
    const needs = scope === LINK_ONLY ? 'Only a connect link may call it, with its token.' : scope === null ? 'Any valid API key may call it.' : `Needs the API key scope \`${scope}\`.`;
    const linkNote = link && scope !== LINK_ONLY ? (link === 'pending' ? ' A connect link may call it until it has created its connection.' : ' A connect link may call it too.') : '';
    const description = `${fieldConfig.description ? `${fieldConfig.description} ` : ''}${needs}${linkNote}`;
    const keyPart = scope === LINK_ONLY ? {} : scope === null ? { apiKey: true } : { scope };
    const authScopes = { $any: { ...keyPart, ...(link && { connectLink: link }) } };
    return { ...fieldConfig, description, pothosOptions: { ...fieldConfig.pothosOptions, authScopes } } as PothosOutputFieldConfig<Types>;
  }

  override afterBuild(schema: GraphQLSchema): GraphQLSchema {
    const roots = { Query: schema.getQueryType(), Mutation: schema.getMutationType(), Subscription: schema.getSubscriptionType() };
    const stale = [...Object.keys(FIELD_SCOPES), ...Object.keys(CONNECT_LINK_FIELDS)].filter((key) => {
      const [type, field] = key.split('.') as [keyof typeof roots, string];
      return !roots[type]?.getFields()[field];
    });
    if (stale.length > 0) throw new PothosSchemaError(`src/schema/field-scopes.ts names fields the schema does not have: ${stale.join(', ')}`);
    return schema;
  }
}

declare global {
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      [pluginName]: FieldScopesPlugin<Types>;
    }
  }
}

SchemaBuilder.registerPlugin(pluginName, FieldScopesPlugin);
