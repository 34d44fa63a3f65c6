import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { blockFieldSuggestionsPlugin } from '@escape.tech/graphql-armor-block-field-suggestions';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { useDisableIntrospection } from '@envelop/disable-introspection';
import type { Plugin } from 'graphql-yoga';
import { skippedByShortcut } from './graphql-json';

export interface GraphQLLimits {
  depth: number;
  aliases: number;
  tokens: number;
  directives: number;
  cost: number;
}

/**
 * Document limits checked at parse and validation, before anything executes (graphql-armor, at
 * versions where a fragment or operation named `__schema` no longer escapes the depth rule);
 * the cost limit lives in the schema builder (complexity plugin). CSRF prevention always; in
 * production, no introspection and no field suggestions.
 */
export function graphqlProtection(limits: GraphQLLimits, production: boolean): Plugin[] {
  return [
    maxTokensPlugin({ n: limits.tokens }),
    maxDepthPlugin({ n: limits.depth, ignoreIntrospection: true, flattenFragments: true }),
    maxAliasesPlugin({ n: limits.aliases }),
    maxDirectivesPlugin({ n: limits.directives }),
    // A plain JSON call needs a CORS preflight, which is all this plugin asks of a request.
    skippedByShortcut(useCSRFPrevention({ requestHeaders: ['x-graphql-yoga-csrf'] }) as Plugin, 'a JSON POST is never a simple request'),
    ...(production ? [useDisableIntrospection(), blockFieldSuggestionsPlugin()] : []),
  ] as Plugin[];
}
