/** The file name of a blank figures template. Pure. */

/** "mau-so-lieu-<place>.csv": only ASCII letters, digits and dashes from `name` (diacritics dropped). */
export function templateFileName(name: string, extension: 'csv' | 'xlsx'): string {
  const slug = name.normalize('NFD').replace(/\p{M}+/gu, '').replace(/đ/gi, 'd').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
  return `mau-so-lieu${slug ? `-${slug}` : ''}.${extension}`;
}
