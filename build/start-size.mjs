/**
 * Đo JS tải lúc khởi động / Measure the JS each page loads at start: its entry chunk and the chunks it imports
 * statically, gzipped, with the npm packages they carry (from the source maps). With `--top N`, also the N sources that
 * weigh most in the explorer's start (index.html), each by the gzip of its own generated code (read from the source
 * maps; compressed alone, so the figures overstate what each adds to the whole, but rank the sources fairly).
 * Usage: `npx vite build --manifest --outDir DIR && node build/start-size.mjs DIR [--top 25]`.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const topAt = args.indexOf('--top');
const top = topAt >= 0 ? Number(args.splice(topAt, 2)[1] ?? 25) : 0;
const dist = args[0] ?? 'dist';
const manifestPath = join(dist, '.vite', 'manifest.json');
if (!existsSync(manifestPath)) throw new Error(`${manifestPath} not found — build with \`npx vite build --manifest\``);
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

/** The manifest keys of an entry and of every chunk it imports statically. */
function staticClosure(key, seen = new Set()) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const dep of manifest[key]?.imports ?? []) staticClosure(dep, seen);
  return seen;
}

/** The npm packages whose code is in a chunk, by its source map. */
function packagesOf(file) {
  const mapPath = join(dist, `${file}.map`);
  if (!existsSync(mapPath)) return [];
  const { sources } = JSON.parse(readFileSync(mapPath, 'utf8'));
  const names = sources.map((s) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(s)?.[1]).filter(Boolean);
  return [...new Set(names)].sort();
}

/**
 * The generated code of each source of `files`, by source (paths from the repository or `npm:package/...`; code the
 * maps give no source, e.g. JSON the build inlined, the lines of template literals or MapLibre's shaders, by chunk).
 */
function codeBySource(files, decode) {
  const code = new Map();
  const add = (source, text) => code.set(source, (code.get(source) ?? '') + text);
  for (const file of files) {
    const mapPath = join(dist, `${file}.map`);
    if (!existsSync(mapPath)) continue;
    const map = JSON.parse(readFileSync(mapPath, 'utf8'));
    const lines = readFileSync(join(dist, file), 'utf8').split('\n');
    const name = (i) => {
      const source = map.sources[i];
      const npm = /node_modules\/(.*)$/.exec(source);
      return npm ? `npm:${npm[1]}` : source.replace(/^.*?\/?((src|build|geo)\/)/, '$1');
    };
    const none = `(no source, in ${file})`;
    decode(map.mappings).forEach((segments, i) => {
      const line = lines[i] ?? '';
      if (segments.length === 0) add(none, line);
      segments.forEach((s, j) => add(s.length > 1 ? name(s[1]) : none, line.slice(s[0], segments[j + 1]?.[0] ?? line.length)));
    });
  }
  return code;
}

for (const entry of Object.keys(manifest).filter((k) => manifest[k].isEntry)) {
  const files = [...staticClosure(entry)].map((k) => manifest[k].file);
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(join(dist, file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  const packages = [...new Set(files.flatMap(packagesOf))];
  console.log(`${entry}: ${files.length} chunks, ${kib(raw)} raw, ${kib(gzip)} gzip`);
  console.log(`  packages: ${packages.join(', ')}`);
  if (top > 0 && entry === 'index.html') {
    // The source-map decoder comes with Vite's and Vitest's own dependencies.
    const { decode } = await import('@jridgewell/sourcemap-codec');
    const sized = [...codeBySource(files, decode)].map(([source, text]) => ({ source, raw: Buffer.byteLength(text), gzip: gzipSync(text, { level: 9 }).length }));
    sized.sort((a, b) => b.gzip - a.gzip);
    console.log(`  top ${top} sources (gzip alone, raw):`);
    for (const s of sized.slice(0, top)) console.log(`    ${kib(s.gzip).padStart(9)} ${kib(s.raw).padStart(10)}  ${s.source}`);
  }
}
