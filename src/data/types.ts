/** Shared data contracts of the app. Pure: no DOM, lit or maplibre. */

export type { Bilingual, Lang } from '../core/lang';
import type { CommuneType } from '../core/place-names';
import type { MetricUnit } from '../core/number-format';
import type { Bilingual } from '../core/lang';

/** Where a problem in an input file is: file name, 1-based row (line of the file) and column name. */
export interface SourceLocation {
  file: string;
  row: number | null;
  column: string | null;
}

/** Machine-readable kinds of input problems; the UI translates them. */
export type ParseIssueCode =
  | 'empty-file'
  | 'too-large'
  | 'csv-syntax'
  | 'missing-column'
  | 'unknown-column'
  | 'duplicate-column'
  | 'not-a-number'
  | 'not-an-integer'
  | 'negative'
  | 'out-of-range'
  | 'missing-value'
  | 'duplicate-unit'
  | 'no-units'
  | 'invalid-json'
  | 'schema';

/** One problem found while reading an input file. `message` is plain English for developers and logs. */
export interface ParseIssue extends SourceLocation {
  code: ParseIssueCode;
  /** The offending cell text, when there is one. */
  value: string | null;
  message: string;
}

/** The figures of one row of the plan's per-commune table (counts in households, rates in percent). */
export interface UnitFigures {
  households: number;
  ethnic_minority_households: number | null;
  poor: number;
  poor_rate: number | null;
  ethnic_minority_poor: number | null;
  ethnic_minority_poor_rate: number | null;
  social_protection: number | null;
  social_protection_rate: number | null;
  able_to_escape: number | null;
  able_to_escape_rate: number | null;
  target_2022: number | null;
  poor_end_2022: number | null;
  poor_rate_end_2022: number | null;
}

/** Keys of UnitFigures. */
export type FigureKey = keyof UnitFigures;

/** One row of the table: a commune (or the district total) as printed. */
export interface PlanRow {
  /** Unit name exactly as printed, NFC-normalised (e.g. "TT Cam Lộ"). */
  name: string;
  /** GSO code when the file gives one (column `gso_code`), else null. */
  gsoCode: string | null;
  /** 1-based line of the file this row came from. */
  row: number;
  figures: UnitFigures;
  /** The raw cell texts by column id, as printed (e.g. "2.693", "0,72"). */
  raw: Partial<Record<FigureKey | 'unit' | 'gso_code', string>>;
}

/** A parsed per-commune table. */
export interface PlanTable {
  file: string;
  units: PlanRow[];
  /** The printed totals row ("Tổng"), when the file has one. */
  total: PlanRow | null;
}

/** Result of parsing an input: either a value or the list of problems (never both empty). */
export type ParseResult<T> = { ok: true; value: T; warnings: ParseIssue[] } | { ok: false; issues: ParseIssue[] };

/** Properties of one commune feature in the app's boundary file. */
export interface CommuneProperties {
  /** GSO commune code, e.g. "19606". */
  gso_code: string;
  /** Official name without type, e.g. "Cam Tuyền". */
  name: string;
  /** Unit type. */
  type: CommuneType;
  /** Type and name, e.g. "Xã Cam Tuyền". */
  full_name: string;
  /** ASCII name, e.g. "Cam Tuyen". */
  name_ascii: string;
  /** Source unit ids (censusVN2009 commune_id) the feature was made from. */
  source_units: string[];
  /** Label point [lon, lat] its places file gives a unit of the national layers (absent elsewhere: it is worked out). */
  label?: [number, number];
}

/** Metric groups, in the order the picker shows them. */
export type MetricGroup = 'situation' | 'target' | 'projection' | 'phase';

export type { MetricUnit } from '../core/number-format';

/** The value of one metric for one unit. */
export interface MetricValue {
  /** Computed value, or null when a needed figure is missing. */
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  /** The value printed in the plan for this metric, when the plan prints one. */
  printed: number | null;
}

/** A finding of the data checks: a printed figure that disagrees with what the other figures imply. */
export interface Finding {
  /** Stable id, e.g. "rate:Cam Tuyên:poor_rate". */
  id: string;
  kind: 'rate' | 'row-identity' | 'column-total' | 'text-figure' | 'name' | 'range';
  severity: 'error' | 'warning' | 'info';
  /** Unit name as printed (null for district-level findings). */
  unit: string | null;
  /** Column id or figure id concerned. */
  column: string | null;
  /** Plan section (e.g. "I", "III", "table"). */
  section: string;
  /** 1-based line in the table file, when it concerns a table row. */
  row: number | null;
  printed: number | null;
  recomputed: number | null;
  /** Human explanation in both languages. */
  message: Bilingual;
}

/** Ids of the district figures the plan states in its text (section I situation, section III targets). */
export type StatedFigureId =
  | 'households'
  | 'ethnic_minority_households'
  | 'ethnic_minority_households_rate'
  | 'poor_and_near_poor'
  | 'poor'
  | 'poor_rate'
  | 'ethnic_minority_poor'
  | 'ethnic_minority_poor_rate'
  | 'social_protection'
  | 'social_protection_rate'
  | 'able_to_escape'
  | 'able_to_escape_rate'
  | 'near_poor'
  | 'near_poor_rate'
  | 'reduction_rate_2022'
  | 'reduction_households_2022';

/** One figure stated in the plan's text: parsed value, the text as printed and the section it is in. */
export interface StatedFigure {
  value: number;
  printed: string;
  section: 'I' | 'III';
}

/** The figures the plan's text states, by id (absent when a plan does not state one). */
export type StatedFigures = Partial<Record<StatedFigureId, StatedFigure>>;
