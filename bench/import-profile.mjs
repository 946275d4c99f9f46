/**
 * Profile the import pipeline in Node: bundle bench/import-profile.ts with Vite (to a temporary folder), write the
 * national table of bench/national-table.mjs, and run the stages (`node bench/import-profile.mjs [runs]`; add
 * `--cpu-prof` to write a V8 CPU profile of the run to the current folder, `--whole` to time only `loadTable`).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { nationalCsv } from './national-table.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const runs = args.find((a) => /^\d+$/.test(a)) ?? '9';
const out = mkdtempSync(join(tmpdir(), 'import-profile-'));
await build({
  root: ROOT,
  configFile: false,
  publicDir: false,
  logLevel: 'warn',
  build: { ssr: join(ROOT, 'bench/import-profile.ts'), outDir: out, emptyOutDir: true, minify: false, sourcemap: true, target: 'es2022' },
  ssr: { noExternal: true },
});
const csv = join(out, 'national-2025.csv');
writeFileSync(csv, nationalCsv(join(ROOT, 'public/places/names.json')).csv);
const flags = args.includes('--cpu-prof') ? ['--cpu-prof', '--enable-source-maps'] : [];
const mode = args.includes('--whole') ? ['whole'] : [];
execFileSync(process.execPath, [...flags, join(out, 'import-profile.js'), csv, join(ROOT, 'public/places'), runs, ...mode], { stdio: 'inherit' });
