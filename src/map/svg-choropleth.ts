/**
 * Bản đồ SVG / The SVG drawing of the choropleth: neighbours, commune fills (the map model's, so the choropleth's),
 * borders, district outline, highlighted / hovered / selected / focused outlines and the commune labels.
 */
import { svg, nothing, type TemplateResult } from 'lit';
import type { MapModel } from './map-model';
import { MAP_COLORS } from './map-colors';
import { anchorPlacement, type SvgGeometry } from './svg-geometry';

/** Which communes carry an outline beyond their fill. */
export interface SvgMarks {
  hover: string | null;
  focus: string | null;
}

const outlineOf = (geometry: SvgGeometry, code: string | null) => (code === null ? undefined : geometry.communes.find((c) => c.code === code)?.d);

/** One outline drawn on top of the fills, or nothing when the commune is not on the map. */
function mark(d: string | undefined, kind: string, color: string, width: number) {
  return d ? svg`<path class=${`mark ${kind}`} d=${d} fill="none" stroke=${color} stroke-width=${width} stroke-linejoin="round"></path>` : nothing;
}

/** The `<svg>` of the map at the geometry's size. */
export function svgChoropleth(geometry: SvgGeometry, model: MapModel, marks: SvgMarks): TemplateResult {
  const { width, height } = geometry;
  const selected = outlineOf(geometry, model.selected);
  return svg`<svg class="choropleth" viewBox="0 0 ${width} ${height}" width=${width} height=${height} aria-hidden="true">
    <path class="neighbours" d=${geometry.neighbours} fill=${MAP_COLORS.neighbourFill} fill-opacity="0.8" stroke=${MAP_COLORS.neighbourLine} stroke-width="0.8"></path>
    <g class="communes">
      ${geometry.communes.map(
        (c) => svg`<path class="commune" data-gso=${c.code} d=${c.d} fill=${model.fills[c.code] ?? 'none'} stroke=${MAP_COLORS.border} stroke-width="0.8" stroke-linejoin="round"></path>`,
      )}
    </g>
    <path class="outline" d=${geometry.outline} fill="none" stroke=${MAP_COLORS.outline} stroke-width="1.4" stroke-linejoin="round"></path>
    <g class="marks">
      ${model.highlighted.map((code) => svg`<path class="mark highlighted" d=${outlineOf(geometry, code) ?? ''} fill="none" stroke=${MAP_COLORS.highlight} stroke-width="2.5" stroke-dasharray="5 3"></path>`)}
      ${marks.hover !== model.selected ? mark(outlineOf(geometry, marks.hover), 'hover', MAP_COLORS.hover, 2) : nothing}
      ${mark(selected, 'selected-casing', '#ffffff', 6)}
      ${mark(selected, 'selected', MAP_COLORS.selected, 3)}
      ${mark(outlineOf(geometry, marks.focus), 'focus', MAP_COLORS.focus, 3)}
    </g>
    <g class="labels">
      ${geometry.communes.map(({ code }) => {
        const label = geometry.labels[code];
        const text = model.labels[code];
        if (!label || !text) return nothing;
        const { textAnchor, dx, dy } = anchorPlacement(label.anchor);
        return svg`<text class="label" data-gso=${code} x=${label.x.toFixed(1)} y=${label.y.toFixed(1)} dx="${dx.toFixed(2)}em" dy="${dy.toFixed(2)}em" text-anchor=${textAnchor}>${text}</text>`;
      })}
    </g>
  </svg>`;
}
