/** The app's languages and bilingual text. Pure. */

/** The app's languages; Vietnamese is the default. */
export type Lang = 'vi' | 'en';

/** A text in both of the app's languages. */
export interface Bilingual {
  vi: string;
  en: string;
}
