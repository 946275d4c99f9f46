import { defineConfig } from 'vitest/config';
import { VitePWA } from 'vite-plugin-pwa';
import { builtinDataPlugin } from './build/builtin-data-plugin';

/** Functions of d3-scale-chromatic's bundle that only build values (colour arrays, interpolators), by their names there. */
const PURE_D3_CHROMATIC = ['colors', 'ramp', 'ramp$1', 'interpolateRgbBasis', 'interpolateCubehelixLong', 'cubehelix$1', 'hsl', 'hcl', 'cubehelix', 'rgbSpline', 'interpolateTransform'];

/** Small modules shared by the public embed and the explorer's first frame (see codeSplitting below). */
const SHARED_MAP_MODULES = /src\/(map\/(map-tooltip|map-model)|ui\/events|classify\/approximate-row|data\/(label-geometry|attribution))\.ts$|node_modules\/(polylabel|tinyqueue)\//;

/** Entries whose file name must stay stable so other sites can load them (the web component). */
const STABLE_ENTRIES = new Set(['poverty-map-element']);

export default defineConfig({
  base: './',
  build: {
    target: 'es2022',
    sourcemap: true,
    chunkSizeWarningLimit: 1500,
    // Every browser the app supports preloads modules natively: no polyfill in each page's start (0.4 KiB gzipped).
    modulePreload: { polyfill: false },
    rollupOptions: {
      input: {
        index: 'index.html',
        'poverty-map': 'poverty-map.html',
        embed: 'embed.html',
        'poverty-map-element': 'src/element.ts',
      },
      output: {
        entryFileNames: (chunk) => (STABLE_ENTRIES.has(chunk.name) ? 'poverty-map.js' : 'assets/[name]-[hash].js'),
        // The small modules the embed and the explorer's first frame share, in one chunk rather than six (each file costs
        // the embed's start its own request and gzip overhead).
        codeSplitting: { groups: [{ name: 'map-common', test: SHARED_MAP_MODULES }] },
      },
      // d3-scale-chromatic builds every scheme at load through these helpers, which the bundler cannot prove pure:
      // declared pure, the schemes and ramps no palette uses drop out of the public embed's start (~3.5 KiB gzipped).
      treeshake: { manualPureFunctions: PURE_D3_CHROMATIC },
    },
  },
  plugins: [
    builtinDataPlugin(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg'],
      manifest: {
        name: 'Bản đồ giảm nghèo — Cam Lộ 2022',
        short_name: 'Giảm nghèo',
        description: 'Bản đồ kế hoạch giảm nghèo huyện Cam Lộ năm 2022 / Cam Lộ 2022 poverty reduction plan map',
        lang: 'vi',
        start_url: './',
        scope: './',
        display: 'standalone',
        theme_color: '#12355b',
        background_color: '#f6f5f1',
        icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        globPatterns: ['**/*.{js,mjs,css,html,woff2,svg,png,webmanifest}'],
        globIgnores: ['**/*.map'],
        maximumFileSizeToCacheInBytes: 6 * 1024 * 1024,
        navigateFallback: null,
        ignoreURLParametersMatching: [/.*/],
        cleanupOutdatedCaches: true,
        // National places files load on demand; each one visited is kept, so a province opened once works offline.
        runtimeCaching: [
          {
            urlPattern: ({ url, sameOrigin }) => sameOrigin && /\/places\/[\w/-]+\.json$/.test(url.pathname),
            handler: 'StaleWhileRevalidate',
            options: { cacheName: 'places', expiration: { maxEntries: 300 } },
          },
        ],
      },
    }),
  ],
  test: {
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          // One preview server of the build ($E2E_DIST or dist/) and one Chromium for the run; each file opens its own context.
          globalSetup: ['tests/e2e/support/global-setup.ts'],
          testTimeout: 90_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          // The files run one after another in one worker that keeps its imports (Playwright, the support modules):
          // each file still opens its own browser context, so no page, storage or cache is shared.
          isolate: false,
        },
      },
    ],
  },
});
