/**
 * Import rules of the project (README "Import direction"); checked in CI by `npm run lint:deps`.
 * Lower layers never import higher ones: core ← data ← classify ← state ← map ← features ← app.
 */
/** Feature folders: each a user-facing feature built from the component folders (controls, legend, panels). */
const FEATURES = '(presenter|embed|export|import|places|review|planning|projects)';
const layer = (name, allowed) => ({
  name: `${name}-imports-only-${allowed.join('-')}`,
  comment: `src/${name} may import only from ${allowed.map((a) => `src/${a}`).join(', ')}`,
  severity: 'error',
  from: { path: `^src/${name}/` },
  to: { path: '^src/', pathNot: `^src/(${[name, ...allowed].join('|')})/` },
});

module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', comment: 'modules form no import cycles', from: {}, to: { circular: true } },
    {
      name: 'pure-modules-import-no-ui',
      comment: 'core, data, classify and state are pure: no lit, no maplibre (DOM globals are checked by tsconfig.pure.json)',
      severity: 'error',
      from: { path: '^src/(core|data|classify|state)/', pathNot: '^src/state/url-sync\\.ts$' },
      to: { path: 'node_modules/(lit|@lit|lit-html|lit-element|maplibre-gl)/' },
    },
    layer('core', []),
    layer('data', ['core']),
    layer('classify', ['core', 'data']),
    layer('state', ['core', 'data', 'classify']),
    layer('ui', ['core', 'data', 'classify']),
    layer('map', ['core', 'data', 'classify', 'state', 'ui']),
    layer('controls', ['core', 'data', 'classify', 'state', 'ui', 'legend']),
    layer('legend', ['core', 'data', 'classify', 'state', 'ui']),
    layer('panels', ['core', 'data', 'classify', 'state', 'ui', 'legend']),
    {
      name: 'features-do-not-import-each-other',
      comment: 'a feature folder uses the component folders (controls, legend, panels) and the layers below, never another feature or the app shell',
      severity: 'error',
      from: { path: `^src/${FEATURES}/` },
      to: { path: `^src/(app|${FEATURES.slice(1, -1)})/`, pathNot: '^src/$1/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.d\\.ts$' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'], extensions: ['.ts', '.js', '.mjs', '.json'] },
  },
};
