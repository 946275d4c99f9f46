/**
 * Progress over years: the same district's tables of several years side by side. Pure.
 *
 * Units are matched across years by GSO code, then (when either side has no code) by name with case,
 * diacritics and prefixes ignored ("Cam Tuyên" = "Xã Cam Tuyền"); two different codes never match by name.
 * For each pair of consecutive years N → N+1 and each unit:
 * - the change of its poverty rate in percentage points and of its poor households (computed from the
 *   counts, never from printed rates);
 * - whether year N's target was reached: the planned end of year N (its `poor_end_2022` column, or
 *   poor − target when that is blank) against the actual start of year N+1 (the poor households of the
 *   next year's table): `reached` when actual ≤ planned, `missed` by actual − planned households otherwise,
 *   `no-data` when the unit is missing in one of the two years or a figure is blank.
 */
import { foldedNameKey } from '../../core/name-keys';
import type { Dataset } from '../dataset';
import { percentOf } from '../metrics';
import type { Bilingual, PlanTable, UnitFigures } from '../types';

/** One unit of one year's table. */
export interface YearUnit {
  gsoCode: string | null;
  /** Name as printed. */
  name: string;
  figures: UnitFigures;
}

/** One year's table. */
export interface YearFigures {
  year: number;
  units: YearUnit[];
}

/** The outcome of a year's target for a unit. */
export type TargetState = 'reached' | 'missed' | 'no-data';

/** A unit between two consecutive years. */
export interface UnitStep {
  fromYear: number;
  toYear: number;
  /** Poverty rate of toYear minus that of fromYear, in percentage points. */
  rateChangePp: number | null;
  /** Poor households of toYear minus those of fromYear. */
  poorChange: number | null;
  /** Poor households year fromYear planned to have at its end. */
  plannedEnd: number | null;
  /** Poor households at the start of toYear. */
  actualStart: number | null;
  state: TargetState;
  /** Households above the plan when missed, else null. */
  missedBy: number | null;
}

/** One unit across every year. */
export interface UnitProgress {
  /** Stable key: the GSO code, else "name:<folded name>". */
  key: string;
  gsoCode: string | null;
  /** The name of the latest year the unit appears in. */
  name: string;
  /** The unit in each year of ProgressModel.years (null when missing that year). */
  years: (YearUnit | null)[];
  /** One step per pair of consecutive years. */
  steps: UnitStep[];
}

/** Every unit across the years, in order of first appearance. */
export interface ProgressModel {
  years: number[];
  units: UnitProgress[];
}

/** A year's figures from a dataset: joined units carry their boundary's GSO code. */
export function yearFiguresFromDataset(year: number, dataset: Dataset): YearFigures {
  const codes = new Map(dataset.join.joined.map((u) => [u.row, u.feature.properties.gso_code]));
  return { year, units: dataset.table.units.map((row) => ({ gsoCode: codes.get(row) ?? row.gsoCode, name: row.name, figures: row.figures })) };
}

/** A year's figures from a parsed table (codes from its `gso_code` column when it has one). */
export function yearFiguresFromTable(year: number, table: PlanTable): YearFigures {
  return { year, units: table.units.map((row) => ({ gsoCode: row.gsoCode, name: row.name, figures: row.figures })) };
}

/** Poor households a year's plan expects at the end of that year. */
export function plannedEnd(f: UnitFigures): number | null {
  if (f.poor_end_2022 !== null) return f.poor_end_2022;
  return f.target_2022 === null ? null : f.poor - f.target_2022;
}

interface Track {
  gsoCode: string | null;
  nameKey: string;
  years: (YearUnit | null)[];
}

function findTrack(tracks: Track[], unit: YearUnit, yearIndex: number): Track | undefined {
  const free = (t: Track) => t.years[yearIndex] === null;
  if (unit.gsoCode !== null) {
    const byCode = tracks.find((t) => free(t) && t.gsoCode === unit.gsoCode);
    if (byCode) return byCode;
  }
  const key = foldedNameKey(unit.name);
  return tracks.find((t) => free(t) && t.nameKey === key && (t.gsoCode === null || unit.gsoCode === null));
}

function step(fromYear: number, toYear: number, a: YearUnit | null, b: YearUnit | null): UnitStep {
  const none: UnitStep = { fromYear, toYear, rateChangePp: null, poorChange: null, plannedEnd: null, actualStart: null, state: 'no-data', missedBy: null };
  if (!a || !b) return { ...none, plannedEnd: a ? plannedEnd(a.figures) : null, actualStart: b?.figures.poor ?? null };
  const rateA = percentOf(a.figures.poor, a.figures.households);
  const rateB = percentOf(b.figures.poor, b.figures.households);
  const planned = plannedEnd(a.figures);
  const actual = b.figures.poor;
  const state: TargetState = planned === null ? 'no-data' : actual <= planned ? 'reached' : 'missed';
  return {
    fromYear,
    toYear,
    rateChangePp: rateA === null || rateB === null ? null : rateB - rateA,
    poorChange: b.figures.poor - a.figures.poor,
    plannedEnd: planned,
    actualStart: actual,
    state,
    missedBy: state === 'missed' ? actual - planned! : null,
  };
}

/** Match the units of several years' tables and compute every step; throws RangeError on a year given twice. */
export function buildProgress(inputs: readonly YearFigures[]): ProgressModel {
  const sorted = [...inputs].sort((a, b) => a.year - b.year);
  sorted.forEach((y, i) => {
    if (i > 0 && sorted[i - 1]!.year === y.year) throw new RangeError(`the year ${y.year} is given twice`);
  });
  const years = sorted.map((y) => y.year);
  const tracks: Track[] = [];
  sorted.forEach((input, yearIndex) => {
    for (const unit of input.units) {
      let track = findTrack(tracks, unit, yearIndex);
      if (!track) {
        track = { gsoCode: unit.gsoCode, nameKey: foldedNameKey(unit.name), years: years.map(() => null) };
        tracks.push(track);
      }
      track.gsoCode ??= unit.gsoCode;
      track.years[yearIndex] = unit;
    }
  });
  const units = tracks.map((t): UnitProgress => {
    const latest = [...t.years].reverse().find((u): u is YearUnit => u !== null)!;
    const steps = years.slice(1).map((toYear, i) => step(years[i]!, toYear, t.years[i]!, t.years[i + 1]!));
    return { key: t.gsoCode ?? `name:${t.nameKey}`, gsoCode: t.gsoCode, name: latest.name, years: t.years, steps };
  });
  return { years, units };
}

/** The three states in legend order, with their labels and fill colours (Okabe–Ito, colour-blind safe; no data in the app's grey). */
export const TARGET_STATES: readonly { id: TargetState; label: Bilingual; color: string }[] = [
  { id: 'reached', label: { vi: 'Đạt chỉ tiêu', en: 'Target reached' }, color: '#009e73' },
  { id: 'missed', label: { vi: 'Không đạt chỉ tiêu', en: 'Target missed' }, color: '#d55e00' },
  { id: 'no-data', label: { vi: 'Không có số liệu', en: 'No data' }, color: '#bdbdbd' },
];

/** One legend row of the "target reached?" map. */
export interface TargetLegendRow {
  state: TargetState;
  label: Bilingual;
  color: string;
  count: number;
  /** Keys (GSO codes or name keys) of the units in this state. */
  keys: string[];
}

/** The legend of the "target reached?" map for the step that starts in `fromYear` (every state listed, even when empty). */
export function targetLegend(model: ProgressModel, fromYear: number): TargetLegendRow[] {
  const index = model.years.indexOf(fromYear);
  if (index < 0 || index >= model.years.length - 1) throw new RangeError(`no step starts in ${fromYear}`);
  return TARGET_STATES.map(({ id, label, color }) => {
    const keys = model.units.filter((u) => u.steps[index]!.state === id).map((u) => u.key);
    return { state: id, label, color, count: keys.length, keys };
  });
}

/** Fill colour of every unit with a GSO code for the step that starts in `fromYear`, for the map. */
export function targetFills(model: ProgressModel, fromYear: number): Record<string, string> {
  const index = model.years.indexOf(fromYear);
  const colors = new Map(TARGET_STATES.map((s) => [s.id, s.color]));
  const fills: Record<string, string> = {};
  for (const u of model.units) if (u.gsoCode !== null) fills[u.gsoCode] = colors.get(u.steps[index]?.state ?? 'no-data')!;
  return fills;
}
