/**
 * Where a server's CPU time went: the self time of a V8 CPU profile (`node --cpu-prof`), by where
 * the code lives — a package, a file of ours, Node's internals, native code, GC — as a share of
 * the time it was busy. What `npm run bench` prints under a target it missed.
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function placeOf(node: ProfileNode, root: string): string {
  const { functionName, url } = node.callFrame;
  if (functionName === '(garbage collector)') return 'GC';
  if (functionName === '(idle)') return '(idle)';
  if (functionName === '(program)') return 'V8 (compiling, runtime)';
  if (!url) return 'native (SQLite, socket writes, JSON, crypto)';
  if (url.startsWith('node:')) return 'Node internals (HTTP, streams, buffers)';
  const path = url.replace(/^file:\/\//, '');
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (pkg) return pkg[1]!;
  const ours = path.startsWith(root) ? path.slice(root.length + 1) : path;
  // V8 counts a native call as self time of the JS function making it: better-sqlite3 runs the
  // statements inside create-db.ts's wrappers.
  return ours === 'src/db/create-db.ts' ? 'SQLite statements (better-sqlite3, called from src/db/create-db.ts)' : ours;
}

/** The top places by share of busy time, as printable lines. */
export function summarizeProfile(file: string, root: string, skipMs = 0, top = 12): string[] {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const time = new Map<string, number>();
  let clock = 0; // µs since the profile began
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    clock += delta;
    if (clock < skipMs * 1000) return;
    const place = placeOf(byId.get(id)!, root);
    time.set(place, (time.get(place) ?? 0) + delta);
  });
  time.delete('(idle)');
  const busy = [...time.values()].reduce((a, b) => a + b, 0);
  return [...time]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([place, t]) => `${((100 * t) / busy).toFixed(1).padStart(5)} %  ${place}`);
}
