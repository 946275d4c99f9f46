/**
 * Khung nhúng / What embed.html itself needs of the embed protocol: the height message it posts to its parent page,
 * its frame id from the URL, its title. Pure. The snippets the explorer's dialog offers are in ./embed-snippets.
 */
import type { Bilingual, Lang } from '../data/types';
import { tr } from '../core/format';
import { EMBED } from '../core/strings/embed';
import { districtName, type DistrictName } from '../core/place-names';

/** `type` of the message an embedded map posts to its parent page with its document height. */
export const HEIGHT_MESSAGE_TYPE = 'ban-do-giam-ngheo:height';

/** The message an embedded map posts to its parent: its height in CSS pixels and the `id` of its URL. */
export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE_TYPE;
  height: number;
  id: string | null;
}

const ID_PATTERN = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;

/** The height message for a height and frame id. */
export function heightMessage(height: number, id: string | null): HeightMessage {
  return { type: HEIGHT_MESSAGE_TYPE, height: Math.ceil(height), id };
}

/** The `id` URL parameter of an embed when it is a safe frame id (letter first, then letters, digits, "-" or "_"), else null. */
export function embedIdFromSearch(search: string): string | null {
  const raw = new URLSearchParams(search.length > 4000 ? '' : search).get('id');
  return raw !== null && ID_PATTERN.test(raw) ? raw : null;
}

/** The map's title in one language: "Bản đồ giảm nghèo huyện Cam Lộ năm 2022". */
export function embedTitle(district: DistrictName, year: number, lang: Lang): string {
  return tr(EMBED.title, lang, { district: districtName(district, lang, 'inline'), year });
}

/** The title of the map of a place in one language: "Bản đồ giảm nghèo: Tỉnh Quảng Trị (từ 1/7/2025)". */
export function embedPlaceTitle(place: Bilingual, lang: Lang): string {
  return tr(EMBED.placeTitle, lang, { place: place[lang] });
}
