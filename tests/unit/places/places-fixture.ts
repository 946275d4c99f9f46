/** Test helpers for the places feature: the real files of public/places behind a fake fetch, and the built-in plan. */
import { readFileSync } from 'node:fs';
import { buildDataset, type Dataset } from '../../../src/data/dataset';
import { createPlaceLoader, type PlaceLoader } from '../../../src/places/place-loader';

/** Where the fake fetch serves public/places from. */
export const BASE = 'http://places.test/app/places/';

/** What the fake fetch did: the files asked for, in order. */
export interface FetchLog {
  files: string[];
}

/**
 * A loader over the real files of public/places. `offline` makes every fetch fail as a browser does with no
 * network; `override` replaces a file's text (e.g. damaged JSON); unknown files answer 404.
 */
export function fileLoader(options: { offline?: boolean; override?: Record<string, string> } = {}): { loader: PlaceLoader; log: FetchLog } {
  const log: FetchLog = { files: [] };
  const fetch = async (url: string): Promise<Response> => {
    const file = url.slice(BASE.length);
    log.files.push(file);
    if (options.offline) throw new TypeError('Failed to fetch');
    const text = options.override?.[file];
    if (text !== undefined) return new Response(text, { status: 200 });
    try {
      return new Response(readFileSync(`public/places/${file}`, 'utf8'), { status: 200 });
    } catch {
      return new Response('not found', { status: 404 });
    }
  };
  return { loader: createPlaceLoader({ base: BASE, fetch }), log };
}

/** The built-in Cam Lộ 2022 dataset, read from its files. */
export function camLo(): Dataset {
  const result = buildDataset({
    plan: { file: 'plan.json', json: JSON.parse(readFileSync('geo/plans/cam-lo-2022/plan.json', 'utf8')) },
    table: { file: 'table.csv', text: readFileSync('geo/plans/cam-lo-2022/table.csv', 'utf8') },
    boundaries: { file: 'cam-lo-communes.geojson', json: JSON.parse(readFileSync('geo/boundaries/cam-lo-communes.geojson', 'utf8')) },
  });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}
