/** `<commune-table>`: the plan's figures per commune as a real, sortable table — the map's screen-reader alternative. */
import { LitElement, html, css, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Dataset } from '../data/dataset';
import type { MetricId } from '../data/metrics';
import { buildTableModel, sortRows, type SortDirection, type TableCell, type TableColumn, type TableColumnId, type TableModel, type TableRow } from './table-model';
import type { Lang } from '../data/types';
import { tr } from '../core/format';
import { TABLE } from '../core/strings/controls';
import { emit } from '../ui/events';
import { srOnly } from '../ui/shared-styles';
import { langProperty, LocalizeController } from '../ui/localize';
import { token } from '../ui/tokens';

/** A table of every commune with the district and printed totals rows; rows select communes, headers sort. */
@customElement('commune-table')
export class CommuneTable extends LitElement {
  /** The dataset shown (named `data`: `dataset` is HTMLElement's map of data-* attributes). */
  @property({ attribute: false }) data: Dataset | null = null;
  /** The metric on the map; its column is highlighted (or added). */
  @property() metric: MetricId = 'poverty_rate';
  /** GSO code of the selected commune, or null. */
  @property() selected: string | null = null;
  /** Language override; by default the closest `[lang]` or `<html lang>`. */
  @property(langProperty) override lang = '';
  readonly #i18n = new LocalizeController(this);

  /** Column sorted on, or null for the plan's order. */
  @state() private sortColumn: TableColumnId | null = null;
  /** Direction of the sort. */
  @state() private sortDirection: SortDirection = 'ascending';

  #model: TableModel | null = null;
  #modelLang: Lang | null = null;
  /** The selection this element last asked for, so its own clicks do not scroll the table. */
  #requested: string | null | undefined = undefined;

  override willUpdate(changed: PropertyValues<this>): void {
    const lang = this.#i18n.lang;
    if (changed.has('data') || changed.has('metric') || lang !== this.#modelLang) {
      this.#modelLang = lang;
      this.#model = this.data ? buildTableModel(this.data, this.metric, lang) : null;
      if (this.sortColumn !== null && !this.#model?.columns.some((c) => c.id === this.sortColumn)) this.sortColumn = null;
    }
  }

  override updated(changed: PropertyValues<this>): void {
    if (!changed.has('selected')) return;
    const fromOutside = this.selected !== this.#requested;
    this.#requested = undefined;
    if (!fromOutside || this.selected === null) return;
    const row = this.renderRoot.querySelector<HTMLElement>(`tr[data-gso="${CSS.escape(this.selected)}"]`);
    row?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }

  #sortBy(column: TableColumnId) {
    if (this.sortColumn === column) {
      this.sortDirection = this.sortDirection === 'ascending' ? 'descending' : 'ascending';
    } else {
      this.sortColumn = column;
      this.sortDirection = column === 'unit' ? 'ascending' : 'descending';
    }
  }

  #select(row: TableRow) {
    if (row.gsoCode === null) return;
    const next = row.gsoCode === this.selected ? null : row.gsoCode;
    this.#requested = next;
    emit(this, 'commune-select', { gsoCode: next });
  }

  override render() {
    const model = this.#model;
    if (!model) return nothing;
    const rows = this.sortColumn ? sortRows(model.rows, this.sortColumn, this.sortDirection) : model.rows;
    const anyDiffers = [...model.rows, ...model.footer].some((r) => Object.values(r.cells).some((c) => c?.differs));
    return html`<div class="scroll" role="region" aria-labelledby="caption" tabindex="0">
      <table>
        <caption id="caption">
          <span class="title">${model.caption}</span>
          <span class="note">${model.captionNote}</span>
        </caption>
        <thead>
          <tr>${model.columns.map((c) => this.#header(c))}</tr>
        </thead>
        <tbody>
          ${rows.map((r) => this.#row(r, model.columns))}
        </tbody>
        <tfoot>
          ${model.footer.map((r) => this.#row(r, model.columns))}
        </tfoot>
      </table>
      ${anyDiffers ? html`<p class="key">${tr(TABLE.legendDiffers, this.#i18n.lang)}</p>` : nothing}
    </div>`;
  }

  #header(c: TableColumn) {
    const sorted = this.sortColumn === c.id;
    const arrow = sorted ? (this.sortDirection === 'ascending' ? '▲' : '▼') : '↕';
    return html`<th scope="col" class=${`${c.kind === 'name' ? 'name-col' : 'num'}${c.current ? ' current' : ''}`}
      aria-sort=${sorted ? this.sortDirection : nothing}>
      <button type="button" @click=${() => this.#sortBy(c.id)}>
        <span>${c.label}</span><span class="arrow" aria-hidden="true">${arrow}</span>
      </button>
      ${c.current ? html`<span class="sr-only">(${tr(TABLE.currentColumn, this.#i18n.lang)})</span>` : nothing}
    </th>`;
  }

  #row(r: TableRow, columns: readonly TableColumn[]) {
    const lang = this.#i18n.lang;
    const selected = r.gsoCode !== null && r.gsoCode === this.selected;
    const name =
      r.kind !== 'unit'
        ? html`<span>${r.name}</span>`
        : r.gsoCode === null
          ? html`<span>${r.name}</span> <span class="sr-only">(${tr(TABLE.unmatched, lang)})</span>`
          : html`<button type="button" class="select" aria-pressed=${selected ? 'true' : 'false'}>${r.name}</button>`;
    return html`<tr class=${`${r.kind}${selected ? ' selected' : ''}`} data-gso=${r.gsoCode ?? nothing}
      aria-current=${selected ? 'true' : nothing} @click=${() => this.#select(r)}>
      <th scope="row" class="name-col">
        ${name}
        ${r.printedName ? html`<span class="printed-name">(${tr(TABLE.printedName, lang, { name: r.printedName })})</span>` : nothing}
      </th>
      ${columns.filter((c) => c.id !== 'unit').map((c) => this.#cell(c, r.cells[c.id]))}
    </tr>`;
  }

  #cell(c: TableColumn, cell: TableCell | undefined) {
    const cls = `num${c.current ? ' current' : ''}${cell?.differs ? ' differs' : ''}`;
    if (!cell) return html`<td class=${cls}></td>`;
    if (!cell.differs) return html`<td class=${cls}>${cell.text}</td>`;
    const lang = this.#i18n.lang;
    return html`<td class=${cls} title=${tr(TABLE.differs, lang)}>
      <span class="marker" aria-hidden="true">≠</span>
      ${cell.text} <span class="printed">(${tr(TABLE.printedAs, lang, { value: cell.printedText ?? '–' })})</span><span class="sr-only">, ${tr(TABLE.differs, lang)}</span>
    </td>`;
  }

  static override styles = css`
    :host {
      display: block;
      font-family: ${token.font};
      font-size: ${token['font-size']};
      color: ${token.fg};
    }
    /* Positioned, so the absolutely positioned .sr-only texts scroll with the table instead of widening the page. */
    .scroll { position: relative; overflow-x: auto; background: ${token.bg}; }
    .scroll:focus-visible, button:focus-visible {
      outline: ${token['focus-width']} solid ${token.focus};
      outline-offset: 2px;
      }
    button:focus-visible { outline-offset: -1px; }
    table { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; }
    caption { text-align: left; padding: 0.5em 0.6em; caption-side: top; }
    caption .title { display: block; font-weight: 600; font-size: 1.05em; }
    caption .note { display: block; font-size: 0.85em; color: ${token.muted}; }
    th, td { padding: 0.35em 0.5em; border-bottom: 1px solid ${token.border}; vertical-align: top; }
    thead th { vertical-align: bottom; font-size: 0.85em; padding: 0; border-bottom: 2px solid ${token.fg}; }
    thead button {
      all: unset;
      box-sizing: border-box;
      display: flex;
      gap: 0.25em;
      align-items: flex-end;
      width: 100%;
      padding: 0.4em 0.5em;
      cursor: pointer;
      font-weight: 600;
    }
    thead .num button { justify-content: flex-end; text-align: right; }
    thead button > span:first-child { max-width: 8.5em; }
    .arrow { color: ${token.muted}; }
    [aria-sort] .arrow { color: ${token.accent}; }
    .num { text-align: right; }
    td.num { white-space: nowrap; }
    th.num, td.num { min-width: 4.5em; }
    .name-col { text-align: left; position: sticky; left: 0; background: ${token.bg}; z-index: 1; min-width: 9em; }
    tbody th { font-weight: 400; }
    .current { background: ${token.highlight}; }
    thead th.current { box-shadow: inset 0 -4px 0 ${token.accent}; }
    .select {
      all: unset;
      cursor: pointer;
      color: ${token.link};
      text-decoration: underline;
      text-underline-offset: 0.15em;
    }
    tbody tr { cursor: pointer; }
    tbody tr:hover { background: ${token.hover}; }
    tr.selected, tr.selected .name-col { background: ${token['selected-bg']}; }
    tr.selected .name-col { box-shadow: inset 4px 0 0 ${token.accent}; font-weight: 600; }
    tr.selected .select { font-weight: 700; }
    .printed-name { display: block; font-size: 0.85em; color: ${token.muted}; }
    .differs { white-space: normal; }
    .marker { font-weight: 700; color: ${token.warn}; margin-right: 0.15em; }
    .printed { display: inline-block; font-size: 0.85em; color: ${token.warn}; }
    tfoot tr { cursor: default; }
    tfoot th, tfoot td { font-weight: 600; border-top: 2px solid ${token.border}; }
    tfoot tr.printed-total th, tfoot tr.printed-total td { font-weight: 400; font-style: italic; border-top: 0; }
    .key { margin: 0.4em 0.6em; font-size: 0.85em; color: ${token.muted}; }
    ${srOnly}
  `;
}

declare global {
  interface HTMLElementTagNameMap {
    'commune-table': CommuneTable;
  }
}
