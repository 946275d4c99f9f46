/** The app's locales and time zone: vi-VN and en-GB, dates read in Viet Nam's time zone. Pure. */
import type { Lang } from './lang';

/** Intl locale of each language. */
export const LOCALES: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB' };

/** Time zone every date is shown in, whatever the viewer's own zone. */
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** The Intl locale of a language. */
export function localeOf(lang: Lang): string {
  return LOCALES[lang];
}

/** A language read from a `lang` attribute value ("en", "en-GB", "vi-VN" …); null when it names neither. */
export function langOf(value: string | null | undefined): Lang | null {
  const primary = (value ?? '').trim().toLowerCase().split('-')[0];
  return primary === 'vi' || primary === 'en' ? primary : null;
}
