import { readFileSync } from 'node:fs';
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { metricValues, type Dataset } from '../../../src/data/dataset';
import { continueTable, loadTable, sortFiles, withPlan, readBoundaries, type TableOutcome } from '../../../src/import/import-session';
import { rematch } from '../../../src/import/place-locate';
import { DEFAULT_SOURCES } from '../../../src/data/default-sources';
import { builtInDataset, diskAssets, encode1258, SEED_ANNEX } from './fixtures';

const current = builtInDataset();
const figures = (d: Dataset) => d.join.joined.map((j) => ({ code: j.feature.properties.gso_code, households: j.row.figures.households, poor: j.row.figures.poor, rate: j.row.figures.poor_rate_end_2022 }));
const placed = (o: TableOutcome) => {
  if (o.stage !== 'placed') throw new Error(`stage ${o.stage}: ${JSON.stringify(o.issues.map((i) => i.message.en))}`);
  return o;
};

describe('loadTable', () => {
  it('places the seed annex, pasted as text, on the boundaries on screen with the built-in figures', async () => {
    const assets = diskAssets();
    const o = placed(await loadTable({ text: SEED_ANNEX }, {}, { current, assets }));
    expect(o.located.source).toBe('current');
    expect(o.located.matching.complete).toBe(true);
    expect(assets.loads).toEqual([]);
    expect(figures(o.located.dataset)).toEqual(figures(current));
    expect(metricValues(o.located.dataset, 'poverty_rate').map((v) => v.value)).toEqual(metricValues(current, 'poverty_rate').map((v) => v.value));
    expect(o.located.dataset.findings.filter((f) => f.severity === 'error').map((f) => f.id)).toEqual(current.findings.filter((f) => f.severity === 'error').map((f) => f.id));
  });

  it('reads the same figures from an .xlsx, an .xls (BIFF8) and a Windows-1258 CSV', async () => {
    const rows = SEED_ANNEX.trimEnd().split('\n').map((line) => line.split('\t'));
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), 'Biểu');
    const xlsx = new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
    const xls = new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'biff8' }) as ArrayBuffer);
    const csv = encode1258(rows.map((r) => r.map((c) => (/[;"]/.test(c) ? `"${c}"` : c)).join(';')).join('\r\n'));
    for (const [name, bytes] of [['plan.xlsx', xlsx], ['plan.xls', xls], ['plan-1258.csv', csv]] as const) {
      const o = placed(await loadTable({ name, bytes }, {}, { current, assets: diskAssets() }));
      expect(figures(o.located.dataset), name).toEqual(figures(current));
    }
  });

  it('finds Cam Lộ in the national boundaries when the map shows another place, and merges Thanh An once the person confirms', async () => {
    const elsewhere: Dataset = { ...current, communes: [], join: { ...current.join, joined: [], unmatchedFeatures: [] } };
    const assets = diskAssets();
    const o = placed(await loadTable({ text: SEED_ANNEX }, {}, { current: elsewhere, assets }));
    expect(assets.loads).toEqual(['2013/45']);
    expect(o.located.ref).toEqual({ vintage: '2013', province: '45', district: '468', level: 'commune' });
    expect(o.located.matching.complete).toBe(false);
    const thanhAn = o.located.matching.matches.find((m) => m.row.name === 'Thanh An')!;
    expect(thanhAn).toMatchObject({ how: 'merged', codes: ['19609', 'w4090905'], doubtful: true });
    const fixed = rematch(o.located, { [thanhAn.row.row]: ['19609', 'w4090905'] }, elsewhere);
    expect(fixed.matching.complete).toBe(true);
    expect(fixed.dataset.communes).toHaveLength(8);
    const merged = fixed.dataset.join.joined.find((j) => j.row.name === 'Thanh An')!;
    expect(merged.feature.properties).toMatchObject({ gso_code: '19609_w4090905', name: 'Thanh An', type: 'Xã' });
    expect(merged.feature.geometry.type).toMatch(/Polygon/);
    expect(merged.row.figures).toMatchObject({ households: 2693, poor: 106 });
    expect(fixed.dataset.findings.some((f) => f.id === `match:${thanhAn.row.row}` && f.severity === 'info')).toBe(true);
  });

  it('asks for the columns when a required one cannot be told, and continues with the person’s choice', async () => {
    const text = 'Tên\tCột 1\tCột 2\nCam Thành\t2.223\t37\nCam Nghĩa\t1.667\t46\nCam Hiếu\t1.791\t44\n';
    const first = await loadTable({ text }, {}, { current, assets: null });
    expect(first.stage).toBe('columns');
    if (first.stage !== 'columns') return;
    const columns = { columns: first.columns.columns.map((c) => ({ ...c, target: (['unit', 'households', 'poor'] as const)[c.column]!, confirmed: true, confidence: 1, custom: undefined })) };
    const next = placed(await continueTable(first.reading, { sheet: first.sheet, columns }, { current, assets: null }));
    expect(next.located.matching.complete).toBe(true);
    expect(next.located.dataset.join.joined.map((j) => j.row.figures.poor)).toEqual([37, 46, 44]);
  });

  it('says once, in both languages, that a binary file is not a table', async () => {
    const bytes = new Uint8Array(4000).map((_, i) => (i * 7919) % 256);
    const o = await loadTable({ name: 'photo.bin', bytes }, {}, { current, assets: null });
    expect(o.stage).toBe('failed');
    expect(o.issues).toHaveLength(1);
    expect(o.issues[0]!.message.vi).toMatch(/^Tệp photo\.bin: không phải bảng số liệu/);
    expect(o.issues[0]!.message.en).toMatch(/^File photo\.bin: not a table/);
  });
});

describe('sortFiles and the other kinds', () => {
  it('keeps one table of two and says which was not loaded', async () => {
    const a = new File(['unit,households,poor\nCam Thành,2.223,37\n'], 'a.csv');
    const b = new File(['unit,households,poor\nCam Hiếu,1.791,44\n'], 'b.csv');
    const { files, issues } = await sortFiles([a, b]);
    expect(files.map((f) => (f.kind === 'table' ? f.input.name : f.kind))).toEqual(['a.csv']);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.message.vi).toContain('chưa nạp b.csv');
    expect(issues[0]!.message.en).toContain('b.csv was not');
  });

  it('sorts JSON by content and reports bad JSON in both languages', async () => {
    const geo = new File([JSON.stringify({ type: 'FeatureCollection', features: [] })], 'x.geojson');
    const bad = new File(['{ nope'], 'plan.json');
    const { files, issues } = await sortFiles([geo, bad]);
    expect(files.map((f) => f.kind)).toEqual([]);
    expect(issues.map((i) => i.file)).toEqual(['x.geojson', 'plan.json']);
    expect(issues[0]!.message.vi).toMatch(/^Tệp x\.geojson, mục features: không đúng cấu trúc/);
    expect(issues[1]!.message.vi).toMatch(/^Tệp plan\.json: không phải JSON hợp lệ/);
  });

  it('replaces the plan text only, and rejects a bad plan or boundary file with located bilingual issues', () => {
    const same = withPlan(current, 'plan.json', DEFAULT_SOURCES.plan.json);
    expect(same.ok && same.dataset.table).toBe(current.table);
    expect(same.ok && same.dataset.findings.map((f) => f.id).sort()).toEqual(current.findings.map((f) => f.id).sort());
    const wrong = withPlan(current, 'plan.json', { id: 'x' });
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) expect(wrong.issues[0]!.message.vi).toMatch(/^Tệp plan\.json.*tệp kế hoạch phải có dạng/);
    const bad = readBoundaries('b.geojson', { type: 'FeatureCollection', features: [{ type: 'Feature', geometry: null, properties: {} }] });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.issues.length).toBeLessThanOrEqual(9);
      expect(bad.issues[0]!.message.vi).toMatch(/^Tệp b\.geojson, dòng 1/);
      expect(bad.issues[0]!.message.en).toMatch(/^File b\.geojson, row 1/);
    }
  });
});

describe('a table with a bad cell', () => {
  it('fails with the cell located (file, row, column letter and header), in both languages, without a column review', async () => {
    const text = readFileSync(new URL('../../../geo/plans/cam-lo-2022/table.csv', import.meta.url), 'utf8').replace('TT Cam Lộ,2.095,,36,', 'TT Cam Lộ,2.095,,ba mươi sáu,');
    const o = await loadTable({ name: 'so-lieu-loi.csv', bytes: new TextEncoder().encode(text) }, {}, { current, assets: null });
    expect(o.stage).toBe('failed');
    expect(o.issues.filter((i) => i.severity === 'error').map((i) => i.message.vi)).toEqual(['Tệp so-lieu-loi.csv, dòng 3, cột D (poor): “ba mươi sáu” không phải là số hộ']);
    expect(o.issues[0]!.message.en).toBe('File so-lieu-loi.csv, row 3, column D (poor): “ba mươi sáu” is not a number of households');
  });
});
