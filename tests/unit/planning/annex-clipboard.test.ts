import { describe, expect, it } from 'vitest';
import { annexModel } from '../../../src/data/planning/annex';
import { applyDraft } from '../../../src/data/planning/draft';
import { annexClipboard, annexPlainText } from '../../../src/planning/annex-clipboard';
import { builtInDataset } from '../data/planning/fixture';

const plan = builtInDataset();
const drafted = applyDraft(plan, new Map([['19600', 15]]));
const model = annexModel(drafted, { year: 2022 });

describe('annex for the clipboard', () => {
  it('plain text: tab-separated, the two header rows, one line per unit and the totals with Vietnamese numbers', () => {
    const lines = annexPlainText(model).split('\r\n');
    const header = lines.findIndex((l) => l.startsWith('Đơn vị\t'));
    expect(header).toBeGreaterThan(0);
    const units = lines.slice(header + 2, header + 2 + model.rows.length);
    expect(units.map((l) => l.split('\t')[0])).toEqual(model.rows.map((r) => r.label));
    const camTuyen = units.find((l) => l.startsWith('Cam Tuyên\t'))!.split('\t');
    expect(camTuyen.slice(-3)).toEqual(['15', '94', '6,35']);
    const totals = lines[header + 2 + model.rows.length]!.split('\t');
    expect(totals[0]).toBe('Tổng');
    expect(totals[1]).toBe('14.905');
    expect(totals.slice(-3)).toEqual(['29', '424', '2,84']);
  });

  it('html: the annex table with its merged header, for Word', () => {
    const { html } = annexClipboard(model);
    expect(html).toContain('<table');
    expect(html).toContain('colspan="6"');
    expect(html).toContain('rowspan="2"');
    expect(html).toMatch(/>Tổng<\/td>/);
  });
});
