/**
 * Đo JS tải lúc khởi động / Measure the JS each page loads at start: its entry chunk and the chunks it imports
 * statically, gzipped, with the npm packages they carry (from the source maps).
 * Usage: `npx vite build --manifest --outDir DIR && node build/start-size.mjs DIR`.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = process.argv[2] ?? 'dist';
const manifestPath = join(dist, '.vite', 'manifest.json');
if (!existsSync(manifestPath)) throw new Error(`${manifestPath} not found — build with \`npx vite build --manifest\``);
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));

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
  console.log(`${entry}: ${files.length} chunks, ${(raw / 1024).toFixed(1)} KiB raw, ${(gzip / 1024).toFixed(1)} KiB gzip`);
  console.log(`  packages: ${packages.join(', ')}`);
}
