import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SOURCE_DIR = process.env.GEO_SOURCE_DIR ?? path.resolve(REPO_ROOT, '../shared/geo-sources/censusvn2009');
const COMMITTED = path.join(REPO_ROOT, 'geo/boundaries');
const FILES = ['cam-lo-communes.geojson', 'cam-lo-label-points.geojson', 'cam-lo-outline.geojson', 'neighbours.geojson'];

describe('geo/build-boundaries.mjs', () => {
  it.skipIf(!existsSync(SOURCE_DIR))('rebuilds the committed boundary files byte for byte', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'boundaries-'));
    try {
      execFileSync(process.execPath, [path.join(REPO_ROOT, 'geo/build-boundaries.mjs'), '--out', out], {
        cwd: REPO_ROOT,
        env: { ...process.env, GEO_SOURCE_DIR: SOURCE_DIR },
        stdio: 'pipe',
      });
      expect(readdirSync(out).sort()).toEqual(FILES);
      for (const file of FILES) {
        expect(readFileSync(path.join(out, file), 'utf8'), file).toBe(readFileSync(path.join(COMMITTED, file), 'utf8'));
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 60_000);

  it('fails with a clear message when the source is missing', () => {
    const run = () =>
      execFileSync(process.execPath, [path.join(REPO_ROOT, 'geo/build-boundaries.mjs'), '--out', path.join(tmpdir(), 'unused')], {
        env: { ...process.env, GEO_SOURCE_DIR: path.join(tmpdir(), 'no-such-geo-source') },
        stdio: 'pipe',
      });
    expect(run).toThrow(/Boundary source not found: .*no-such-geo-source/);
  });
});
