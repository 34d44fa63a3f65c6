import { Kind, type FragmentDefinitionNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * The field names selected under `path` (e.g. edges → node) of the resolving field, through
 * inline fragments and named ones; `__typename` is left out. Undefined when they cannot be
 * known exactly, in which case the caller reads everything.
 */
export function selectedFields(info: GraphQLResolveInfo, path: readonly string[]): Set<string> | undefined {
  const out = new Set<string>();
  const visit = (set: SelectionSetNode | undefined, depth: number, seen: Set<string>): boolean => {
    if (!set) return true;
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) {
        const name = s.name.value;
        if (depth === path.length) {
          if (name !== '__typename') out.add(name);
        } else if (name === path[depth] && !visit(s.selectionSet, depth + 1, seen)) return false;
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        if (!visit(s.selectionSet, depth, seen)) return false;
      } else {
        const fragment: FragmentDefinitionNode | undefined = info.fragments[s.name.value];
        if (!fragment || seen.has(s.name.value)) return false;
        if (!visit(fragment.selectionSet, depth, new Set(seen).add(s.name.value))) return false;
      }
    }
    return true;
  };
  for (const node of info.fieldNodes) if (!visit(node.selectionSet, 0, new Set())) return undefined;
  return out;
}
