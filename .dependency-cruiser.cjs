/**
 * The layers of README's architecture section, enforced by `npm run lint` (issue 16, point 3).
 * A module may import its own layer and the layers below it, never one above; no cycles anywhere.
 * dependency-cruiser 17.4 (not 18): 18.x needs Node 22 and these machines run Node 20.
 */

// Benchmarks and other tools inside a feature folder (lib/<feature>/bench/) stand with the app: they may use any layer.
const tools = '^lib/[^/]+/bench/';

// Lowest first. A path belongs to the first layer whose pattern matches it.
const layers = [
  {
    name: 'foundation',
    // Money, configuration, translations, the database, rates, crypto, the job queue and the request's
    // identity: everything else stands on these, and they know nothing of bookings.
    path: [
      '^lib/(money|env|user-facing-error)\\.ts$',
      '^lib/(i18n|legal|db|rates|crypto|consent|observe)/',
      '^lib/jobs/(registry|send-job|start-jobs)\\.ts$',
      '^lib/auth/(audit|errors|rate-limit|request-context|viewer-types|logger)\\.ts$',
      '^content/',
      '^prisma/(?!seed/)',
    ],
  },
  { name: 'rules', path: ['^lib/rules/'] },
  { name: 'inventory', path: ['^lib/inventory/'] },
  { name: 'pricing', path: ['^lib/pricing/'] },
  { name: 'booking', path: ['^lib/booking/'] },
  { name: 'payments, documents, mail', path: ['^lib/(payments|documents|mail)/'] },
  { name: 'after-sales, privacy, account', path: ['^lib/(after-sales|privacy|account|alerts|timeline|fulfilment)/'] },
  {
    name: 'app',
    // Pages, components, Auth.js wiring, entry points and tools: they may use every layer.
    path: [
      '^app/',
      '^components/',
      '^lib/auth/',
      '^lib/(cli|server|bench|cache|jobs)/',
      tools,
      '^prisma/seed/',
      '^(proxy|instrumentation)\\.ts$',
    ],
  },
];

const anyOf = (patterns) => patterns.map((p) => `(?:${p})`).join('|');
const inLayer = layers.map((layer, index) => ({
  ...layer,
  // Same-index patterns also match higher layers' files (e.g. lib/auth/ after lib/auth/errors.ts), so each
  // layer excludes what a lower layer already claimed.
  pathNot: layers.slice(0, index).flatMap((lower) => lower.path),
}));

const upward = inLayer.slice(0, -1).map((layer, index) => ({
  name: `no-upward-from-${layer.name.replace(/[^a-z]+/g, '-')}`,
  comment: `${layer.name} may not import a higher layer (README, "Architecture")`,
  severity: 'error',
  from: { path: anyOf(layer.path), pathNot: anyOf([tools, ...layer.pathNot]) },
  to: {
    path: anyOf(inLayer.slice(index + 1).flatMap((higher) => higher.path)),
    pathNot: anyOf(inLayer.slice(0, index + 1).flatMap((lowerOrSame) => lowerOrSame.path)),
  },
}));

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'a cycle makes two modules one; split or invert it',
      from: {},
      to: { circular: true },
    },
    ...upward,
    {
      name: 'every-lib-module-has-a-layer',
      severity: 'error',
      comment: 'a new lib/ folder needs a place in .dependency-cruiser.cjs and README',
      from: { path: '^lib/', pathNot: anyOf(layers.flatMap((layer) => layer.path)) },
      to: {},
    },
    {
      name: 'no-database-in-pages-or-components',
      severity: 'error',
      comment: 'pages and components read through lib/ functions, never the Prisma client',
      from: { path: '^(app|components)/' },
      to: { path: '^lib/db/(client|generated/)' },
    },
    {
      name: 'no-nextjs-in-domain',
      severity: 'error',
      comment: 'only lib/auth (and the app) may import Next.js',
      from: { path: '^lib/(rules|inventory|pricing|booking|payments|documents|mail|fulfilment|after-sales|privacy|account|consent|crypto|alerts|timeline)/' },
      to: { path: '^node_modules/(next|next-intl|next-auth)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['^(lib/db/generated|\\.next|coverage|\\.data)/', '\\.test\\.tsx?$'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.d.ts'],
    },
  },
};
