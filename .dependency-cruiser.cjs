/**
 * The shape of src/, checked by `npm run lint:deps` (part of `npm test`): no file imports itself
 * around a cycle, and the top-level rooms form straight layers. Each layer imports only layers
 * below it; rooms that share a layer do not import each other. So no cycle between rooms can
 * form, and a new room must be placed here before anything imports it.
 *
 * Bottom to top (README "Layout" draws the same picture):
 *   core       the error kernel, clock, logger, observability: no import of src/ but their own
 *   platform   security/ (sealing, keys, rate limiters), redis
 *   config     config.ts: the environment, read once and validated
 *   adapters   providers/ (the provider APIs), events/ (the bus) and outbound/ (customers' webhook
 *              receivers: address guard, signed POST): none knows storage
 *   storage    db/ (its rows hold provider types: capabilities, checks, routing snapshots)
 *   domain     domain/: the product's rules, over storage, providers and events
 *   jobs       jobs/: periodic domain work, started by the composition roots only
 *   schema     schema/: the GraphQL schema over the domain
 *   http       http/: the HTTP host, the request envelope, Yoga, the problem body and its statuses
 *   doors      rest/: the /v1 shim, which runs the schema's operations through the HTTP layer;
 *              ingress/: where providers' calls and call events arrive (HTTP webhooks, SIP)
 *   roots      app, main, server, runtime, demo, bin, build: composition and entry points
 * simulator/ is a separate program (the fake providers): only roots start it.
 * The console (a browser app with its own build) and generated code are left out.
 */
const room = (...paths) => `^src/(${paths.join('|')})`;

const LAYERS = [
  { name: 'core', rooms: [room('kernel/'), room('clock\\.ts$'), room('logger\\.ts$'), room('observability/')] },
  { name: 'platform', rooms: [room('security/'), room('redis\\.ts$')] },
  { name: 'config', rooms: [room('config\\.ts$')] },
  { name: 'adapters', rooms: [room('providers/'), room('events/'), room('outbound/')] },
  { name: 'storage', rooms: [room('db/')] },
  { name: 'domain', rooms: [room('domain/')] },
  { name: 'jobs', rooms: [room('jobs/')] },
  { name: 'schema', rooms: [room('schema/')] },
  { name: 'http', rooms: [room('http/')] },
  { name: 'doors', rooms: [room('rest/'), room('ingress/')] },
  { name: 'roots', rooms: [room('app\\.ts$', 'main\\.ts$', 'server\\.ts$', 'runtime\\.ts$', 'demo\\.ts$', 'bin\\.mjs$', 'build/')] },
];
const SIMULATOR = room('simulator/');
const ROOTS = LAYERS.find((l) => l.name === 'roots').rooms;
const KNOWN = [...LAYERS.flatMap((l) => l.rooms), SIMULATOR];

const upward = LAYERS.flatMap((layer, i) => {
  const above = LAYERS.slice(i + 1).flatMap((l) => l.rooms);
  return above.length === 0 ? [] : [{
    name: `layer-${layer.name}`,
    comment: `The ${layer.name} layer imports only the layers below it (.dependency-cruiser.cjs says the order).`,
    severity: 'error',
    from: { path: layer.rooms },
    to: { path: above },
  }];
});

const peers = LAYERS.flatMap((layer) =>
  layer.rooms.length < 2 ? [] : layer.rooms.map((from) => ({
    name: `peers-${layer.name}`,
    comment: `Rooms of the ${layer.name} layer do not import each other.`,
    severity: 'error',
    from: { path: from },
    to: { path: layer.rooms.filter((r) => r !== from) },
  })),
);

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'No import cycle between files.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    ...upward,
    ...peers,
    {
      name: 'jobs-from-roots-only',
      comment: 'Periodic jobs are started by the composition roots, never by a door.',
      severity: 'error',
      from: { path: '^src/', pathNot: [...ROOTS, room('jobs/')] },
      to: { path: room('jobs/') },
    },
    {
      name: 'simulator-from-roots-only',
      comment: 'The provider simulator is a separate program: production code never imports it; only roots start it, behind configuration.',
      severity: 'error',
      from: { path: '^src/', pathNot: [...ROOTS, SIMULATOR] },
      to: { path: SIMULATOR },
    },
    {
      name: 'rooms-are-placed',
      comment: 'Every top-level room of src/ has a place in the layers: add a new one to LAYERS.',
      severity: 'error',
      from: { path: '^src/', pathNot: KNOWN },
      to: {},
    },
    {
      name: 'rooms-are-placed',
      comment: 'Every top-level room of src/ has a place in the layers: add a new one to LAYERS.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^src/', pathNot: KNOWN },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['^src/console/', '/generated/'] },
    tsConfig: { fileName: 'tsconfig.json' },
    // Type-only imports count: a layer must not name a higher layer's types either.
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.mjs', '.js', '.cjs', '.d.ts'],
    },
  },
};
