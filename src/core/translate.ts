/**
 * Typed UI strings: `defineStrings` keeps each text's literal type so `tr` knows its `{name}`
 * placeholders at compile time (a missing or misspelt parameter is a type error). Pure.
 */
import type { Bilingual, Lang } from './lang';

/** Names of the `{name}` placeholders in a string literal type. */
export type Placeholders<S extends string> = S extends `${string}{${infer K}}${infer Rest}` ? K | Placeholders<Rest> : never;

/** Placeholder names of a bilingual text (both languages). */
export type ParamNames<T extends Bilingual> = Placeholders<T['vi']> | Placeholders<T['en']>;

/** A parameter value: text, or a number shown as is (format numbers first for the language). */
export type ParamValue = string | number;

/**
 * The parameters `tr` takes for a text: checked by name for declared strings, free for plain `Bilingual`
 * values; for a union of texts (a text picked by key at run time) the parameters of any one of them.
 */
export type TrParams<T extends Bilingual> = T extends Bilingual
  ? string extends T['vi'] | T['en']
    ? [params?: Record<string, ParamValue>]
    : [ParamNames<T>] extends [never]
      ? [params?: Record<string, never>]
      : [params: { [K in ParamNames<T>]: ParamValue }]
  : never;

/** Declare a group of UI strings, keeping their literal types for `tr`'s parameter check. */
/* @__NO_SIDE_EFFECTS__ */
export function defineStrings<const T extends Record<string, Bilingual>>(strings: T): T {
  return strings;
}

/** Pick a text in a language and fill its `{name}` placeholders from `params` (unknown names stay as written). */
export function tr<T extends Bilingual>(text: T, lang: Lang, ...[params]: TrParams<T>): string {
  const values: Record<string, ParamValue> = params ?? {};
  return text[lang].replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
