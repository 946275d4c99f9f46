/**
 * Identifiers of places: which map (vintage, province, district, level) and namespaced unit keys. Pure.
 *
 * URL form of a place (`place=` parameter): `2025-44` (a 2025 province), `2013-45` (a pre-2025 province),
 * `2013-45-468` (a pre-2025 district). The level (`level=` parameter) is `commune` (default) or `district`;
 * `district` only means something for a whole pre-2025 province (its districts dissolved) and is turned
 * into `commune` anywhere else. Anything else — wrong shape, unknown vintage, extra characters, overlong
 * text — parses to null, so a hostile URL can never reach a file name or a fetch.
 */

/** The two layers of units: communes since 1 July 2025, and the pre-2025 layer (units of about 2013). */
export type Vintage = '2013' | '2025';

/** Vintages, newest first. */
export const VINTAGES: readonly Vintage[] = ['2025', '2013'];

/** What the map's units are: communes (wards, towns…) or, for a pre-2025 province, its districts. */
export type Level = 'commune' | 'district';

/** A place the app can open: a province of a vintage, or a pre-2025 district, shown at a level. */
export interface PlaceRef {
  vintage: Vintage;
  /** 2-digit GSO province code of that vintage ("44" in 2025, "45" before). */
  province: string;
  /** 3-digit GSO district code (pre-2025 only). */
  district?: string;
  level: Level;
}

/** A unit key split into its vintage and code. */
export interface UnitKeyParts {
  vintage: Vintage;
  code: string;
}

/** Longest `place=` value accepted (a district is 11 characters). */
const MAX_PLACE_PARAM = 16;
/** Longest unit key accepted ("2013:" and a code). */
const MAX_UNIT_KEY = 24;

const PLACE_PATTERN = /^(2013|2025)-(\d{2})(?:-(\d{3}))?$/;

/** The province code of the whole country: `place=2025` is the national overview of the 2025 communes. */
export const NATIONAL = '00';
/** Unit codes: 5-digit GSO commune code, "w…" id of a pre-2025 unit without a code, "d" + district, "p" + province. */
const UNIT_CODE_PATTERN = /^(?:\d{5}|w[0-9a-z]{1,12}|d\d{3}|p\d{2})$/i;
const UNIT_KEY_PATTERN = /^(2013|2025):([0-9a-z]{3,13})$/i;

/** True when `value` is a vintage. */
export function isVintage(value: unknown): value is Vintage {
  return value === '2013' || value === '2025';
}

/** True when `code` is a 2-digit province code. */
export function isProvinceCode(code: unknown): code is string {
  return typeof code === 'string' && /^\d{2}$/.test(code);
}

/** True when `code` is a 3-digit district code. */
export function isDistrictCode(code: unknown): code is string {
  return typeof code === 'string' && /^\d{3}$/.test(code);
}

/** True when `code` is a unit code a key may hold (5-digit GSO, "w…", "d468", "p44"). */
export function isUnitCode(code: unknown): code is string {
  return typeof code === 'string' && UNIT_CODE_PATTERN.test(code);
}

/** The level a place is really shown at: `district` only for a whole pre-2025 province. */
function effectiveLevel(vintage: Vintage, district: string | undefined, level: Level): Level {
  return level === 'district' && vintage === '2013' && district === undefined ? 'district' : 'commune';
}

/** A place reference, with the level made consistent (see effectiveLevel); null for invalid codes. */
export function placeRef(vintage: Vintage, province: string, district?: string | null, level: Level = 'commune'): PlaceRef | null {
  if (!isVintage(vintage) || !isProvinceCode(province)) return null;
  if (district !== undefined && district !== null && (vintage !== '2013' || !isDistrictCode(district))) return null;
  const ref: PlaceRef = { vintage, province, level: effectiveLevel(vintage, district ?? undefined, level) };
  if (district) ref.district = district;
  return ref;
}

/**
 * Parse the `place=` (and `level=`) URL parameters; null for anything malformed. A missing or empty level
 * is `commune`; an unknown level is malformed; `district` on a place that has no districts is `commune`.
 */
export function parsePlaceParam(raw: string | null | undefined, level?: string | null): PlaceRef | null {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_PLACE_PARAM) return null;
  if (level !== undefined && level !== null && level !== '' && level !== 'commune' && level !== 'district') return null;
  if (raw === '2025') return (level ?? 'commune') === 'commune' || level === '' ? { vintage: '2025', province: NATIONAL, level: 'commune' } : null;
  const match = PLACE_PATTERN.exec(raw);
  if (!match) return null;
  const [, vintage, province, district] = match;
  return placeRef(vintage as Vintage, province!, district ?? null, level === 'district' ? 'district' : 'commune');
}

/** The `place=` value of a place: "2025-44", "2013-45", "2013-45-468". */
export function formatPlaceParam(ref: PlaceRef): string {
  if (ref.province === NATIONAL && ref.vintage === '2025') return ref.vintage;
  return [ref.vintage, ref.province, ...(ref.district ? [ref.district] : [])].join('-');
}

/** The `level=` value of a place, or null when it is the default (communes). */
export function formatLevelParam(ref: PlaceRef): Level | null {
  return ref.level === 'district' ? 'district' : null;
}

/** True when two references name the same place at the same level. */
export function samePlace(a: PlaceRef | null, b: PlaceRef | null): boolean {
  if (a === null || b === null) return a === b;
  return a.vintage === b.vintage && a.province === b.province && (a.district ?? null) === (b.district ?? null) && a.level === b.level;
}

/** Namespaced key of a unit, unique across vintages: unitKey('2025', '19603') → "2025:19603". */
export function unitKey(vintage: Vintage, code: string): string {
  if (!isVintage(vintage) || !isUnitCode(code)) throw new Error(`not a unit code of a vintage: ${String(vintage)} ${String(code)}`);
  return `${vintage}:${code}`;
}

/** The vintage and code of a unit key ("2025:19603"), or null when it is not one. */
export function parseUnitKey(key: string | null | undefined): UnitKeyParts | null {
  if (typeof key !== 'string' || key.length > MAX_UNIT_KEY) return null;
  const match = UNIT_KEY_PATTERN.exec(key);
  if (!match || !isUnitCode(match[2])) return null;
  return { vintage: match[1] as Vintage, code: match[2]! };
}
