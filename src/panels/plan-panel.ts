/** `<plan-panel>`: the plan's sections I–V, with the tasks each responsible body leads or takes part in. */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { PlanBody, PlanDocument, PlanTask } from '../data/plan-document';
import { taskScopes } from '../data/plan-links';
import { hasPlanDocument, type PlanSources } from '../data/plan-sources';
import { findBody, roleOf, statedFigureLines, taskBodies, type StatedFigureLine } from './plan-view';
import type { Bilingual} from '../data/types';
import { formatNumber, tr } from '../core/format';
import { PLAN, SCOPES } from '../core/strings/panels';
import { emit } from '../ui/events';
import { langProperty, LocalizeController } from '../ui/localize';
import { token } from '../ui/tokens';

/** The plan panel. Emits `body-select`, `communes-highlight` and `commune-select`. */
@customElement('plan-panel')
export class PlanPanel extends LitElement {
  /** The plan document shown. */
  @property({ attribute: false }) plan: PlanDocument | null = null;
  /** Where the figures on screen come from (for a place with no plan document); null: unknown. */
  @property({ attribute: false }) sources: PlanSources | null = null;
  /** Id of the selected responsible body (e.g. "V.1"), or null. */
  @property({ attribute: false }) selectedBody: string | null = null;
  /** For each task id, the GSO codes of the communes it concerns (resolved by the app shell). */
  @property({ attribute: false }) taskCommunes: Record<string, string[]> = {};
  /** Display name of each commune by GSO code. */
  @property({ attribute: false }) communeNames: Record<string, string> = {};
  /** Language override; by default the closest `[lang]` or `<html lang>`. */
  @property(langProperty) override lang = '';
  readonly #i18n = new LocalizeController(this);

  #t(text: Bilingual): string {
    return text[this.#i18n.lang];
  }

  #date(iso: string): string {
    const shown = this.#i18n.date(iso);
    return shown === '–' ? iso : shown;
  }

  #figureText(line: StatedFigureLine): string {
    const suffix = line.kind === 'rate' ? (this.#i18n.lang === 'vi' ? ' %' : '%') : '';
    return `${this.#i18n.lang === 'vi' ? line.printed : formatNumber(line.value, 'en', line.decimals)}${suffix}`;
  }

  #figures(lines: StatedFigureLine[], headingId: string) {
    if (lines.length === 0) return nothing;
    const notes = lines.filter((l) => l.note !== null);
    return html`<h4 id=${headingId}>${tr(PLAN.keyFigures, this.#i18n.lang)}</h4>
      <dl class="figures" aria-labelledby=${headingId}>
        ${lines.map((l) => html`<div><dt>${this.#t(l.label)}${l.note ? html`<sup aria-hidden="true">*</sup>` : nothing}</dt><dd>${this.#figureText(l)}</dd></div>`)}
      </dl>
      ${notes.map((l) => html`<p class="note">* ${this.#t(l.label)}: ${this.#t(l.note!)}</p>`)}`;
  }

  #selectBody(id: string): void {
    emit(this, 'body-select', { body: id === this.selectedBody ? null : id });
  }

  #bodyToolbar(plan: PlanDocument, selected: PlanBody | null) {
    const lang = this.#i18n.lang;
    return html`<div class="toolbar" role="group" aria-label=${tr(PLAN.bodiesLabel, lang)}>
        <p class="toolbar-label" aria-hidden="true">${tr(PLAN.bodiesLabel, lang)}</p>
        ${plan.bodies.map(
          (b) => html`<button type="button" class="body-button" aria-pressed=${b.id === selected?.id ? 'true' : 'false'} title=${this.#t(b.name)}
            @click=${() => this.#selectBody(b.id)}>${this.#t(b.short)}</button>`,
        )}
        ${selected ? html`<button type="button" class="clear" @click=${() => emit(this, 'body-select', { body: null })}>${tr(PLAN.clearBody, lang)}</button>` : nothing}
      </div>
      ${selected
        ? html`<div class="links-note" role="note">
            <p><strong>${tr(PLAN.bodySelected, lang, { body: this.#t(selected.name) })}</strong></p>
            ${selected.leads.length + selected.joins.length === 0 ? html`<p>${tr(PLAN.noLinks, lang)}</p>` : nothing}
            ${plan.linksNote ? html`<p><span class="note-title">${tr(PLAN.linksNoteHeading, lang)}:</span> ${this.#t(plan.linksNote)}</p>` : nothing}
          </div>`
        : nothing}`;
  }

  #communes(task: PlanTask) {
    const lang = this.#i18n.lang;
    const scopes = taskScopes(task.appliesTo);
    if (scopes.length === 0) return html`<p class="scope">${tr(PLAN.districtWide, lang)}</p>`;
    const codes = this.taskCommunes[task.id] ?? [];
    const why = scopes.map((s) => tr(SCOPES[s], lang)).join('; ');
    if (codes.length === 0) return html`<p class="scope">${tr(PLAN.noCommunes, lang)} <span class="muted">(${why})</span></p>`;
    return html`<div class="communes">
      <p class="scope">${tr(PLAN.communes, lang, { count: formatNumber(codes.length, lang) })} <span class="muted">(${why})</span></p>
      <ul class="chips">
        ${codes.map((code) => {
          const name = this.communeNames[code] ?? code;
          return html`<li><button type="button" class="chip" aria-label=${tr(PLAN.chipLabel, lang, { name })}
            @click=${() => emit(this, 'commune-select', { gsoCode: code })}>${name}</button></li>`;
        })}
      </ul>
      <button type="button" class="show" aria-label=${tr(PLAN.showOnMapLabel, lang, { task: task.id })}
        @click=${() => emit(this, 'communes-highlight', { gsoCodes: [...codes] })}>${tr(PLAN.showOnMap, lang)}</button>
    </div>`;
  }

  #task(plan: PlanDocument, task: PlanTask, selected: PlanBody | null) {
    const lang = this.#i18n.lang;
    const role = selected ? roleOf(selected, task.id) : null;
    const basis = selected?.basis?.[task.id] ?? [];
    const linked = taskBodies(plan, task.id);
    const names = (r: 'lead' | 'join') => linked.filter((l) => l.role === r).map((l) => this.#t(l.body.short)).join(', ');
    return html`<li class="task ${role ?? ''}">
      <h4 id="task-${task.id}">${task.id.replace(/^IV\./, '')}. ${this.#t(task.title)}
        ${role && selected ? html`<span class="role ${role}">${tr(PLAN.roleOf, lang, { body: this.#t(selected.short), role: tr(role === 'lead' ? PLAN.leads : PLAN.joins, lang) })}</span>` : nothing}
      </h4>
      ${role && basis.length ? html`<p class="basis">${tr(PLAN.basis, lang, { list: basis.join(', '), body: selected!.id })}</p>` : nothing}
      <p class="text">${this.#t(task.text)}</p>
      ${linked.length
        ? html`<p class="who">
            ${names('lead') ? html`<span><strong>${tr(PLAN.leads, lang)}:</strong> ${names('lead')}</span>` : nothing}
            ${names('join') ? html`<span><strong>${tr(PLAN.joins, lang)}:</strong> ${names('join')}</span>` : nothing}
          </p>`
        : nothing}
      ${this.#communes(task)}
    </li>`;
  }

  #body(body: PlanBody, selected: PlanBody | null) {
    const lang = this.#i18n.lang;
    const isSelected = body.id === selected?.id;
    return html`<li class="body ${isSelected ? 'selected' : ''}">
      <h4 id="body-${body.id}">${body.id.replace(/^V\./, '')}. ${this.#t(body.name)}</h4>
      ${lang === 'vi' && body.name.expanded ? html`<p class="muted">(${body.name.expanded})</p>` : nothing}
      ${body.requested ? html`<p class="badge">${tr(PLAN.requested, lang)}</p>` : nothing}
      ${body.name.note ? html`<p class="note">${this.#t(body.name.note)}</p>` : nothing}
      <details ?open=${isSelected}>
        <summary>${tr(PLAN.duties, lang)} (${formatNumber(body.duties.length, lang)})</summary>
        <ul>${body.duties.map((d) => html`<li>${this.#t(d)}</li>`)}</ul>
      </details>
      <p class="who">
        ${body.leads.length ? html`<span><strong>${tr(PLAN.leads, lang)}:</strong> ${body.leads.join(', ')}</span>` : nothing}
        ${body.joins.length ? html`<span><strong>${tr(PLAN.joins, lang)}:</strong> ${body.joins.join(', ')}</span>` : nothing}
      </p>
      <button type="button" class="body-button" aria-pressed=${isSelected ? 'true' : 'false'} @click=${() => this.#selectBody(body.id)}>${tr(PLAN.highlightTasks, lang)}</button>
    </li>`;
  }

  /** A place with no plan document: that, and where its figures come from (a loaded table, or none yet). */
  #noDocument(plan: PlanDocument) {
    const lang = this.#i18n.lang;
    const figures = this.sources?.figures;
    const from = !figures ? tr(PLAN.fromAnyTable, lang) : figures.from === 'file' ? tr(PLAN.fromTable, lang, { file: figures.file }) : this.#t(figures.line);
    return html`<article aria-labelledby="plan-title">
      <h2 id="plan-title">${this.#t(plan.document.issuer)}</h2>
      <p class="no-document" role="note">${tr(PLAN.noDocument, lang)} ${from}</p>
    </article>`;
  }

  override render() {
    const plan = this.plan;
    if (!plan) return nothing;
    if (!hasPlanDocument(plan)) return this.#noDocument(plan);
    const lang = this.#i18n.lang;
    const doc = plan.document;
    const selected = findBody(plan, this.selectedBody);
    return html`<article aria-labelledby="plan-title">
      <header>
        <h2 id="plan-title">${this.#t(doc.title)}</h2>
        <p class="meta">${this.#t(doc.issuer)} · ${tr(PLAN.meta, lang, { number: doc.number, place: doc.place, date: this.#date(doc.date) })}</p>
        <p class="meta">${tr(PLAN.signed, lang, { onBehalfOf: this.#t(doc.signatory.onBehalfOf), role: this.#t(doc.signatory.role), name: doc.signatory.name })}</p>
        <p class="basis-text">${this.#t(doc.basis)}</p>
      </header>
      <section aria-labelledby="s1">
        <h3 id="s1">${tr(PLAN.sectionI, lang)}</h3>
        ${plan.situation.paragraphs.map((p) => html`<p>${this.#t(p)}</p>`)}
        ${this.#figures(statedFigureLines(plan, 'I'), 'f1')}
      </section>
      <section aria-labelledby="s2">
        <h3 id="s2">${tr(PLAN.sectionII, lang)}</h3>
        <ul>${plan.aims.map((a) => html`<li>${this.#t(a)}</li>`)}</ul>
      </section>
      <section aria-labelledby="s3">
        <h3 id="s3">${tr(PLAN.sectionIII, lang, { year: plan.year })}</h3>
        <ul>${plan.targets.items.map((a) => html`<li>${this.#t(a)}</li>`)}</ul>
        ${this.#figures(statedFigureLines(plan, 'III'), 'f3')}
      </section>
      <section aria-labelledby="s4">
        <h3 id="s4">${tr(PLAN.sectionIV, lang)}</h3>
        ${this.#bodyToolbar(plan, selected)}
        <ol class="tasks">${plan.tasks.map((t) => this.#task(plan, t, selected))}</ol>
      </section>
      <section aria-labelledby="s5">
        <h3 id="s5">${tr(PLAN.sectionV, lang)}</h3>
        <ol class="bodies">${plan.bodies.map((b) => this.#body(b, selected))}</ol>
      </section>
      ${doc.recipients.length
        ? html`<details class="recipients">
            <summary>${tr(PLAN.recipients, lang)}</summary>
            <ul>${doc.recipients.map((r) => html`<li>${this.#t(r)}${r.note ? html` <span class="note">— ${this.#t(r.note)}</span>` : nothing}</li>`)}</ul>
          </details>`
        : nothing}
    </article>`;
  }

  static override styles = css`
    :host {
      display: block;
      font-size: ${token['font-size']};
      color: ${token.fg};
      background: ${token.bg};
      padding: 0.75rem;
      line-height: 1.5;
    }
    h2 { font-size: 1.15em; margin: 0 0 0.25rem; }
    h3 { font-size: 1.05em; margin: 1.1rem 0 0.4rem; padding-top: 0.6rem; border-top: 1px solid ${token.border}; }
    h4 { font-size: 1em; margin: 0.2rem 0; }
    p { margin: 0.3rem 0; }
    ul, ol { padding-left: 1.2rem; margin: 0.3rem 0; }
    .meta, .muted, .note, .basis, .basis-text { color: ${token.muted}; }
    .meta, .note, .basis { font-size: 0.9em; }
    .basis-text { font-style: italic; font-size: 0.92em; }
    .figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr)); gap: 0.25rem 1rem; margin: 0.3rem 0; }
    .figures div { display: flex; justify-content: space-between; gap: 0.5rem; border-bottom: 1px dotted ${token.border}; }
    .figures dd { margin: 0; font-weight: 600; font-variant-numeric: tabular-nums; white-space: nowrap; }
    .toolbar { display: flex; flex-wrap: wrap; gap: 0.35rem; align-items: center; margin: 0.4rem 0; }
    .toolbar-label { flex-basis: 100%; margin: 0; font-size: 0.9em; }
    button {
      font: inherit;
      font-size: 0.92em;
      min-height: 2.25rem;
      padding: 0.25rem 0.65rem;
      border: 1px solid ${token['control-border']};
      border-radius: ${token['radius-small']};
      background: ${token.bg};
      color: ${token.fg};
      cursor: pointer;
    }
    button:hover { background: color-mix(in srgb, ${token.accent} 8%, ${token.bg}); }
    button:focus-visible, summary:focus-visible { outline: ${token['focus-width']} solid ${token.focus}; outline-offset: 2px; }
    .body-button[aria-pressed='true'] { background: ${token.accent}; border-color: ${token.accent}; color: ${token['on-accent']}; font-weight: 600; }
    .links-note { border-left: 4px solid ${token.accent}; padding: 0.3rem 0.6rem; margin: 0.4rem 0; font-size: 0.92em; background: color-mix(in srgb, ${token.accent} 6%, ${token.bg}); }
    .note-title { font-weight: 600; }
    .tasks, .bodies { list-style: none; padding: 0; display: flex; flex-direction: column; gap: 0.6rem; }
    .task, .body { border: 1px solid ${token.border}; border-radius: ${token['radius-small']}; padding: 0.5rem 0.7rem; }
    .task.lead { border: 3px solid ${token.accent}; }
    .task.join { border: 3px dashed ${token.accent}; }
    .body.selected { border: 3px solid ${token.accent}; }
    .role { display: inline-block; margin-left: 0.4rem; padding: 0 0.45rem; border-radius: 999px; font-size: 0.85em; font-weight: 600; border: 2px solid ${token.accent}; }
    .role.lead { background: ${token.accent}; color: ${token['on-accent']}; }
    .role.join { border-style: dashed; color: ${token.fg}; }
    .who { display: flex; flex-wrap: wrap; gap: 0.2rem 1rem; font-size: 0.9em; }
    .scope { font-size: 0.92em; }
    .chips { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.3rem; }
    .chip { border-radius: 999px; min-height: 2rem; padding: 0.1rem 0.7rem; }
    .show { margin-top: 0.3rem; font-weight: 600; }
    .badge { display: inline-block; font-size: 0.85em; border: 1px solid ${token['control-border']}; border-radius: ${token['radius-small']}; padding: 0 0.4rem; }
    summary { cursor: pointer; font-weight: 600; padding: 0.2rem 0; }
    .recipients { margin-top: 1rem; }
  `;
}

declare global {
  interface HTMLElementTagNameMap {
    'plan-panel': PlanPanel;
  }
}
