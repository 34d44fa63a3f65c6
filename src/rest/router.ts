import type { Method, Route } from './route';

export type RouteMatch =
  | { kind: 'found'; route: Route; params: Record<string, string> }
  | { kind: 'method_not_allowed'; allow: Method[] }
  | { kind: 'not_found' };

interface Compiled {
  route: Route;
  segments: ({ literal: string } | { param: string })[];
  literals: number;
}

/**
 * Matches method + path against the route table. Where several paths match, the one with more
 * literal segments wins (`/voip-connections/test` over `/voip-connections/{connection_id}`);
 * a path that matches with the wrong method is 405 with the methods it allows.
 */
export function createRouter(routes: Route[]): (method: string, path: string) => RouteMatch {
  const compiled: Compiled[] = routes.map((route) => {
    const segments = route.path.split('/').filter(Boolean).map((s) => {
      const m = /^\{(\w+)\}$/.exec(s);
      return m ? { param: m[1]! } : { literal: s };
    });
    return { route, segments, literals: segments.filter((s) => 'literal' in s).length };
  });

  return (method, path) => {
    const parts = path.split('/').filter(Boolean);
    let best: { c: Compiled; params: Record<string, string> }[] = [];
    let bestScore = -1;
    for (const c of compiled) {
      if (c.segments.length !== parts.length) continue;
      const params: Record<string, string> = {};
      const ok = c.segments.every((s, i) => {
        if ('literal' in s) return s.literal === parts[i];
        try {
          params[s.param] = decodeURIComponent(parts[i]!);
          return true;
        } catch {
          return false;
        }
      });
      if (!ok) continue;
      if (c.literals > bestScore) {
        best = [];
        bestScore = c.literals;
      }
      if (c.literals === bestScore) best.push({ c, params });
    }
    if (best.length === 0) return { kind: 'not_found' };
    const hit = best.find((b) => b.c.route.method === method);
    if (hit) return { kind: 'found', route: hit.c.route, params: hit.params };
    return { kind: 'method_not_allowed', allow: [...new Set(best.map((b) => b.c.route.method))] };
  };
}
