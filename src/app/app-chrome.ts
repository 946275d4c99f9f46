/** The shell's place bar and footer, loaded after the first frame: what follows the place shown (choices, credits). */
import { html, nothing } from 'lit';
import { tr } from '../core/format';
import { BOUNDARY_SOURCE_URL } from '../data/attribution';
import type { Dataset } from '../data/dataset';
import { parseUnitKey, type PlaceRef } from '../data/places/place-id';
import type { PlanSources } from '../data/plan-sources';
import type { Lang } from '../data/types';
import type { ViewState } from '../state/view-state';
import type { PlaceView } from '../places/place-session';
import { SHELL } from './app-strings';
import { hasNoFigures } from '../data/dataset-model';

/** What the place bar sends up. */
export interface PlaceBarActions {
  /** Another place (null: the plan), with a unit to select once it is open. */
  place(ref: PlaceRef | null, select: string | null): void;
  /** The plan on the 2025 communes ('2025') or on its own units. */
  units(units: '2025' | null): void;
}

/** The place picker, the 2025 toggle, the blank template and the loading state. */
export function renderPlaceBar(input: { view: ViewState; place: PlaceView | null; loading: string | null; plan: Dataset; heldFile: string | null; lang: Lang; actions: PlaceBarActions }) {
  const { view, place, loading, plan, lang, actions } = input;
  const regroupable = view.place === null && !hasNoFigures(plan);
  return html`<section class="place-bar" aria-label=${lang === 'vi' ? 'Nơi hiển thị' : 'Place shown'}>
    <place-picker .value=${view.place} .heldFile=${input.heldFile} lang=${lang}
      @place-change=${(e: HTMLElementEventMap['place-change']) => actions.place(e.detail.ref, parseUnitKey(e.detail.select)?.code ?? null)}></place-picker>
    <div class="place-extra">
      ${regroupable
        ? html`<label class="units"><input type="checkbox" .checked=${view.units === '2025'}
            @change=${(e: Event) => actions.units((e.target as HTMLInputElement).checked ? '2025' : null)} /> ${tr(SHELL.unitsToggle, lang)}</label>`
        : nothing}
      ${place?.units === '2025' ? html`<p class="note">${tr(SHELL.unitsNote, lang)}</p>` : nothing}
      ${place && place.ref ? html`<template-download .units=${place.templateUnits} name=${place.title.vi} lang=${lang}></template-download>` : nothing}
      ${loading ? html`<p class="loading" role="status">${tr(SHELL.loadingPlace, lang, { place: loading })}</p>` : nothing}
    </div>
  </section>`;
}

/** The footer: where the figures and the boundaries come from (the built-in boundaries linked to their source). */
export function renderFooter(sources: PlanSources, lang: Lang) {
  const { figures, boundaries } = sources;
  const credit = boundaries.from === 'builtin' ? html`<a href=${BOUNDARY_SOURCE_URL} rel="noopener">${boundaries.line[lang]}</a>` : html`${boundaries.line[lang]}`;
  return html`<footer class="page-footer"><p>${figures.line[lang]} · ${credit}</p></footer>`;
}
