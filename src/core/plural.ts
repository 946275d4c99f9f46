/** Counted nouns: "1 commune", "3 communes", "3 xã", chosen by Intl.PluralRules. Pure. */
import type { Lang } from './lang';
import { localeOf } from './locale';

/** A counted noun: `{count}` stands for the formatted count; English has a singular and a plural form. */
export interface Counted {
  vi: string;
  en: { one: string; other: string };
}

/** Declare a counted noun (keeps its literal type). */
/* @__NO_SIDE_EFFECTS__ */
export function defineCounted<const T extends Counted>(noun: T): T {
  return noun;
}

const rules = new Map<Lang, Intl.PluralRules>();

/** The plural category of `count` in a language ('one' or 'other' for vi/en). */
export function pluralCategory(count: number, lang: Lang): Intl.LDMLPluralRule {
  let r = rules.get(lang);
  if (!r) rules.set(lang, (r = new Intl.PluralRules(localeOf(lang))));
  return r.select(count);
}

/** The form of a counted noun for `count`, with `{count}` still in it. */
export function pluralForm(noun: Counted, count: number, lang: Lang): string {
  if (lang === 'vi') return noun.vi;
  return pluralCategory(count, lang) === 'one' ? noun.en.one : noun.en.other;
}
