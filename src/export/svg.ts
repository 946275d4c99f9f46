/**
 * The map as a stand-alone SVG slide: commune polygons in Web Mercator filled with their class colours,
 * white borders, the neighbouring districts, the district outline, commune labels, title, legend and
 * source — the same layout as the PNG export (slideLayout), as vector graphics. Pure.
 */
import { flatbushIndex } from '../map/label-index';
import type { Dataset } from '../data/dataset';
import type { MapContext } from '../data/default-dataset';
import type { Lang } from '../data/types';
import { tr } from '../core/format';
import { EXPORT_TEXT } from '../core/strings/export';
import type { Choropleth } from '../classify/choropleth';
import { communeLabel, communeLabelPoints, labelAnchorOrder, type TextAnchor } from '../map/labels';
import { clippedLabelPoints } from '../map/context-labels';
import { MAP_COLORS } from '../map/style';
import { fitMercator, pathData } from './projection';
import { estimateWidth, slideLayout, SLIDE_COLORS, SLIDE_SIZE, fitText, type TextBlock } from './slide-layout';
import type { SlideTexts } from './slide-texts';

/** Options of an SVG export. */
export interface SvgOptions {
  texts: SlideTexts;
  lang: Lang;
  /** Size in CSS pixels (default 1280 × 720). */
  width?: number;
  height?: number;
}

/** Font stack of the SVG text: the app's font when installed, else common sans-serif fonts with Vietnamese glyphs. */
export const SVG_FONT = "'Be Vietnam Pro', 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif";

/** Escape a text for XML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

const num = (v: number) => String(Math.round(v * 10) / 10);

/** Attributes of secondary texts (unit, counts, notes, plan line, source, date). */
const MUTED = ` fill="${SLIDE_COLORS.muted}"`;

/** A <text> of a block's paragraphs (wrapped with estimated widths), one <tspan> per line. */
function textBlock(block: TextBlock, text: string | readonly string[], attrs = ''): string {
  const { size, lines } = fitText(typeof text === 'string' ? [text] : text, block, estimateWidth);
  if (lines.length === 0) return '';
  const x = block.align === 'right' ? block.x + block.width : block.x;
  const anchor = block.align === 'right' ? ' text-anchor="end"' : '';
  const spans = lines.map((line, i) => `<tspan x="${num(x)}" dy="${i === 0 ? 0 : num(block.lineHeight)}">${escapeXml(line)}</tspan>`).join('');
  return `<text x="${num(x)}" y="${num(block.y)}" font-size="${num(size)}" font-weight="${block.weight}"${anchor}${attrs}>${spans}</text>`;
}

/** A label placed like MapLibre's first text anchor: 'left' puts the text east of the point, 'top' below it, and so on. */
function labelText(x: number, y: number, anchor: TextAnchor, size: number, content: string): string {
  const east = anchor.includes('left') ? 1 : anchor.includes('right') ? -1 : 0;
  const south = anchor.startsWith('top') ? 1 : anchor.startsWith('bottom') ? -1 : 0;
  const offset = (east !== 0 && south !== 0 ? Math.SQRT1_2 : 1) * 0.35 * size;
  const tx = x + east * offset;
  const ty = y + 0.35 * size + (south > 0 ? offset + 0.45 * size : south < 0 ? -offset - 0.45 * size : 0);
  const textAnchor = east > 0 ? 'start' : east < 0 ? 'end' : 'middle';
  return `<text x="${num(tx)}" y="${num(ty)}" text-anchor="${textAnchor}">${content}</text>`;
}

/** The SVG document of a choropleth with its context layers and texts. */
export function buildSvg(dataset: Dataset, choropleth: Choropleth, context: MapContext, options: SvgOptions): string {
  const { texts, lang } = options;
  const width = options.width ?? SLIDE_SIZE.width;
  const height = options.height ?? SLIDE_SIZE.height;
  const layout = slideLayout(width, height, texts.legend.rows.length);
  const { map, legend } = layout;
  const u = layout.unit;
  const frame = context.outline.features.length ? context.outline : { type: 'FeatureCollection' as const, features: dataset.communes };
  const project = fitMercator(frame, map, Math.round(16 * u));
  const [west, north] = project.invert(map.x, map.y);
  const [east, south] = project.invert(map.x + map.width, map.y + map.height);

  const neighbours = context.neighbours.features.map((f) => `<path d="${pathData(f.geometry, project)}"/>`).join('');
  const neighbourLabels = clippedLabelPoints(context.neighbours, [west, south, east, north])
    .map((f) => {
      const [x, y] = project(f.geometry.coordinates[0]!, f.geometry.coordinates[1]!);
      return `<text x="${num(x)}" y="${num(y)}">${escapeXml(String(f.properties['name'] ?? ''))}</text>`;
    })
    .join('');
  const communes = dataset.communes
    .map((f) => {
      const code = f.properties.gso_code;
      const fill = choropleth.fills[code] ?? choropleth.noDataColor;
      return `<path data-gso="${escapeXml(code)}" fill="${escapeXml(fill)}" d="${pathData(f.geometry, project)}"><title>${escapeXml(f.properties.full_name)}</title></path>`;
    })
    .join('');
  const outline = context.outline.features.map((f) => `<path d="${pathData(f.geometry, project)}"/>`).join('');
  const props = new Map(dataset.communes.map((f) => [f.properties.gso_code, f.properties]));
  const points = communeLabelPoints(dataset.communes, context.labelPoints);
  const anchors = labelAnchorOrder(points.map((p) => ({ id: p.properties.gso_code, lng: p.geometry.coordinates[0]!, lat: p.geometry.coordinates[1]! })), flatbushIndex);
  const labelSize = 13 * u;
  const labels = points
    .map((p) => {
      const [x, y] = project(p.geometry.coordinates[0]!, p.geometry.coordinates[1]!);
      const text = communeLabel(props.get(p.properties.gso_code)!, lang);
      return labelText(x, y, anchors[p.properties.gso_code]?.[0] ?? 'center', labelSize, escapeXml(text));
    })
    .join('');
  const rows = texts.legend.rows
    .map((row, i) => {
      const l = legend.rows[i]!;
      const s = l.swatch;
      return `<g class="legend-row"><rect x="${num(s.x)}" y="${num(s.y)}" width="${num(s.width)}" height="${num(s.height)}" fill="${escapeXml(row.color)}" stroke="rgba(0,0,0,0.25)" stroke-width="${num(u)}"/>${textBlock(l.range, row.range)}${textBlock(l.count, row.count, MUTED)}</g>`;
    })
    .join('');
  const notes = textBlock(legend.notes, texts.legend.notes, MUTED);
  const description = tr(EXPORT_TEXT.mapDescription, lang, { metric: texts.legend.title.toLowerCase() });

  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="svg-title svg-desc" font-family="${escapeXml(SVG_FONT)}" fill="${SLIDE_COLORS.text}">`,
    `<title id="svg-title">${escapeXml(texts.title)}</title>`,
    `<desc id="svg-desc">${escapeXml(`${description} ${texts.subtitle}. ${texts.source}`)}</desc>`,
    `<defs><clipPath id="map-clip"><rect x="${map.x}" y="${map.y}" width="${map.width}" height="${map.height}"/></clipPath></defs>`,
    `<rect width="${width}" height="${height}" fill="${SLIDE_COLORS.paper}"/>`,
    textBlock(layout.title, texts.title),
    textBlock(layout.subtitle, texts.subtitle, MUTED),
    `<rect x="${layout.rule.x}" y="${layout.rule.y}" width="${layout.rule.width}" height="${layout.rule.height}" fill="${SLIDE_COLORS.rule}"/>`,
    `<g clip-path="url(#map-clip)">`,
    `<rect x="${map.x}" y="${map.y}" width="${map.width}" height="${map.height}" fill="${MAP_COLORS.paper}"/>`,
    `<g class="neighbours" fill="${MAP_COLORS.neighbourFill}" stroke="${MAP_COLORS.neighbourLine}" stroke-width="${num(0.8 * u)}">${neighbours}</g>`,
    `<g class="neighbour-labels" font-size="${num(12 * u)}" fill="${MAP_COLORS.neighbourText}" text-anchor="middle" letter-spacing="0.04em">${neighbourLabels}</g>`,
    `<g class="communes" stroke="${MAP_COLORS.border}" stroke-width="${num(1.2 * u)}" stroke-linejoin="round" fill-rule="evenodd">${communes}</g>`,
    `<g class="district-outline" fill="none" stroke="${MAP_COLORS.outline}" stroke-width="${num(2 * u)}" stroke-linejoin="round">${outline}</g>`,
    `<g class="commune-labels" font-size="${num(labelSize)}" font-weight="600" stroke="${MAP_COLORS.border}" stroke-width="${num(3 * u)}" stroke-linejoin="round" paint-order="stroke">${labels}</g>`,
    `</g>`,
    `<rect x="${map.x}" y="${map.y}" width="${map.width}" height="${map.height}" fill="none" stroke="${SLIDE_COLORS.rule}" stroke-width="${num(u)}"/>`,
    `<g class="legend">${textBlock(legend.title, texts.legend.title)}${textBlock(legend.unit, texts.legend.unit, MUTED)}${rows}${notes}</g>`,
    textBlock(layout.source, texts.source, MUTED),
    textBlock(layout.date, texts.date, MUTED),
    '</svg>',
    '',
  ].join('\n');
}
