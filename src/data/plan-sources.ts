/**
 * The one rule for what a dataset cites: whether its plan is a plan document (a place of the national files opened
 * without one gets a blank plan numbered NO_PLAN_NUMBER), and the lines that say where the figures (none, a loaded
 * file, the plan) and the boundaries (a place's national files, the person's file, the built-in ones) come from. Pure.
 */
import { tr } from '../core/format';
import { SOURCES } from '../core/strings/sources';
import { BOUNDARY_CREDIT } from './attribution';
import { hasNoFigures, type Dataset } from './dataset-model';
import type { PlanDocument } from './plan-document';
import { PLACE_CREDITS } from './places/attribution';
import type { PlaceRef } from './places/place-id';
import type { Bilingual, Lang } from './types';

/** The number of a blank plan (a place with no plan document): not a document's number, never cited. */
export const NO_PLAN_NUMBER = '—';

/** Whether `plan` is a real plan document (false for the blank plan made for a place). */
export const hasPlanDocument = (plan: PlanDocument): boolean => plan.document.number !== NO_PLAN_NUMBER;

/** Boundaries other than the built-in ones: the person's file, or national files with their credit. */
export type BoundarySource = { file: string } | { credit: Bilingual };

/** Where the figures come from, with the line that says so. */
export type FiguresOrigin = ({ from: 'none' } | { from: 'file'; file: string } | { from: 'plan'; number: string; issuer: Bilingual }) & { line: Bilingual };

/** Where the boundaries come from, with the line that says so (the built-in one links to BOUNDARY_SOURCE_URL). */
export type BoundariesOrigin = ({ from: 'builtin' } | { from: 'place' } | { from: 'file'; file: string }) & { line: Bilingual };

/** What a dataset on screen cites. */
export interface PlanSources {
  /** Whether the plan is a plan document (see hasPlanDocument). */
  document: boolean;
  figures: FiguresOrigin;
  boundaries: BoundariesOrigin;
}

const both = (text: (lang: Lang) => string): Bilingual => ({ vi: text('vi'), en: text('en') });

function figuresOrigin(dataset: Dataset, document: boolean, file: string | null): FiguresOrigin {
  if (hasNoFigures(dataset)) return { from: 'none', line: SOURCES.noFigures };
  const loaded = file ?? (document ? null : dataset.table.file);
  if (loaded !== null) return { from: 'file', file: loaded, line: both((lang) => tr(SOURCES.figuresFile, lang, { file: loaded })) };
  const { number, issuer } = dataset.plan.document;
  return { from: 'plan', number, issuer, line: both((lang) => tr(SOURCES.figuresPlan, lang, { number, issuer: issuer[lang] })) };
}

function boundariesOrigin(placeCredit: Bilingual | null, boundaries: BoundarySource | null): BoundariesOrigin {
  const own = placeCredit ? { credit: placeCredit } : boundaries;
  if (!own) return { from: 'builtin', line: BOUNDARY_CREDIT };
  if ('credit' in own) return { from: 'place', line: own.credit };
  return { from: 'file', file: own.file, line: both((lang) => tr(SOURCES.boundaryFile, lang, { file: own.file })) };
}

/**
 * What `dataset` cites: `placeCredit` is the credit of the place shown (null: none), `figuresFile` the file the
 * figures were loaded from (null: the plan's own), `boundaries` those loaded besides a place's (null: built-in).
 */
export function planSources(dataset: Dataset, placeCredit: Bilingual | null = null, figuresFile: string | null = null, boundaries: BoundarySource | null = null): PlanSources {
  const document = hasPlanDocument(dataset.plan);
  return { document, figures: figuresOrigin(dataset, document, figuresFile), boundaries: boundariesOrigin(placeCredit, boundaries) };
}

/**
 * The boundaries after a table was loaded: the national files of `ref` when it was placed there; else the units on
 * screen were kept, credited to the place shown (`placeCredit`) or to what they were before (`before`).
 */
export function tableBoundaries(ref: PlaceRef | null, placeCredit: Bilingual | null, before: BoundarySource | null): BoundarySource | null {
  if (ref) return { credit: PLACE_CREDITS[ref.vintage] };
  return placeCredit ? { credit: placeCredit } : before;
}

/** The credit the map shows for `sources` (null: the built-in boundaries', which the map links itself). */
export const mapCredit = (sources: PlanSources): Bilingual | null => (sources.boundaries.from === 'builtin' ? null : sources.boundaries.line);
