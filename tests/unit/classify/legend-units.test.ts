import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildChoropleth, type ChoroplethView } from '../../../src/classify/choropleth';
import { choroplethLegendRows } from '../../../src/classify/legend-rows';
import { parsePlaceIndex } from '../../../src/data/places/catalogue';
import { parsePlaceParam } from '../../../src/data/places/place-id';
import { placeFeatures } from '../../../src/data/places/topology';
import { readProvinceTopology } from '../../../src/data/places/topology-files';
import { placeDataset, placeLabel } from '../../../src/places/place-dataset';
import { loadDataset } from '../map/fixture';

const view: ChoroplethView = { metric: 'poverty_rate', method: 'natural', classes: 4, palette: 'YlOrRd', lang: 'vi' };

/** The blank dataset of a real place file (`2013-25` at district level: Phú Thọ's districts before 2025). */
function placeData(param: string, level?: string) {
  const index = parsePlaceIndex(JSON.parse(readFileSync('public/places/index.json', 'utf8')));
  if (!index.ok) throw new Error(index.message.en);
  const ref = parsePlaceParam(param, level)!;
  const topo = readProvinceTopology(JSON.parse(readFileSync(`public/places/${ref.vintage}/${ref.province}.json`, 'utf8')), ref.vintage, ref.province);
  if (!topo.ok) throw new Error(topo.message.en);
  const districts = index.value.vintages[ref.vintage].provinces.find((p) => p.code === ref.province)?.districts ?? [];
  return placeDataset(placeFeatures(topo.value, ref, districts), placeLabel(ref, index.value)!);
}

describe('legend counts name the units shown', () => {
  it('counts districts on a province’s districts, in both languages', () => {
    const dataset = placeData('2013-25', 'district');
    const choropleth = buildChoropleth(dataset, view);
    expect(choropleth.legend.units).toBe('district');
    const n = dataset.communes.length;
    expect(choroplethLegendRows(choropleth, 'vi').at(-1)?.countText).toBe(`${n} huyện`);
    expect(choroplethLegendRows(choropleth, 'en').at(-1)?.countText).toBe(`${n} districts`);
  });

  it('counts communes on communes, wards and towns', () => {
    expect(buildChoropleth(placeData('2025-44'), view).legend.units).toBe('commune');
    const builtIn = buildChoropleth(loadDataset(), view);
    expect(builtIn.legend.units).toBe('commune');
    expect(choroplethLegendRows(builtIn, 'en')[0]?.countText).toMatch(/^\d+ communes?$/);
  });
});
