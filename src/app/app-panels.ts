/** The side panel's tabs and the panel of the open tab, from the derived state. */
import { html } from 'lit';
import { tr } from '../core/format';
import { APP } from '../core/strings/app';
import type { Dataset } from '../data/dataset';
import { formatDraftParam } from '../data/planning/draft-param';
import type { RegroupEntry } from '../data/places/crosswalk';
import type { Lang } from '../data/types';
import type { Derived } from '../state/derive';
import type { ViewState } from '../state/view-state';
import { SHELL } from './app-strings';
import type { PlanningState } from './planning-state';
import '../panels/commune-details';
import type { PlanSources } from '../data/plan-sources';

/** The tabs of the side panel, the checks tab with its count of findings. */
export function panelTabs(derived: Derived, lang: Lang) {
  return [
    { id: 'details', label: tr(APP.tabDetails, lang) },
    { id: 'table', label: tr(APP.tabTable, lang) },
    { id: 'ranking', label: tr(APP.tabRanking, lang) },
    { id: 'plan', label: tr(APP.tabPlan, lang) },
    { id: 'checks', label: tr(APP.tabChecks, lang), badge: derived.findingCounts.error + derived.findingCounts.warning },
    { id: 'draft', label: tr(SHELL.tabDraft, lang) },
    { id: 'progress', label: tr(SHELL.tabProgress, lang) },
  ];
}

/** What a panel needs from the shell. */
export interface PanelInput {
  view: ViewState;
  derived: Derived;
  /** The dataset on screen (drafted, a place, or the plan). */
  dataset: Dataset;
  /** The plan as loaded, without its draft. */
  plan: Dataset;
  lang: Lang;
  planning: PlanningState;
  onSelect: (e: HTMLElementEventMap['commune-select']) => void;
  selectBody: (body: string | null) => void;
  highlight: (codes: string[]) => void;
  setDraft: (draft: string | null) => void;
  /** For a plan on the 2025 communes: how each commune was formed from the old units, by GSO code. */
  formed: Readonly<Record<string, RegroupEntry>> | null;
  /** Where the figures and boundaries on screen come from. */
  sources: PlanSources;
}

/** The panel of tab `tab`. */
export function renderPanel(tab: string, input: PanelInput) {
  const { view, derived, dataset, plan, lang, planning, onSelect } = input;
  const { choropleth } = derived;
  switch (tab) {
    case 'table':
      return html`<commune-table .data=${dataset} .metric=${view.metric} .selected=${view.selected} .lang=${lang} @commune-select=${onSelect}></commune-table>`;
    case 'ranking':
      return html`<ranking-chart .values=${choropleth.values} .fills=${choropleth.fills} .metric=${choropleth.metric} .selected=${view.selected}
        .district=${choropleth.district.value} .lang=${lang} @commune-select=${onSelect}></ranking-chart>`;
    case 'plan':
      return html`<plan-panel .plan=${dataset.plan} .sources=${input.sources} .selectedBody=${view.body} .taskCommunes=${derived.taskCommunes} .communeNames=${derived.communeNames} .lang=${lang}
        @body-select=${(e: CustomEvent<{ body: string | null }>) => input.selectBody(e.detail.body)}
        @communes-highlight=${(e: CustomEvent<{ gsoCodes: string[] }>) => input.highlight(e.detail.gsoCodes)}
        @commune-select=${onSelect}></plan-panel>`;
    case 'checks':
      return html`<data-checks .findings=${dataset.findings} .unitToGso=${derived.unitToGso} .lang=${lang} @commune-select=${onSelect}></data-checks>`;
    case 'draft':
      return html`<draft-table .plan=${plan} .drafted=${dataset} .draft=${planning.draft(plan, view.draft)} year=${plan.plan.year} lang=${lang}
          @draft-change=${(e: HTMLElementEventMap['draft-change']) => input.setDraft(formatDraftParam(e.detail.draft))}></draft-table>
        <annex-export .data=${dataset} year=${plan.plan.year} lang=${lang}></annex-export>`;
    case 'progress':
      return html`${planning.yearProblem ? html`<p class="problem" role="alert">${planning.yearProblem}</p>` : ''}
        <progress-view .years=${planning.progressYears(plan, planning.years)} .communes=${plan.communes} lang=${lang}
          @progress-table-add=${(e: HTMLElementEventMap['progress-table-add']) => void planning.addYear(e.detail.file, e.detail.year, lang)}></progress-view>`;
    default: {
      const formed = view.selected ? input.formed?.[view.selected] : undefined;
      return html`${formed ? html`<p class="formed" role="note"><strong>${formed.fullName}</strong> — ${formed.note[lang]}</p>` : ''}<commune-details .data=${dataset} .gsoCode=${view.selected} .metric=${view.metric} .lang=${lang}></commune-details>`;
    }
  }
}
