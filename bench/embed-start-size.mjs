/**
 * JS của bản đồ nhúng trước mọi thao tác / The JavaScript the public embed (embed.html) and the stand-alone element
 * (poverty-map.js) fetch before any interaction, read from a build: the page's module scripts and modulepreloads, then
 * every static `import` of those chunks (dynamic `import()`s — MapLibre, the data table — are not followed), gzipped.
 * Usage: `node bench/embed-start-size.mjs [DIST]` (default dist/); bench/run.mjs prints the embed's figure too.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

/** Static imports of a built chunk: `import … from "./x.js"` and `import "./x.js"`, not `import("./x.js")`. */
const STATIC_IMPORT = /\bimport\s*(?:[\w$*{}\s,]+from\s*)?["']([^"']+\.m?js)["']/g;

/** The files (relative to `dist`) a start set of files pulls in through static imports, themselves included. */
function closure(dist, start) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file) || !existsSync(join(dist, file))) return;
    seen.add(file);
    const code = readFileSync(join(dist, file), 'utf8');
    for (const [, spec] of code.matchAll(STATIC_IMPORT)) {
      if (spec.startsWith('.')) visit(relative(dist, resolve(dirname(join(dist, file)), spec)));
    }
  };
  start.forEach(visit);
  return [...seen];
}

/** Module scripts and modulepreloads of a built HTML page, relative to `dist`. */
function pageScripts(dist, page) {
  const html = readFileSync(join(dist, page), 'utf8');
  const tags = [...html.matchAll(/<(?:script[^>]*type="module"[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="([^"]+)"/g)];
  return tags.map(([, src]) => relative(dist, resolve(dist, src)));
}

/** Gzipped KiB of files of `dist`. */
function gzipKiB(dist, files) {
  return files.reduce((sum, f) => sum + gzipSync(readFileSync(join(dist, f)), { level: 9 }).length, 0) / 1024;
}

/** Gzipped KiB of the JavaScript embed.html fetches before any interaction, in the build `dist`. */
export function embedStartKiB(dist) {
  return gzipKiB(dist, closure(dist, pageScripts(dist, 'embed.html')));
}

/** Gzipped KiB of poverty-map.js and the chunks it imports statically, in the build `dist`. */
export function elementStartKiB(dist) {
  return gzipKiB(dist, closure(dist, ['poverty-map.js']));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const dist = resolve(process.argv[2] ?? 'dist');
  for (const [name, files] of [
    ['embed.html', closure(dist, pageScripts(dist, 'embed.html'))],
    ['poverty-map.js', closure(dist, ['poverty-map.js'])],
  ]) {
    console.log(`${name}: ${gzipKiB(dist, files).toFixed(1)} KiB gzipped JavaScript before any interaction (budget 60), ${files.length} files`);
    for (const f of files) console.log(`  ${f}: ${gzipKiB(dist, [f]).toFixed(1)} KiB`);
  }
}
