/**
 * Keys for matching a table's unit names and codes to official units: diacritics, case, type prefixes
 * ("Xã", "TT", "P.") and spelling variants (y/i as in Quý/Quí, leading zeros in "Phường 01", punctuation
 * and spacing) ignored, and codes compared without the leading zeros a spreadsheet drops. Pure.
 */
import { cleanName, exactNameKey, foldedNameKey, foldDiacritics, stripFoldedPrefix } from '../core/name-keys';
import { variantOfFolded } from './spelling-variant';

/** A unit a row can be matched to: its code (GSO code, "w…" id, or 3-digit district code), bare name, full name and type. */
export interface PlaceUnit {
  code: string;
  name: string;
  fullName: string;
  type: string | null;
}

/** What matching needs of a table row: its 1-based row, name as printed and code as printed (if any). */
export interface TableUnitRow {
  row: number;
  name: string;
  code: string | null;
}

/** Same as exactNameKey: diacritics kept, case and type prefix ignored ("TT Cam Lộ" → "cam lộ"). */
export function exactKey(name: string): string {
  return exactNameKey(name);
}

/** Diacritics, case and type prefix ignored ("Xã Cam Tuyên" → "cam tuyen"). */
export function foldedKey(name: string): string {
  return foldedNameKey(name);
}

/** Also spelling variants: y written i (Quý/Quí, Kỳ/Kì), leading zeros, punctuation and spaces ("P. 01" → "1"). */
export function variantKey(name: string): string {
  return variantOfFolded(foldedKey(name));
}

/**
 * The folded text of each name that has no type prefix to leave out (none of the folded forms core knows begins it,
 * and it holds no stray combining mark), which is then its folded key; undefined for the others, to be keyed alone.
 */
function plainFolds(names: readonly string[]): (string | undefined)[] {
  return names.map((name) => {
    const text = foldDiacritics(name);
    return stripFoldedPrefix(text) === text && !/\p{M}/u.test(name) ? text : undefined;
  });
}

/** The variant keys of many names, the same as `names.map(variantKey)`, the plain ones folded once (see plainFolds). */
export function variantKeys(names: readonly string[]): string[] {
  return plainFolds(names).map((folded, i) => (folded === undefined ? variantKey(names[i]!) : variantOfFolded(folded)));
}

/** The keys of a name, strictest first, and its syllables, each worked out once and only when asked for. */
export interface NameKeys {
  exact(): string;
  folded(): string;
  variant(): string;
  /** The folded syllables (see syllables). */
  syllables(): string[];
}

/**
 * The keys of a name, each made on first use: the folded key from the exact one, the variant and syllables from
 * the folded one; or, for a name folded first and found without a type prefix (see plainFolds), the exact
 * key is the name cleaned and lower-cased and the folded key is given.
 */
class LazyKeys implements NameKeys {
  #exact: string | undefined;
  #folded: string | undefined;
  #variant: string | undefined;
  #syllables: string[] | undefined;
  readonly #plain: boolean;

  constructor(readonly name: string, folded?: string) {
    this.#folded = folded;
    this.#plain = folded !== undefined;
  }

  exact(): string {
    return (this.#exact ??= this.#plain ? cleanName(this.name).toLowerCase() : exactKey(this.name));
  }

  folded(): string {
    return (this.#folded ??= foldDiacritics(this.exact()));
  }

  variant(): string {
    return (this.#variant ??= variantOfFolded(this.folded()));
  }

  syllables(): string[] {
    return (this.#syllables ??= syllablesOfFolded(this.folded()));
  }
}

/** The keys of a name (see NameKeys). */
export function keysOf(name: string): NameKeys {
  return new LazyKeys(name);
}

/** The keys of many names, the same as `names.map(keysOf)`, the plain ones folded once (see plainFolds). */
export function keysOfAll(names: readonly string[]): NameKeys[] {
  return plainFolds(names).map((folded, i) => new LazyKeys(names[i]!, folded));
}

const keysOfRow = new WeakMap<TableUnitRow, NameKeys>();

/** Make the keys of many table rows at once (see keysOfAll), for rowKeys to give. */
export function prepareRowKeys(rows: readonly TableUnitRow[]): void {
  const keys = keysOfAll(rows.map((r) => r.name));
  rows.forEach((row, i) => keysOfRow.set(row, keys[i]!));
}

/** The keys of a table row's name, made once per row object (place finding and the matchings of one table share them). */
export function rowKeys(row: TableUnitRow): NameKeys {
  let keys = keysOfRow.get(row);
  if (!keys) keysOfRow.set(row, (keys = keysOf(row.name)));
  return keys;
}

/** A code compared without leading zeros ("01597" and "1597" are the same); null for codes a table cannot print ("w…"). */
export function codeKey(code: string): string | null {
  const digits = code.trim();
  const n = digits.length;
  if (n === 0 || n > 5) return null;
  let zeros = 0;
  for (let i = 0; i < n; i++) {
    const c = digits.charCodeAt(i);
    if (c < 48 || c > 57) return null;
    if (c === 48 && zeros === i && i < n - 1) zeros++;
  }
  return zeros === 0 ? digits : digits.slice(zeros);
}

function syllablesOfFolded(folded: string): string[] {
  return folded.split(/[^a-z0-9]+/).filter((s) => s !== '');
}

/** The syllables of a name, folded, without its type prefix ("Xã Cam Thanh" → ["cam", "thanh"]). */
export function syllables(name: string): string[] {
  return syllablesOfFolded(foldedKey(name));
}

/** Unit types a printed prefix allows ("TT" → Thị trấn), or null when the name has no prefix. */
export function prefixTypes(name: string): string[] | null {
  const folded = foldDiacritics(name);
  if (/^(tt\.?|thi tran)\s/.test(folded)) return ['Thị trấn'];
  if (/^(p\.|phuong)\s?/.test(folded) && /^(p\.|phường)/i.test(name.trim())) return ['Phường'];
  if (/^(x\.|xa)\s/.test(folded) && /^(x\.|xã)/i.test(name.trim())) return ['Xã'];
  if (/^(huyen)\s/.test(folded)) return ['Huyện'];
  if (/^(q\.|quan)\s/.test(folded) && /^(q\.|quận)/i.test(name.trim())) return ['Quận'];
  if (/^(tx\.?|thi xa)\s/.test(folded)) return ['Thị xã'];
  if (/^(tp\.?|thanh pho)\s/.test(folded)) return ['Thành phố'];
  return null;
}

/** How strictly a name is compared: as printed (case and prefix aside), without diacritics, or also spelling variants. */
export type NameTier = 'exact' | 'folded' | 'variant';

/** The units of a place prepared once for matching many rows: by code, by name key of each tier, by syllable. */
export interface UnitIndex {
  units: readonly PlaceUnit[];
  /** Units of a code key (see codeKey), in the units' order. */
  byCode(code: string): readonly PlaceUnit[];
  /** Units whose name or full name has `key` at `tier`, in the units' order. */
  byName(tier: NameTier, key: string): readonly PlaceUnit[];
  /** The syllables of the name of the unit at `position` (see syllables). */
  syllablesAt(position: number): readonly string[];
  /** Number of different syllables in the name of the unit at `position`. */
  distinctAt(position: number): number;
  /** Positions of the units whose name has the syllable, ascending, each once. */
  withSyllable(syllable: string): readonly number[];
}

/** Add `value` to the list of `key`, unless it was the last one added (a unit's name and full name often share a key). */
function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (list[list.length - 1] !== value) list.push(value);
}

const indexes = new WeakMap<readonly PlaceUnit[], UnitIndex>();

/** The index of a list of units (see UnitIndex), made once per list (matching again with the person's fixes reuses it); each part is built on first use. */
export function indexUnits(units: readonly PlaceUnit[]): UnitIndex {
  let index = indexes.get(units);
  if (!index) indexes.set(units, (index = newIndex(units)));
  return index;
}

function newIndex(units: readonly PlaceUnit[]): UnitIndex {
  let codes: Map<string, PlaceUnit[]> | null = null;
  const names = new Map<NameTier, Map<string, PlaceUnit[]>>();
  let bySyllable: Map<string, number[]> | null = null;
  let unitSyllables: string[][] = [];
  let distinct: number[] = [];
  let keys: (readonly [NameKeys, NameKeys])[] | null = null;
  const keysAt = () => (keys ??= units.map((u) => [keysOf(u.name), keysOf(u.fullName)] as const));
  const syllableIndex = (): Map<string, number[]> => {
    if (bySyllable) return bySyllable;
    bySyllable = new Map();
    unitSyllables = keysAt().map(([name]) => name.syllables());
    distinct = unitSyllables.map((list) => new Set(list).size);
    unitSyllables.forEach((list, position) => list.forEach((s) => push(bySyllable!, s, position)));
    return bySyllable;
  };
  return {
    units,
    byCode(code) {
      if (!codes) {
        codes = new Map();
        for (const u of units) {
          const key = codeKey(u.code);
          if (key) codes.set(key, [...(codes.get(key) ?? []), u]);
        }
      }
      return codes.get(code) ?? [];
    },
    byName(tier, key) {
      let map = names.get(tier);
      if (!map) {
        map = new Map();
        const all = keysAt();
        units.forEach((u, i) => all[i]!.forEach((k) => push(map!, k[tier](), u)));
        names.set(tier, map);
      }
      return map.get(key) ?? [];
    },
    syllablesAt(position) {
      syllableIndex();
      return unitSyllables[position] ?? [];
    },
    distinctAt(position) {
      syllableIndex();
      return distinct[position] ?? 0;
    },
    withSyllable: (syllable) => syllableIndex().get(syllable) ?? [],
  };
}
