/** Shared fixtures of the import tests: the built-in dataset, the seed annex and the national places files read from disk. */
import { readFileSync } from 'node:fs';
import { buildDataset, type Dataset } from '../../../src/data/dataset';
import { DEFAULT_SOURCES } from '../../../src/data/default-sources';
import { parseNames, parsePlaceIndex } from '../../../src/data/places/catalogue';
import { NATIONAL } from '../../../src/data/places/place-id';
import { readProvinceTopology } from '../../../src/data/places/topology-files';
import type { ImportPlaceAssets } from '../../../src/import/place-locate';

const json = (path: string): unknown => JSON.parse(readFileSync(new URL(`../../../public/places/${path}`, import.meta.url), 'utf8'));

/** The built-in dataset, built from its raw files. */
export function builtInDataset(): Dataset {
  const result = buildDataset(DEFAULT_SOURCES);
  if (!result.ok) throw new Error('the built-in files do not build');
  return result.value;
}

/** The plan's annex as pasted from the Word document (tab-separated, two header rows). */
export const SEED_ANNEX = readFileSync(new URL('../data/table-read/fixtures/seed-annex.tsv', import.meta.url), 'utf8');

/** The national places files from public/places, as the places loader gives them; counts province loads. */
export function diskAssets(): ImportPlaceAssets & { loads: string[] } {
  const loads: string[] = [];
  return {
    loads,
    async names() {
      const r = parseNames(json('names.json'));
      return r.ok ? { ok: true, value: r.value } : { ok: false, error: { message: r.message } };
    },
    async index() {
      const r = parsePlaceIndex(json('index.json'));
      return r.ok ? { ok: true, value: r.value } : { ok: false, error: { message: r.message } };
    },
    async province(vintage, province) {
      loads.push(`${vintage}/${province}`);
      const file = province === NATIONAL && vintage === '2025' ? '2025/overview.json' : `${vintage}/${province}.json`;
      const r = readProvinceTopology(json(file), vintage, province, file);
      return r.ok ? { ok: true, value: r.value } : { ok: false, error: { message: r.message } };
    },
  };
}

/** Windows-1258 bytes of a text, as Windows writes it: precomposed where the code page has the letter, else letter + combining tone mark. */
export function encode1258(text: string): Uint8Array {
  const decoder = new TextDecoder('windows-1258');
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(decoder.decode(Uint8Array.of(b)), b);
  const out: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const direct = table.get(ch);
    if (direct !== undefined) {
      out.push(direct);
      continue;
    }
    const [base = '', ...marks] = [...ch.normalize('NFD')];
    let head = base;
    const rest: string[] = [];
    for (const mark of marks) {
      const composed = (head + mark).normalize('NFC');
      if (table.has(composed)) head = composed;
      else rest.push(mark);
    }
    for (const c of [head, ...rest]) {
      const byte = table.get(c);
      if (byte === undefined) throw new Error(`cannot encode ${c} in windows-1258`);
      out.push(byte);
    }
  }
  return Uint8Array.from(out);
}
