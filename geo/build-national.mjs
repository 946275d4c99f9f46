// Builds the national places under public/places/ (both vintages: 2025 and pre-2025 "2013") from the vn-national
// extract; see geo/ATTRIBUTION and ../shared/geo-sources/vn-national/PROVENANCE.md.
// Usage: node geo/build-national.mjs [--out DIR] [--only 2025:44,2013:45]
//   env NATIONAL_SOURCE_DIR overrides the source folder. --only builds just those province files, the crosswalk
//   files of the listed 2025 provinces and names.json (not the catalogue, overview or outlines).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { checkSource, read2013, read2025, readCrosswalk } from './national/source.mjs';
import { CROSSWALK_COLUMNS, crosswalkByProvince, NAMES_COLUMNS, namesRows, tableText } from './national/tables.mjs';

/** A JSON value as one line of text plus a final newline. */
const toText = (value) => `${JSON.stringify(value)}\n`;

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE_DIR = process.env.NATIONAL_SOURCE_DIR
  ? path.resolve(process.env.NATIONAL_SOURCE_DIR)
  : path.resolve(REPO_ROOT, '../shared/geo-sources/vn-national');
const VINTAGES = ['2025', '2013'];

/** Output folder from `--out DIR` (default public/places) and the `--only vintage:province,…` selection. */
function parseArgs(argv) {
  const opts = { outDir: path.join(REPO_ROOT, 'public/places'), only: null };
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i + 1];
    if (argv[i] === '--out' && value) opts.outDir = path.resolve(argv[++i]);
    else if (argv[i] === '--only' && value) opts.only = new Set(argv[++i].split(',').map((s) => s.trim()));
    else throw new Error(`Unknown or incomplete argument: ${argv[i]}\nUsage: node geo/build-national.mjs [--out DIR] [--only 2025:44,2013:45]`);
  }
  return opts;
}

/** Throws unless the data look as PROVENANCE.md describes (counts, 5-digit 2025 codes, unique ids). */
function checkInputs(v2025, v2013) {
  const codes = v2025.units.map((u) => u.code);
  if (codes.length !== 3321 || v2025.provinces.length !== 34) throw new Error(`2025: ${codes.length} units in ${v2025.provinces.length} provinces`);
  if (!codes.every((c) => /^\d{5}$/.test(c)) || new Set(codes).size !== codes.length) throw new Error('2025 codes are not unique 5-digit codes');
  if (v2013.provinces.length !== 63) throw new Error(`2013: ${v2013.provinces.length} provinces`);
}

/** Writes files under the output folder and remembers their raw and gzip sizes. */
function writer(outDir) {
  const sizes = new Map();
  const write = (rel, text) => {
    const full = path.join(outDir, rel);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    const buffer = Buffer.from(text, 'utf8');
    fs.writeFileSync(full, buffer);
    sizes.set(rel, { raw: buffer.length, gzip: zlib.gzipSync(buffer, { level: 9 }).length });
    return buffer.length;
  };
  return { write, sizes };
}

/** Deletes .json files in the output subfolders that this (full) build did not write. */
function removeStale(outDir, sizes) {
  for (const dir of [...VINTAGES, 'crosswalk']) {
    const full = path.join(outDir, dir);
    if (!fs.existsSync(full)) continue;
    for (const file of fs.readdirSync(full)) {
      if (file.endsWith('.json') && !sizes.has(`${dir}/${file}`)) fs.rmSync(path.join(full, file));
    }
  }
}

/** Builds every selected province file of both vintages (`places`: ./national/places.mjs); returns the catalogue and 2025 labels. */
async function buildProvinces(places, data, only, write) {
  const vintages = {};
  const labels = new Map();
  for (const vintage of VINTAGES) {
    const { units, provinces, districts } = data[vintage];
    const entries = [];
    for (const province of provinces) {
      if (only && !only.has(`${vintage}:${province.code}`)) continue;
      const members = units.filter((u) => u.province === province.code);
      const { topology, info } = await places.buildProvince(vintage, members);
      const bytes = write(`${vintage}/${province.code}.json`, toText(topology));
      if (vintage === '2025') for (const [code, { label }] of info) labels.set(code, label);
      const own = districts?.filter((d) => d.province === province.code);
      const { districts: districtEntries, ...entry } = places.provinceEntry(province, members, info, own);
      entries.push(districtEntries ? { ...entry, bytes, districts: districtEntries } : { ...entry, bytes });
    }
    vintages[vintage] = { provinces: entries };
  }
  return { vintages, labels };
}

async function main() {
  const { outDir, only } = parseArgs(process.argv.slice(2));
  checkSource(SOURCE_DIR);
  // The geometry modules load mapshaper and turf (seconds), so only once the source is found.
  const places = await import('./national/places.mjs');
  const data = { 2025: read2025(SOURCE_DIR), 2013: read2013(SOURCE_DIR) };
  const crosswalk = readCrosswalk(SOURCE_DIR);
  checkInputs(data[2025], data[2013]);
  if (only) {
    const known = new Set(VINTAGES.flatMap((v) => data[v].provinces.map((p) => `${v}:${p.code}`)));
    const unknown = [...only].filter((key) => !known.has(key));
    if (unknown.length) throw new Error(`--only: no such vintage:province ${unknown.join(', ')}`);
  }

  const { write, sizes } = writer(outDir);
  const { vintages, labels } = await buildProvinces(places, data, only, write);
  for (const [province, rows] of crosswalkByProvince(crosswalk)) {
    if (!only || only.has(`2025:${province}`)) write(`crosswalk/${province}.json`, tableText(CROSSWALK_COLUMNS, rows));
  }
  write('names.json', tableText(NAMES_COLUMNS, namesRows({ v2025: data[2025], v2013: data[2013], crosswalk })));
  if (!only) {
    write('2025/overview.json', toText(await places.buildOverview(data[2025].units, data[2025].provinces, labels)));
    for (const vintage of VINTAGES) {
      write(`${vintage}/provinces.json`, toText(await places.buildOutlines(data[vintage].units, data[vintage].provinces)));
    }
    write('index.json', `${JSON.stringify({ version: 1, vintages })}\n`);
    removeStale(outDir, sizes);
  }
  report({ data, crosswalk, sizes, outDir, settings: places.SETTINGS });
}

/** Sum, median and max of a list of byte counts. */
function summary(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return { sum: sorted.reduce((s, v) => s + v, 0), median: sorted[Math.floor((sorted.length - 1) / 2)] ?? 0, max: sorted.at(-1) ?? 0 };
}

/** Prints the inputs, settings and a size table of what was written. */
function report({ data, crosswalk, sizes, outDir, settings }) {
  const log = (line) => console.log(line);
  const s = data[2013].stats;
  log(`Source: ${SOURCE_DIR}`);
  log(`  2025: ${data[2025].units.length} units, ${data[2025].provinces.length} provinces`);
  log(`  2013: ${s.polygons} polygons → ${data[2013].units.length} units (${s.mergedCodes} codes merged), ` +
    `${data[2013].districts.length} districts, ${data[2013].provinces.length} provinces; ${s.nocode} without GSO code; ` +
    `district from: ${Object.entries(s.district).map(([how, n]) => `${how} ${n}`).join(', ')}`);
  log(`  crosswalk: ${crosswalk.length} rows`);
  log(`Settings: ${JSON.stringify(settings)}`);
  const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
  const groups = [
    ['2025 provinces', (f) => /^2025\/\d+\.json$/.test(f)],
    ['2013 provinces', (f) => /^2013\/\d+\.json$/.test(f)],
    ['2025/overview.json', (f) => f === '2025/overview.json'],
    ['2025/provinces.json', (f) => f === '2025/provinces.json'],
    ['2013/provinces.json', (f) => f === '2013/provinces.json'],
    ['crosswalk', (f) => f.startsWith('crosswalk/')],
    ['names.json', (f) => f === 'names.json'],
    ['index.json', (f) => f === 'index.json'],
    ['all', () => true],
  ];
  log('Written (raw / gzip -9; per file median and max raw):');
  for (const [label, match] of groups) {
    const files = [...sizes].filter(([f]) => match(f)).map(([, v]) => v);
    if (!files.length) continue;
    const raw = summary(files.map((f) => f.raw));
    const gz = summary(files.map((f) => f.gzip));
    const per = files.length > 1 ? `; median ${kb(raw.median)} / ${kb(gz.median)}, max ${kb(raw.max)} / ${kb(gz.max)}` : '';
    log(`  ${label.padEnd(20)} ${String(files.length).padStart(4)} file(s) ${kb(raw.sum).padStart(12)} / ${kb(gz.sum).padStart(11)}${per}`);
  }
  log(`Wrote ${outDir}`);
}

main().catch((error) => {
  console.error(`build-national: ${error.message}`);
  process.exit(1);
});
