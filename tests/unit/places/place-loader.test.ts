import { describe, expect, it } from 'vitest';
import type { Vintage } from '../../../src/data/places/place-id';
import { createPlaceLoader } from '../../../src/places/place-loader';
import { BASE, fileLoader } from './places-fixture';

describe('createPlaceLoader', () => {
  it('never fetches a file named from a hostile code', async () => {
    const { loader, log } = fileLoader();
    for (const [vintage, code] of [['2025', '../index'], ['2025', '44?x=1'], ['2019', '44'], ['2025', '4'], ['2013', '//evil.example/x']] as [Vintage, string][]) {
      const result = await loader.province(vintage, code);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.reason).toBe('unknown-place');
    }
    expect((await loader.crosswalk('https://x')).ok).toBe(false);
    expect(log.files).toEqual([]);
  });

  it('fetches same-origin files under its base only', async () => {
    const urls: { url: string; init?: RequestInit }[] = [];
    const loader = createPlaceLoader({
      base: BASE,
      fetch: async (url, init) => {
        urls.push({ url, init });
        return new Response('{"version":1,"vintages":{}}');
      },
    });
    const result = await loader.index();
    expect(result.ok).toBe(true);
    expect(urls).toHaveLength(1);
    expect(urls[0]!.url).toBe(`${BASE}index.json`);
    expect(urls[0]!.init).toMatchObject({ mode: 'same-origin', credentials: 'same-origin' });
  });

  it('shares one request between callers and keeps the result', async () => {
    const { loader, log } = fileLoader();
    const [a, b] = await Promise.all([loader.provinces('2025'), loader.provinces('2025')]);
    expect(a).toBe(b);
    expect(await loader.provinces('2025')).toBe(a);
    expect(log.files).toEqual(['2025/provinces.json']);
  });

  it('reports text that is not JSON as a damaged file, in both languages', async () => {
    const { loader } = fileLoader({ override: { 'names.json': '<!doctype html><title>offline</title>' } });
    const result = await loader.names();
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ file: 'names.json', reason: 'invalid' });
    expect(result.error.message.vi).toMatch(/^Tệp names\.json bị hỏng/);
    expect(result.error.message.en).toMatch(/names\.json is damaged/);
  });

  it('treats a server error as offline (the file may load later)', async () => {
    const loader = createPlaceLoader({ base: BASE, fetch: async () => new Response('', { status: 503 }) });
    const result = await loader.index();
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.reason).toBe('offline');
  });
});
