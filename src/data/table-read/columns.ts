/**
 * Proposing which column is which figure of the plan (ids of table-columns.ts), from its header text and its
 * parent header, with a confidence and a bilingual reason; other numeric columns become custom metrics.
 * The person confirms or changes the proposal with `applyColumnChoice`. Pure.
 */
import { FIGURE_COLUMNS } from '../table-columns';
import type { Bilingual, FigureKey } from '../types';
import { cellAt, isBlankCell, isNumberLike, type Grid } from './grid';
import type { HeaderLabel } from './header-labels';
import { figureFor, headerKey, headerMeaning, refineWithParent, subjectOfFigure, type HeaderSubject } from './header-subject';
import type { TableLayout } from './layout';

/** A measure the plan does not have, read from the person's table and carried alongside. */
export interface CustomMetric {
  id: string;
  label: string;
  kind: 'count' | 'rate';
  /** For a rate: the column id (figure or custom) it is a rate of, when known. */
  numerator?: string;
  /** For a rate: what it is a share of (usually `households`). */
  denominator?: string;
}

/** What a column is taken to be. */
export type ColumnTarget = FigureKey | 'unit' | 'gso_code' | 'ordinal' | 'custom' | 'ignore';

/** The proposal (or the person's choice) for one column. */
export interface ColumnGuess {
  column: number;
  letter: string;
  header: string;
  target: ColumnTarget;
  /** Present when target is 'custom'. */
  custom?: CustomMetric;
  /** 0–1: 1 = exact id or confirmed by the person; ≥ 0.9 the header names it; 0.7–0.8 via parent or neighbour; < 0.6 a guess. */
  confidence: number;
  reason: Bilingual;
  confirmed: boolean;
}

/** A proposal for every column of a table. */
export interface ColumnProposal {
  columns: ColumnGuess[];
}

/** The person's choice for one column. */
export type ColumnChoice = { column: number; target: Exclude<ColumnTarget, 'custom'> } | { column: number; target: 'custom'; custom: CustomMetric };

const q = (text: string) => `“${text}”`;

function exactMatch(label: HeaderLabel): { id: FigureKey; confidence: number } | null {
  const own = headerKey(label.parts.at(-1) ?? '');
  const whole = headerKey(label.label);
  for (const c of FIGURE_COLUMNS) {
    if (own === c.id.replace(/_/g, ' ') || whole === c.id.replace(/_/g, ' ')) return { id: c.id, confidence: 1 };
    if ([c.label.vi, c.label.en].some((l) => headerKey(l) === own || headerKey(l) === whole)) return { id: c.id, confidence: 0.95 };
  }
  return null;
}

function slug(text: string): string {
  return headerKey(text).replace(/%/g, 'pct').replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '').slice(0, 40) || 'column';
}

/** Share of unit-row cells of a column that look like figures, and whether any has decimals. */
function columnShape(grid: Grid, layout: TableLayout, column: number): { numeric: number; decimals: boolean; max: number } {
  const cells = layout.rows.filter((r) => r.kind === 'unit').map((r) => cellAt(grid, r.index, column)).filter((c) => !isBlankCell(c));
  if (cells.length === 0) return { numeric: 0, decimals: false, max: 0 };
  const numeric = cells.filter(isNumberLike);
  const values = numeric.map((c) => Number(c.replace(/%$/, '').replace(',', '.').replace(/\s/g, '')));
  return { numeric: numeric.length / cells.length, decimals: numeric.some((c) => /[.,]\d{1,2}%?$/.test(c)), max: Math.max(0, ...values.filter(Number.isFinite)) };
}

function guessFigure(label: HeaderLabel, left: ColumnGuess | undefined): { id: FigureKey | null; subject: HeaderSubject | null; rate: boolean; confidence: number; reason: Bilingual } {
  const own = label.parts.at(-1) ?? '';
  const meaning = headerMeaning(own);
  const parentText = label.parent ?? '';
  const parent = label.parent ? headerMeaning(parentText) : null;
  const pick = (subject: HeaderSubject, confidence: number, reason: Bilingual) => ({ id: figureFor(subject, meaning.rate), subject, rate: meaning.rate, confidence, reason });
  if (meaning.subject && !meaning.generic) {
    const subject = refineWithParent(meaning.subject, parent, parentText);
    const via = subject !== meaning.subject ? { vi: ` dưới ${q(parentText)}`, en: ` under ${q(parentText)}` } : { vi: '', en: '' };
    return pick(subject, 0.9, { vi: `tiêu đề ${q(own)}${via.vi}`, en: `header ${q(own)}${via.en}` });
  }
  const leftSubject = left && left.target !== 'custom' && left.target !== 'ignore' && !FIGURE_COLUMNS.find((c) => c.id === left.target && c.kind === 'rate') ? subjectOfFigure(left.target as FigureKey) : null;
  if (meaning.rate) {
    if (parent?.subject && label.parentSpan <= 2) return pick(parent.subject, 0.8, { vi: `${q(own)} dưới ${q(parentText)}`, en: `${q(own)} under ${q(parentText)}` });
    if (leftSubject && left) return pick(leftSubject, 0.75, { vi: `${q(own)} ngay sau cột ${q(left.header)}`, en: `${q(own)} right after the ${q(left.header)} column` });
    if (parent?.subject) return pick(parent.subject, 0.6, { vi: `${q(own)} dưới ${q(parentText)}`, en: `${q(own)} under ${q(parentText)}` });
    return { id: null, subject: null, rate: true, confidence: 0, reason: { vi: '', en: '' } };
  }
  if (parent?.subject) return pick(refineWithParent(parent.subject, parent, parentText), 0.75, { vi: `${q(own)} dưới ${q(parentText)}`, en: `${q(own)} under ${q(parentText)}` });
  if (meaning.generic && meaning.subject === null && own !== '') return pick('households', 0.6, { vi: `tiêu đề ${q(own)}`, en: `header ${q(own)}` });
  return { id: null, subject: meaning.subject, rate: meaning.rate, confidence: 0, reason: { vi: '', en: '' } };
}

/** Headers of the columns the app's own CSV export derives (`poor_rate_recomputed`, `metric_poverty_rate`): not figures to read back. */
const DERIVED_EXPORT_HEADER = /^(?:[a-z0-9_]+_recomputed|metric_[a-z0-9_:-]+)$/;

/** Propose a target for every column of a laid-out grid. */
export function proposeColumns(grid: Grid, layout: TableLayout): ColumnProposal {
  const columns: ColumnGuess[] = [];
  const usedIds = new Set<string>();
  for (const label of layout.headers) {
    const base = { column: label.column, letter: label.letter, header: label.label, confirmed: false };
    const fixed: [number | null, ColumnTarget, Bilingual][] = [
      [layout.unitColumn, 'unit', { vi: 'cột tên đơn vị', en: 'the unit-name column' }],
      [layout.ordinalColumn, 'ordinal', { vi: 'cột số thứ tự', en: 'the ordinal column' }],
      [layout.codeColumn, 'gso_code', { vi: 'cột mã đơn vị', en: 'the unit-code column' }],
    ];
    const layoutRole = fixed.find(([c]) => c === label.column);
    if (layoutRole) {
      columns.push({ ...base, target: layoutRole[1], confidence: 0.9, reason: layoutRole[2] });
      continue;
    }
    if (DERIVED_EXPORT_HEADER.test(label.label)) {
      columns.push({ ...base, target: 'ignore', confidence: 0.9, reason: { vi: 'cột do ứng dụng tính lại khi xuất tệp', en: 'a column the app recomputed when exporting' } });
      continue;
    }
    const shape = columnShape(grid, layout, label.column);
    const exact = exactMatch(label);
    const guess = exact ? { id: exact.id, confidence: exact.confidence, reason: { vi: `tiêu đề ${q(label.label)}`, en: `header ${q(label.label)}` }, rate: false } : guessFigure(label, columns.at(-1));
    if (guess.id && shape.numeric > 0) {
      columns.push({ ...base, target: guess.id, confidence: guess.confidence, reason: guess.reason });
      continue;
    }
    if (shape.numeric >= 0.5) {
      const rate = guess.rate || (shape.decimals && shape.max <= 100);
      const left = columns.at(-1);
      const numerator = rate && left && left.target !== 'ignore' ? (left.target === 'custom' ? left.custom?.id : left.target) : undefined;
      let id = `custom_${slug(label.label || label.letter)}`;
      while (usedIds.has(id)) id += '_';
      usedIds.add(id);
      const custom: CustomMetric = { id, label: label.label || `Cột ${label.letter}`, kind: rate ? 'rate' : 'count', ...(numerator ? { numerator, denominator: 'households' } : {}) };
      columns.push({ ...base, target: 'custom', custom, confidence: 0.4, reason: { vi: 'cột số không khớp chỉ tiêu nào của kế hoạch', en: 'a numeric column matching none of the plan’s figures' } });
      continue;
    }
    columns.push({ ...base, target: 'ignore', confidence: 0.5, reason: { vi: 'không có số liệu', en: 'no figures' } });
  }
  return { columns: dedupe(columns) };
}

/** When two columns claim one figure, keep the more confident (the left one on a tie); the other becomes a custom metric. */
function dedupe(columns: ColumnGuess[]): ColumnGuess[] {
  const best = new Map<string, ColumnGuess>();
  for (const c of columns) {
    if (c.target === 'custom' || c.target === 'ignore') continue;
    const held = best.get(c.target);
    if (!held || c.confidence > held.confidence) best.set(c.target, c);
  }
  return columns.map((c) => {
    if (c.target === 'custom' || c.target === 'ignore' || best.get(c.target) === c) return c;
    const winner = best.get(c.target);
    const custom: CustomMetric = { id: `custom_${slug(c.header || c.letter)}_${c.letter.toLowerCase()}`, label: c.header || `Cột ${c.letter}`, kind: FIGURE_COLUMNS.find((f) => f.id === c.target)?.kind ?? 'count' };
    const other = winner ? winner.letter : '?';
    return { ...c, target: 'custom', custom, confidence: 0.3, reason: { vi: `cũng giống ${c.target}, nhưng cột ${other} khớp hơn`, en: `also looks like ${c.target}, but column ${other} matches better` } };
  });
}

/** Apply the person's choices: each chosen column is confirmed; a plan figure, unit or code taken elsewhere is released from its former column. */
export function applyColumnChoice(proposal: ColumnProposal, choices: readonly ColumnChoice[]): ColumnProposal {
  const byColumn = new Map(choices.map((c) => [c.column, c]));
  const taken = new Set(choices.filter((c) => c.target !== 'custom' && c.target !== 'ignore').map((c) => c.target));
  const chosen: Bilingual = { vi: 'do bạn chọn', en: 'chosen by you' };
  return {
    columns: proposal.columns.map((c) => {
      const choice = byColumn.get(c.column);
      if (choice) {
        const { custom: _drop, ...rest } = c;
        return choice.target === 'custom'
          ? { ...rest, target: 'custom', custom: choice.custom, confidence: 1, reason: chosen, confirmed: true }
          : { ...rest, target: choice.target, confidence: 1, reason: chosen, confirmed: true };
      }
      if (taken.has(c.target)) return { ...c, target: 'ignore', confidence: 1, reason: { vi: 'chỉ tiêu này đã được gán cho cột khác', en: 'this figure was given to another column' }, confirmed: false };
      return c;
    }),
  };
}
