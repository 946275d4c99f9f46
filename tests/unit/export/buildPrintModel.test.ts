import { describe, expect, it } from 'vitest';
import { buildPrintModel, shareUrl } from '../../../src/export/print-model';
import { buildChoropleth } from '../../../src/classify/choropleth';
import { DEFAULT_VIEW, viewFromSearch, type ViewState } from '../../../src/state/view-state';
import { planSources } from '../../../src/data/plan-sources';
import { camLo } from './fixture';

const dataset = camLo();
const PAGE = 'https://bando.example.vn/giam-ngheo/';
const view: ViewState = { ...DEFAULT_VIEW, metric: 'poverty_rate_end_2022', classes: 5, selected: '19600' };

describe('shareUrl', () => {
  it('is the page address plus the view parameters, which read back to the same view', () => {
    const url = shareUrl(PAGE, view);
    expect(url.startsWith(`${PAGE}?`)).toBe(true);
    const codes = dataset.communes.map((f) => f.properties.gso_code);
    expect(viewFromSearch(new URL(url).search, codes, []).view).toEqual(view);
    expect(shareUrl(PAGE, DEFAULT_VIEW)).toBe(PAGE);
  });
});

describe('buildPrintModel', () => {
  const model = buildPrintModel(dataset, buildChoropleth(dataset, view), view, new Date(2025, 4, 12), PAGE, planSources(dataset));

  it('has the slide texts, the table of the metric and the share link with its QR code', () => {
    expect(model.texts.title).toContain('Tỷ lệ hộ nghèo dự kiến cuối năm 2022');
    expect(model.table.rows).toHaveLength(8);
    expect(model.table.footer.map((r) => r.kind)).toEqual(['district', 'printed-total']);
    expect(model.table.currentColumn).toBe('poor_rate_end_2022');
    expect(model.shareUrl).toBe(shareUrl(PAGE, view));
    expect(model.qr.size).toBeGreaterThanOrEqual(21);
    expect(model.qr.path).toMatch(/^M\d/);
  });

  it('lists every finding, errors first, with its label and message in the language of the view', () => {
    expect(model.findings).toHaveLength(dataset.findings.length);
    expect(model.findings[0]!.severity).toBe('error');
    expect(model.findings[0]!.label).toBe('Lỗi');
    expect(model.findings.at(-1)!.severity).toBe('info');
    expect(model.findingsHeading).toMatch(/^Kiểm tra số liệu: \d+ lỗi, \d+ cảnh báo, \d+ ghi chú$/);
    const en = buildPrintModel(dataset, buildChoropleth(dataset, { ...view, lang: 'en' }), { ...view, lang: 'en' }, new Date(2025, 4, 12), PAGE, planSources(dataset));
    expect(en.findings[0]!.label).toBe('Error');
    expect(en.findings[0]!.text).toBe(dataset.findings.find((f) => f.severity === 'error')!.message.en);
  });
});
