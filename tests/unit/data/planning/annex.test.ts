import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../../src/data/checks';
import { parsePlanTable } from '../../../../src/data/plan-table';
import { ANNEX_COLUMNS, annexFileName, annexGrid, annexModel, type AnnexModel } from '../../../../src/data/planning/annex';
import { annexCsv } from '../../../../src/data/planning/annex-csv';
import { annexHtml, escapeHtml } from '../../../../src/data/planning/annex-html';
import { readAnnexGrid } from '../../../../src/data/planning/annex-read';
import { annexWorkbook, COUNT_FORMAT, RATE_FORMAT } from '../../../../src/data/planning/annex-xlsx';
import { applyDraft } from '../../../../src/data/planning/draft';
import { parseDraftParam } from '../../../../src/data/planning/draft-param';
import type { Finding, PlanTable } from '../../../../src/data/types';
import { builtInDataset, CAM_LO_TABLE } from './fixture';

const dataset = builtInDataset();
const codes = new Set(dataset.join.joined.map((u) => u.feature.properties.gso_code));
const draft = parseDraftParam('19600:15,19603:4', codes).draft!;
const drafted = applyDraft(dataset, draft);
const model = annexModel(drafted, { year: 2022 });

async function readBack(m: AnnexModel): Promise<{ sheet: XLSX.WorkSheet; grid: unknown[][] }> {
  const book = XLSX.read(await annexWorkbook(m), { type: 'array', cellNF: true });
  const sheet = book.Sheets[book.SheetNames[0]!]!;
  return { sheet, grid: XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, raw: true, defval: null, blankrows: true }) };
}

function tableOf(result: ReturnType<typeof readAnnexGrid>): PlanTable {
  if (!result.ok) throw new Error(result.issues.map((i) => `${i.row}: ${i.message}`).join('; '));
  return result.value;
}

/** The figures of a table as plain rows, to compare a re-read table with the model. */
const figuresOf = (t: PlanTable) => [...t.units, t.total!].map((r) => [r.name, ...ANNEX_COLUMNS.map((c) => r.figures[c.id])]);
const modelFigures = (m: AnnexModel) => [...m.rows, m.totalsRow].map((r) => [r.label, ...r.values]);
const errors = (findings: Finding[]) => findings.filter((f) => f.severity === 'error').map((f) => f.id);

describe('annexModel', () => {
  it('lays the draft out like the printed annex: heading, title, two-row header with merges, units, "Tổng"', () => {
    expect(model.heading.left).toEqual(['ỦY BAN NHÂN DÂN', 'HUYỆN CAM LỘ']);
    expect(model.titleLines).toEqual(['CHỈ TIÊU GIẢM NGHÈO NĂM 2022', '(Dự thảo)']);
    const [top, bottom] = model.headerRows;
    expect(top.map((h) => [h.text, h.rowSpan, h.colSpan])).toEqual([
      ['Đơn vị', 2, 1],
      ['Dân cư (Hộ)', 2, 1],
      ['Hộ DTTS', 2, 1],
      ['Hộ nghèo', 2, 1],
      ['Tỷ lệ %', 2, 1],
      ['Chỉ tiêu giảm hộ nghèo giai đoạn 2022 - 2025', 1, 6],
      ['Chỉ tiêu giảm hộ nghèo năm 2022', 1, 3],
    ]);
    expect(bottom.map((h) => h.col)).toEqual([5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(top.reduce((a, h) => a + h.colSpan, 0)).toBe(model.columnCount);
    expect(model.rows.map((r) => r.label)).toEqual(dataset.table.units.map((u) => u.name));
    expect(model.totalsRow.label).toBe('Tổng');
  });

  it("carries the draft's targets and recomputes the rates and totals", () => {
    const col = (key: string) => ANNEX_COLUMNS.findIndex((c) => c.id === key);
    const camTuyen = model.rows.find((r) => r.gsoCode === '19600')!;
    expect(camTuyen.values[col('target_2022')]).toBe(15);
    expect(camTuyen.values[col('poor_end_2022')]).toBe(94);
    expect(camTuyen.values[col('poor_rate_end_2022')]).toBe(6.35);
    expect(camTuyen.values[col('poor_rate')]).toBe(Math.round((109 / 1481) * 10000) / 100);
    const sum = (key: string) => model.rows.reduce((a, r) => a + (r.values[col(key)] ?? 0), 0);
    expect(model.totalsRow.values[col('target_2022')]).toBe(sum('target_2022'));
    expect(model.totalsRow.values[col('households')]).toBe(sum('households'));
    expect(model.rows.find((r) => r.label === 'Thanh An')!.values[col('ethnic_minority_poor_rate')]).toBeNull();
    expect(annexFileName(model, 'xlsx')).toBe('chi-tieu-giam-ngheo-nam-2022.xlsx');
  });
});

describe('annexWorkbook (.xlsx)', () => {
  it('reads back with XLSX.read with the same cells, merges and number formats', async () => {
    const grid = annexGrid(model);
    const { sheet, grid: back } = await readBack(model);
    expect(back.slice(0, grid.cells.length)).toEqual(grid.cells);
    const merges = (sheet['!merges'] ?? []).map((m) => XLSX.utils.encode_range(m)).sort();
    expect(merges).toEqual(grid.merges.map((m) => XLSX.utils.encode_range(m)).sort());
    const h = grid.headerRow + 1;
    expect(merges).toContain(`A${h}:A${h + 1}`);
    expect(merges).toContain(`F${h}:K${h}`);
    expect(merges).toContain(`L${h}:N${h}`);
    expect(sheet[`A${h}`]).toMatchObject({ t: 's', v: 'Đơn vị' });
    expect(sheet[`B${h + 2}`]).toMatchObject({ t: 'n', v: 2693, z: COUNT_FORMAT });
    expect(sheet[`E${h + 2}`]).toMatchObject({ t: 'n', z: RATE_FORMAT });
  });

  it('opens back in the app with the same figures, and the checks find no error in anything the annex computes', async () => {
    const { grid } = await readBack(model);
    const table = tableOf(readAnnexGrid(grid, 'annex.xlsx'));
    expect(figuresOf(table)).toEqual(modelFigures(model));
    expect(table.units[0]!.row).toBe(annexGrid(model).bodyRow + 1);
    // The printed plan's one count slip (Cam Tuyên: BTXH 53 + able 48 ≠ poor 109) is carried over, never corrected.
    expect(errors(checkPlan(table))).toEqual(['identity:Cam Tuyên:btxh+able=poor', 'identity:total:btxh+able=poor']);
  });

  it('gives zero errors for a draft of the plan once its count slip is fixed in the source table', async () => {
    const fixed = CAM_LO_TABLE.replace('Cam Tuyên,1.481,101,109,3.76,42,0.28,53,3.58,48,', 'Cam Tuyên,1.481,101,109,3.76,42,0.28,53,3.58,56,');
    expect(fixed).not.toBe(CAM_LO_TABLE);
    const source = builtInDataset(fixed);
    const fixedModel = annexModel(applyDraft(source, draft), { year: 2022 });
    const table = tableOf(readAnnexGrid((await readBack(fixedModel)).grid, 'annex.xlsx'));
    expect(errors(checkPlan(table))).toEqual([]);
    expect(errors(source.findings).length).toBeGreaterThan(0);
  });

  it('reports a grid without the annex header, and a bad cell at its spreadsheet row', () => {
    const missing = readAnnexGrid([['x'], ['y']], 'other.xlsx');
    expect(missing.ok).toBe(false);
    const grid = annexGrid(model).cells.map((r) => [...r]);
    const at = annexGrid(model).bodyRow + 1;
    grid[at]![1] = 1481.5;
    const bad = readAnnexGrid(grid, 'annex.xlsx');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.issues[0]).toMatchObject({ row: at + 1, column: 'households', code: 'not-an-integer' });
  });
});

describe('annexCsv', () => {
  it('loads back through the app’s table parser with the same figures and the Vietnamese labels', () => {
    const text = annexCsv(model);
    expect(text.startsWith('\uFEFFMã xã (TCTK),Đơn vị,Dân cư (hộ)')).toBe(true);
    const parsed = parsePlanTable(text, 'annex.csv');
    if (!parsed.ok) throw new Error(parsed.issues[0]!.message);
    expect(figuresOf(parsed.value)).toEqual(modelFigures(model));
    expect(parsed.value.units.find((u) => u.name === 'Cam Tuyên')!.gsoCode).toBe('19600');
  });

  it('escapes a unit name that starts like a formula', () => {
    const hostile: AnnexModel = { ...model, rows: [{ ...model.rows[0]!, label: '=HYPERLINK("http://x","y")' }, ...model.rows.slice(1)] };
    const text = annexCsv(hostile);
    expect(text).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(text).not.toMatch(/(^|,)=HYPERLINK/m);
  });
});

describe('annexHtml', () => {
  it('is a bordered table with merged header cells and Vietnamese numbers', () => {
    const html = annexHtml(model);
    expect(html).toContain('<table border="1"');
    expect(html).toContain('border-collapse:collapse');
    expect(html).toContain('rowspan="2"');
    expect(html).toContain('colspan="6"');
    expect(html).toContain('>2.693<');
    expect(html).toContain('>6,35<');
    expect(html).toContain('>Tổng<');
  });

  it('escapes every text: a unit named <script> stays text', () => {
    const text = CAM_LO_TABLE.replace('Cam Chính,', '"<script>alert(1)</script>&",');
    const hostile = annexModel(builtInDataset(text), { year: 2023, title: 'A <b>title</b>', note: '"quoted" & \'single\'' });
    const html = annexHtml(hostile);
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&amp;');
    expect(html).toContain('&quot;quoted&quot; &amp; &#39;single&#39;');
    expect(escapeHtml('<a href="x">')).toBe('&lt;a href=&quot;x&quot;&gt;');
  });
});
