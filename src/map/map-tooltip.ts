/** The tooltip of `<poverty-map>`: a commune's name, value, ratio and class, placed beside the pointer inside the map. */
import { html, nothing, type TemplateResult } from 'lit';
import type { MapModel } from './map-model';

/** Where the tooltip points (container pixels) and which commune it describes. */
export interface TipAnchor {
  code: string;
  x: number;
  y: number;
}

/** The tooltip of `tip` from `model`, kept inside a map of `width` × `height` pixels; nothing when there is none. */
export function renderTooltip(tip: TipAnchor | null, model: MapModel | null, width: number, height: number): TemplateResult | typeof nothing {
  const content = tip ? model?.tooltip(tip.code) : undefined;
  if (!tip || !content) return nothing;
  const color = model?.fills[tip.code] ?? 'transparent';
  const left = Math.max(4, Math.min(tip.x + 14, width - 244));
  const top = tip.y + 14 + 150 > height ? Math.max(4, tip.y - 150) : tip.y + 14;
  return html`<div class="tooltip" style="left:${left}px;top:${top}px" data-gso=${tip.code}>
    <strong class="title">${content.title}</strong>
    <span class="metric">${content.metric}</span>
    <span class="value">${content.value}</span>
    ${content.ratio ? html`<span class="ratio">${content.ratio}</span>` : nothing}
    <span class="class"><i class="swatch" style="background:${color}"></i>${content.className}</span>
  </div>`;
}
