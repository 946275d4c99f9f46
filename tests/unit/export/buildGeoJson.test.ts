import { describe, expect, it } from 'vitest';
import { buildGeoJson } from '../../../src/export/geojson';
import { buildChoropleth } from '../../../src/classify/choropleth';
import { DEFAULT_VIEW } from '../../../src/state/view-state';
import { NO_DATA_COLOR } from '../../../src/classify/palettes';
import { camLo } from './fixture';

const dataset = camLo();
const choropleth = buildChoropleth(dataset, DEFAULT_VIEW);

describe('buildGeoJson', () => {
  const collection = buildGeoJson(dataset, choropleth);

  it('has the 8 communes of the dataset with their geometry', () => {
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.features).toHaveLength(8);
    expect(collection.features.map((f) => f.properties.gso_code)).toEqual(dataset.communes.map((f) => f.properties.gso_code));
    collection.features.forEach((f, i) => expect(f.geometry).toBe(dataset.communes[i]!.geometry));
  });

  it('carries names, figures as printed and recomputed, the metric, its class and fill', () => {
    const tuyen = collection.features.find((f) => f.properties.name === 'Cam Tuyền')!.properties;
    expect(tuyen).toMatchObject({
      gso_code: '19600',
      full_name: 'Xã Cam Tuyền',
      name_ascii: 'Cam Tuyen',
      type: 'Xã',
      printed_name: 'Cam Tuyên',
      households: 1481,
      households_recomputed: 1481,
      poor: 109,
      poor_rate: 3.76,
      poor_rate_recomputed: 7.3599,
      ethnic_minority_households: 101,
      metric: 'poverty_rate',
      metric_value: 7.3599,
      metric_printed: 3.76,
    });
    expect(tuyen.class_index).toBe(choropleth.classOf['19600']);
    expect(tuyen.fill).toBe(choropleth.fills['19600']);
    expect(tuyen.class_index).toBe(choropleth.legend.classes.length - 1);
  });

  it('gives every commune the fill and class the map draws', () => {
    for (const f of collection.features) {
      expect(f.properties.fill).toBe(choropleth.fills[f.properties.gso_code]);
      expect(f.properties.class_index).toBe(choropleth.classOf[f.properties.gso_code]);
      expect(f.properties.fill).toMatch(/^#[0-9a-f]{6}$/i);
    }
  });

  it('uses null for blank figures and survives a JSON round trip', () => {
    const thanhAn = collection.features.find((f) => f.properties.name === 'Thanh An')!.properties;
    expect(thanhAn.ethnic_minority_households).toBeNull();
    expect(thanhAn.ethnic_minority_poor_rate_recomputed).toBeNull();
    expect(JSON.parse(JSON.stringify(collection))).toEqual(collection);
  });

  it('keeps a commune without a table row, with no figures and the no-data fill', () => {
    const partial = camLo((s) => ({ ...s, table: { ...s.table, text: s.table.text.split('\n').filter((l) => !l.startsWith('Cam Chính')).join('\n') } }));
    const out = buildGeoJson(partial, buildChoropleth(partial, DEFAULT_VIEW));
    expect(out.features).toHaveLength(8);
    const chinh = out.features.find((f) => f.properties.name === 'Cam Chính')!.properties;
    expect(chinh).toMatchObject({ printed_name: null, households: null, metric_value: null, class_index: null, fill: NO_DATA_COLOR });
  });
});
