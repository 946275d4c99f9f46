import { describe, expect, it } from 'vitest';
import type { ColumnGuess } from '../../../src/data/table-read/columns';
import { readTableFile } from '../../../src/data/table-read/read-table';
import { clipboardTable, isTypingTarget } from '../../../src/import/paste-input';
import { choiceOf, columnSamples, confirmColumns, matchSummary, rowOptions, unitsLabel } from '../../../src/import/review-model';
import { matchUnits } from '../../../src/import/unit-match';
import type { PlaceUnit } from '../../../src/import/unit-keys';
import { SEED_ANNEX } from './fixtures';

const clip = (data: Record<string, string>) => ({ getData: (type: string) => data[type] ?? '' });

describe('clipboardTable', () => {
  it('takes the HTML table when there is one, else tab-separated text, else nothing', () => {
    expect(clipboardTable(clip({ 'text/html': '<meta charset="utf-8"><table><tr><td>a</td></tr></table>', 'text/plain': 'a' }), 'p')).toEqual({ html: '<meta charset="utf-8"><table><tr><td>a</td></tr></table>', name: 'p' });
    expect(clipboardTable(clip({ 'text/plain': SEED_ANNEX }), 'p')).toEqual({ text: SEED_ANNEX, name: 'p' });
    expect(clipboardTable(clip({ 'text/plain': 'just a word' }), 'p')).toBeNull();
    expect(clipboardTable(clip({ 'text/html': '<b>bold</b>', 'text/plain': 'bold' }), 'p')).toBeNull();
  });

  it('knows when a paste is typing', () => {
    expect(isTypingTarget([{ tagName: 'INPUT' } as unknown as EventTarget])).toBe(true);
    expect(isTypingTarget([{ tagName: 'DIV', isContentEditable: true } as unknown as EventTarget])).toBe(true);
    expect(isTypingTarget([{ tagName: 'BODY' } as unknown as EventTarget])).toBe(false);
  });
});

describe('column review model', () => {
  it('shows printed samples and confirms the proposal, with the person’s changes', async () => {
    const reading = await readTableFile({ text: SEED_ANNEX });
    const sheet = reading.sheets[0]!;
    expect(columnSamples(sheet).get(1)).toEqual(['2.693', '2.095', '2.223']);
    const proposal = sheet.columns!;
    const households = proposal.columns[1]!;
    const changed = new Map([[2, choiceOf(proposal.columns[2]!, 'custom:count', 'Hộ DTTS riêng')], [1, choiceOf(households, 'households', '')]]);
    const confirmed = confirmColumns(proposal, changed);
    expect(confirmed.columns.every((c) => c.confirmed)).toBe(true);
    expect(confirmed.columns[2]).toMatchObject({ target: 'custom', custom: { label: 'Hộ DTTS riêng', kind: 'count' } });
    expect(confirmed.columns.map((c) => c.target).filter((t) => t === 'poor')).toHaveLength(1);
  });
});

describe('choiceOf and an own rate', () => {
  const rate: ColumnGuess = {
    column: 5, letter: 'F', header: 'Tỷ lệ cận nghèo', target: 'custom', confidence: 0.4, reason: { vi: '', en: '' }, confirmed: false,
    custom: { id: 'custom_ty_le', label: 'Tỷ lệ cận nghèo', kind: 'rate', numerator: 'custom_so_ho', denominator: 'households' },
  };

  it('keeps the numerator and denominator of a rate, confirmed as proposed or renamed', () => {
    const confirmed = confirmColumns({ columns: [rate] }, new Map());
    expect(confirmed.columns[0]!.custom).toEqual(rate.custom);
    expect(choiceOf(rate, 'custom:rate', 'Tỷ lệ hộ cận nghèo')).toEqual({ column: 5, target: 'custom', custom: { ...rate.custom, label: 'Tỷ lệ hộ cận nghèo' } });
  });

  it('drops them when the column becomes a count', () => {
    expect(choiceOf(rate, 'custom:count', '')).toEqual({ column: 5, target: 'custom', custom: { id: 'custom_ty_le', label: 'Tỷ lệ cận nghèo', kind: 'count' } });
  });
});

describe('unit review model', () => {
  const units: PlaceUnit[] = [{ code: '1', name: 'Cam An', fullName: 'Xã Cam An', type: 'Xã' }, { code: '2', name: 'Cam Thanh', fullName: 'Xã Cam Thanh', type: 'Xã' }, { code: '3', name: 'Ba Lòng', fullName: 'Xã Ba Lòng', type: 'Xã' }];
  it('offers the merge first, then every unit by name, and sums up the matches', () => {
    const matching = matchUnits([{ row: 3, name: 'Thanh An', code: null }, { row: 4, name: 'Ba Long', code: null }], units);
    const { suggested, all } = rowOptions(matching.matches[0]!, units);
    expect(suggested[0]).toEqual(['1', '2']);
    expect(unitsLabel(suggested[0]!, new Map(units.map((u) => [u.code, u])))).toBe('Xã Cam An + Xã Cam Thanh');
    expect(all.map((u) => u.name)).toEqual(['Ba Lòng', 'Cam An', 'Cam Thanh']);
    expect(matchSummary(matching, 'vi')).toBe('Đã ghép 2/2 đơn vị');
    expect(matchSummary(matchUnits([{ row: 3, name: 'Zzz', code: null }], units), 'en')).toBe('Matched 0/1 units');
  });
});
