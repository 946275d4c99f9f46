/**
 * `<draft-table>`: the units with an editable target cell each (Enter/Tab move down, a column pasted from Excel
 * fills downwards), each refused cell's message at the cell, warnings beside it, the totals row, the district
 * summary and the allocation form. It sends `draft-change` up; the app applies the draft and passes the drafted
 * dataset back down, so the table, map, legend and ranking follow from one derivation.
 */
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { Dataset } from '../data/dataset';
import { EMPTY_DRAFT, setDraftCell, type DraftCellIssue, type DraftErrorCode, type TargetDraft } from '../data/planning/draft-cells';
import { allocate, allocationDraft, allocationUnits, ALLOCATION_RULES, type AllocationRule } from '../data/planning/allocate';
import { parseVietnameseNumber } from '../data/vn-number';
import type { Bilingual, Lang } from '../data/types';
import { formatNumber, tr } from '../core/format';
import { memo } from '../state/memo';
import { langProperty, LocalizeController } from '../ui/localize';
import { buildDraftTable, isBlockPaste, pasteColumn, pastedColumn, type DraftTableRow } from './draft-table-model';
import { emitPlanning } from './planning-events';
import { DRAFT } from './planning-strings';
import { planningStyles } from './planning-styles';
import { token } from '../ui/tokens';

/** A text in both languages with its `{name}` placeholders filled; numbers written each language's way. */
function both(text: Bilingual, params: Record<string, string | number | Bilingual>, decimals = 0): Bilingual {
  const fill = (lang: Lang) => {
    const value = (v: string | number | Bilingual) => (typeof v === 'number' ? formatNumber(v, lang, decimals) : typeof v === 'string' ? v : v[lang]);
    const values = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, value(v)]));
    return tr(text, lang, values);
  };
  return { vi: fill('vi'), en: fill('en') };
}

/** A cell the person typed into: its text, and why it was refused (null when accepted). */
interface CellEdit {
  text: string;
  error: DraftCellIssue<DraftErrorCode> | null;
}

/** The draft editor of a plan's targets. */
@customElement('draft-table')
export class DraftTable extends LitElement {
  /** The plan as loaded (named `plan`: the draft's base). */
  @property({ attribute: false }) plan: Dataset | null = null;
  /** The plan with the draft applied (the app's derived dataset); the plan itself when the draft is empty. */
  @property({ attribute: false }) drafted: Dataset | null = null;
  /** The draft: target households by GSO code. */
  @property({ attribute: false }) draft: TargetDraft = EMPTY_DRAFT;
  /** Year of the targets (for the caption). */
  @property({ type: Number }) year = 2022;
  /** Language override; by default the closest `[lang]` or `<html lang>`. */
  @property(langProperty) override lang = '';
  readonly #i18n = new LocalizeController(this);

  /** Cells typed into and not yet left, or refused (their text stays, with the message). */
  @state() private edits: ReadonlyMap<string, CellEdit> = new Map();
  /** Outcome of the last allocation or paste, as bilingual lines; `error` when nothing was done. */
  @state() private message: { lines: Bilingual[]; error: boolean } | null = null;

  #model = memo(buildDraftTable);

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('plan') && changed.get('plan') !== undefined) {
      this.edits = new Map();
      this.message = null;
    }
  }

  #codes(): string[] {
    return this.plan?.join.joined.map((u) => u.feature.properties.gso_code) ?? [];
  }

  #setEdit(code: string, edit: CellEdit | null): void {
    const next = new Map(this.edits);
    if (edit) next.set(code, edit);
    else next.delete(code);
    this.edits = next;
  }

  #onInput(code: string, e: Event): void {
    const plan = this.plan;
    if (!plan) return;
    const text = (e.target as HTMLInputElement).value;
    const { draft, check } = setDraftCell(plan, this.draft, code, text);
    this.#setEdit(code, { text, error: check.error });
    if (check.error === null) emitPlanning(this, 'draft-change', { draft });
  }

  #onChange(code: string): void {
    const edit = this.edits.get(code);
    if (edit && edit.error === null) this.#setEdit(code, null);
  }

  #onKeyDown(index: number, e: KeyboardEvent): void {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    const codes = this.#codes();
    const next = codes[index + (e.shiftKey ? -1 : 1)];
    (e.target as HTMLInputElement).dispatchEvent(new Event('change'));
    if (next) this.renderRoot.querySelector<HTMLInputElement>(`#t-${next}`)?.focus();
  }

  #onPaste(index: number, e: ClipboardEvent): void {
    const text = e.clipboardData?.getData('text/plain') ?? '';
    const plan = this.plan;
    if (!plan || !isBlockPaste(text)) return;
    e.preventDefault();
    const result = pasteColumn(plan, this.draft, this.#codes(), index, pastedColumn(text));
    const edits = new Map(this.edits);
    for (const c of result.checks) {
      if (c.check.error) edits.set(c.gsoCode, { text: c.text, error: c.check.error });
      else edits.delete(c.gsoCode);
    }
    this.edits = edits;
    const refused = result.checks.filter((c) => c.check.error !== null).length;
    const n = result.checks.length - refused;
    const lines = [refused ? both(DRAFT.pastedRefused, { n, refused }) : both(DRAFT.pasted, { n })];
    if (result.overflow > 0) lines.push(both(DRAFT.pastedOverflow, { n: result.overflow }));
    this.message = { lines, error: false };
    emitPlanning(this, 'draft-change', { draft: result.draft });
  }

  #onAllocate(e: SubmitEvent): void {
    e.preventDefault();
    const plan = this.plan;
    if (!plan) return;
    const form = e.target as HTMLFormElement;
    const text = (form.elements.namedItem('total') as HTMLInputElement).value.trim();
    const rule = (form.elements.namedItem('rule') as HTMLSelectElement).value as AllocationRule;
    const parsed = parseVietnameseNumber(text, 'count');
    if (!parsed.ok || parsed.value === null || parsed.value < 0) {
      this.message = { lines: [both(DRAFT.badTotal, { text })], error: true };
      return;
    }
    const units = allocationUnits(plan);
    const result = allocate(units, parsed.value, rule);
    const names = new Map(plan.join.joined.map((u) => [u.feature.properties.gso_code, u.row.name]));
    const lines = [both(DRAFT.allocated, { total: result.total, rule: ALLOCATION_RULES.find((r) => r.id === rule)!.label })];
    if (result.pp !== null) lines.push(both(DRAFT.allocatedPp, { pp: result.pp }, 2));
    if (result.fallback) lines.push(DRAFT.allocatedFallback);
    if (result.shortfall > 0) lines.push(both(DRAFT.allocatedShortfall, { n: result.shortfall }));
    if (result.capped.length > 0) lines.push(both(DRAFT.allocatedCapped, { units: result.capped.map((c) => names.get(c) ?? c).join(', ') }));
    this.edits = new Map();
    this.message = { lines, error: false };
    emitPlanning(this, 'draft-change', { draft: allocationDraft(units, result) });
  }

  #reset(): void {
    this.edits = new Map();
    this.message = null;
    emitPlanning(this, 'draft-change', { draft: EMPTY_DRAFT });
  }

  override render() {
    const { plan, drafted } = this;
    if (!plan || !drafted) return nothing;
    const i18n = this.#i18n;
    const model = this.#model(plan, drafted, this.draft);
    const { summary, totals } = model;
    const pct = (v: number | null) => i18n.value(v, 'percent', 2);
    return html`
      <h2>${i18n.term(DRAFT.heading)}</h2>
      <p class="note">${i18n.term(DRAFT.intro)}</p>
      <p class="summary" aria-live="polite">${i18n.term(DRAFT.summary, {
        target: i18n.number(summary.draft.target),
        planTarget: i18n.number(summary.plan.target),
        poorEnd: i18n.number(summary.draft.poorEnd),
        rate: pct(summary.draft.rateEnd),
        planPoorEnd: i18n.number(summary.plan.poorEnd),
        planRate: pct(summary.plan.rateEnd),
      })}
      ${model.changedNames.length ? html`<span class="changed-list">${i18n.term(DRAFT.changedUnits, { units: model.changedNames.join(', ') })}</span>` : nothing}</p>
      <div class="scroll">
        <table>
          <caption>${i18n.term(DRAFT.caption, { year: this.year })}</caption>
          <thead><tr>
            <th scope="col">${i18n.term(DRAFT.colUnit)}</th><th scope="col">${i18n.term(DRAFT.colPoor)}</th><th scope="col">${i18n.term(DRAFT.colAble)}</th>
            <th scope="col">${i18n.term(DRAFT.colPlan)}</th><th scope="col">${i18n.term(DRAFT.colTarget)}</th><th scope="col">${i18n.term(DRAFT.colEnd)}</th>
            <th scope="col">${i18n.term(DRAFT.colRate)}</th><th scope="col">${i18n.term(DRAFT.colShare)}</th><th scope="col" class="notes">${i18n.term(DRAFT.colNotes)}</th>
          </tr></thead>
          <tbody>${model.rows.map((r, i) => this.#row(r, i))}</tbody>
          <tfoot><tr data-row="totals">
            <th scope="row">${i18n.term(DRAFT.totals)}</th><td class="num">${i18n.number(totals.poor)}</td><td class="num">${i18n.number(totals.able)}</td>
            <td class="num">${i18n.number(totals.planTarget)}</td><td class="num" data-col="target">${i18n.number(totals.target)}</td>
            <td class="num" data-col="end">${i18n.number(totals.poorEnd)}</td><td class="num" data-col="rate">${pct(totals.rateEnd)}</td><td class="num">${totals.target ? i18n.value(100, 'percent', 1) : ''}</td><td></td>
          </tr></tfoot>
        </table>
      </div>
      ${this.#allocation(summary.plan.target)}
      ${this.message ? html`<div class=${this.message.error ? 'error' : 'status'} role=${this.message.error ? 'alert' : 'status'}>${this.message.lines.map((l) => html`<p>${l[i18n.lang]}</p>`)}</div>` : nothing}
    `;
  }

  #row(r: DraftTableRow, index: number) {
    const i18n = this.#i18n;
    const edit = this.edits.get(r.gsoCode);
    const error = edit?.error ?? null;
    const text = edit?.text ?? (r.target === null ? '' : String(r.target));
    return html`<tr data-gso=${r.gsoCode} class=${r.changed ? 'changed' : ''}>
      <th scope="row">${r.name}</th>
      <td class="num">${i18n.number(r.poor)}</td>
      <td class="num">${i18n.number(r.able)}</td>
      <td class="num">${i18n.number(r.planTarget)}</td>
      <td class="cell">
        <input type="text" inputmode="numeric" autocomplete="off" id="t-${r.gsoCode}" .value=${live(text)}
          aria-label=${i18n.term(DRAFT.inputLabel, { unit: r.name })} aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${error ? `m-${r.gsoCode}` : nothing}
          @input=${(e: Event) => this.#onInput(r.gsoCode, e)} @change=${() => this.#onChange(r.gsoCode)}
          @keydown=${(e: KeyboardEvent) => this.#onKeyDown(index, e)} @paste=${(e: ClipboardEvent) => this.#onPaste(index, e)} />
        ${r.changed ? html`<span class="sr-only">(${i18n.term(DRAFT.changed)})</span>` : nothing}
        ${error ? html`<p class="error" id="m-${r.gsoCode}" role="alert">${error.message[i18n.lang]}</p>` : nothing}
      </td>
      <td class="num" data-col="end">${i18n.number(r.poorEnd)}</td>
      <td class="num" data-col="rate">${i18n.value(r.rateEnd, 'percent', 2)}</td>
      <td class="num">${i18n.value(r.share, 'percent', 1)}</td>
      <td class="notes">${r.warnings.map((w) => html`<p class="warning">⚠ ${w.message[i18n.lang]}</p>`)}</td>
    </tr>`;
  }

  #allocation(planTarget: number | null) {
    const i18n = this.#i18n;
    return html`<form class="allocation" @submit=${this.#onAllocate}>
      <fieldset>
        <legend>${i18n.term(DRAFT.allocationHeading)}</legend>
        <div class="row">
          <label>${i18n.term(DRAFT.allocationTotal)}<input type="text" inputmode="numeric" name="total" size="6" .value=${String(planTarget ?? 0)} /></label>
          <label>${i18n.term(DRAFT.allocationRule)}<select name="rule">
            ${ALLOCATION_RULES.map((r) => html`<option value=${r.id} title=${r.description[i18n.lang]}>${r.label[i18n.lang]}</option>`)}
          </select></label>
          <button type="submit" class="primary">${i18n.term(DRAFT.allocate)}</button>
          <button type="button" @click=${() => this.#reset()}>${i18n.term(DRAFT.reset)}</button>
        </div>
      </fieldset>
    </form>`;
  }

  static override styles = [
    ...planningStyles,
    css`
      .cell { min-width: 6.5em; }
      .cell input { width: 5em; text-align: right; }
      .cell input[aria-invalid='true'] { border: 2px solid ${token.error}; }
      tr.changed th { font-weight: 600; }
      tr.changed .cell input { background: ${token.highlight}; }
      .notes { min-width: 10em; }
      .notes p { margin: 0 0 0.2em; }
      .changed-list { display: block; }
      fieldset { margin-top: 0.75rem; border: 1px solid ${token.border}; border-radius: 6px; }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'draft-table': DraftTable;
  }
}
