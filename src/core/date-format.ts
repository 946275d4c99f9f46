/** The one date formatter: vi "22/02/2022", en "22 February 2022", always as the date in Viet Nam (Asia/Ho_Chi_Minh). Pure. */
import type { Lang } from './lang';
import { localeOf, TIME_ZONE } from './locale';

const OPTIONS: Record<Lang, Intl.DateTimeFormatOptions> = {
  vi: { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: TIME_ZONE },
  en: { day: 'numeric', month: 'long', year: 'numeric', timeZone: TIME_ZONE },
};

const formats = new Map<Lang, Intl.DateTimeFormat>();

/** A calendar date ("2022-02-22"), an ISO instant or a Date as the day it is in Viet Nam: "22/02/2022" / "22 February 2022"; "–" when invalid. */
export function formatDate(date: string | Date, lang: Lang): string {
  const value = typeof date === 'string' ? new Date(date) : date;
  if (Number.isNaN(value.getTime())) return '–';
  let f = formats.get(lang);
  if (!f) formats.set(lang, (f = new Intl.DateTimeFormat(localeOf(lang), OPTIONS[lang])));
  return f.format(value);
}
