/** The shell's heading, part of the first frame: the app's name and the place, and the plan's document line. */
import { html } from 'lit';
import { tr } from '../core/format';
import { formatDate } from '../core/date-format';
import { districtName } from '../core/place-names';
import { APP } from '../core/strings/app';
import type { Dataset } from '../data/dataset-model';
import type { PlanSources } from '../data/plan-sources';
import type { Lang } from '../data/types';
import type { PlaceView } from '../places/place-session';
import { defineStrings } from '../core/translate';

/** Strings of the heading (the rest of the shell's are in ./app-strings, loaded after the first frame). */
export const HEADING = defineStrings({
  docLine: { vi: 'Kế hoạch số {number} ngày {date} — Chương trình giảm nghèo năm {year}', en: 'Plan No. {number} of {date} — {year} poverty reduction programme' },
});

/** The page heading: the app's name and the place, and the plan's document line, or where the figures come from when there is no plan document. */
export function renderHeading(dataset: Dataset, place: PlaceView | null, sources: PlanSources, lang: Lang) {
  const doc = dataset.plan.document;
  const name = place ? place.title[lang] : districtName(dataset.plan.district, lang);
  const line = sources.document && sources.figures.from !== 'none'
    ? tr(HEADING.docLine, lang, { number: doc.number, date: formatDate(doc.date, lang), year: dataset.plan.year })
    : sources.figures.line[lang];
  return html`<div class="title">
    <h1>${tr(APP.title, lang)} — ${name}</h1>
    <p class="doc">${line}</p>
  </div>`;
}
