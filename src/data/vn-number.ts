/**
 * Vietnamese-aware number parsing for figures as they are printed in plans and typed into spreadsheets.
 *
 * Vietnamese writes `14.905` for fourteen thousand nine hundred and five and `0,72` for seventy-two
 * hundredths, but many documents (this plan's table among them) print rates with a decimal dot (`3.94`).
 * A lone separator is therefore ambiguous; the column's kind decides:
 * - `count` (households): must be a whole number, so any separator followed by exact groups of three
 *   digits is a thousands separator (`2.693`, `14 905`, `1,087` all mean whole households);
 *   `3.94` or `0,5` in a count column is an error, never silently read as 394 or 5.
 * - `rate` (percent): a single `.` or `,` is the decimal mark (`3.94`, `0,72`); when both appear the
 *   last one is the decimal mark and the other must group thousands (`1.234,5`, `1,234.5`).
 * A trailing `%` is allowed in rate cells. Blank cells (also `-` or `–` alone) are `null`.
 */

/** What kind of figure a cell holds. */
export type NumberKind = 'count' | 'rate';

/** Why a cell could not be read as a number. */
export type NumberErrorCode = 'not-a-number' | 'not-an-integer' | 'negative';

/** Result of parsing one cell. */
export type NumberParse =
  | { ok: true; value: number | null }
  | { ok: false; code: NumberErrorCode; message: string };

const SPACES = /[\s\u00a0\u202f\u2007]+/g;
const BLANKS = new Set(['', '-', '–', '—']);
/** Digits only, few enough to be an exact number. */
const PLAIN_WHOLE = /^\d{1,15}$/;
/** Digits, one decimal dot, digits: a rate as JavaScript writes it. */
const PLAIN_DECIMAL = /^\d{1,15}\.\d{1,15}$/;

function fail(code: NumberErrorCode, message: string): NumberParse {
  return { ok: false, code, message };
}

/** True when `parts` is a valid thousands grouping: 1–3 leading digits (not starting with 0), then groups of exactly 3. */
function isGrouping(parts: string[]): boolean {
  const [head, ...rest] = parts;
  return head !== undefined && /^[1-9]\d{0,2}$/.test(head) && rest.length > 0 && rest.every((p) => /^\d{3}$/.test(p));
}

/** Remove thousands-grouping spaces (`14 905`, `1 234,5`); null when the spaces do not group thousands. */
function joinSpaceGroups(body: string): string | null {
  if (!body.includes(' ')) return body;
  const parts = body.split(' ');
  const last = parts[parts.length - 1] ?? '';
  const lastInteger = last.split(/[.,]/)[0] ?? '';
  return isGrouping([...parts.slice(0, -1), lastInteger]) ? parts.join('') : null;
}

/** Turn an unsigned numeric text into canonical `digits[.digits]` form, or null when it is not one. */
function canonical(body: string, kind: NumberKind): { text: string; fractional: boolean } | null {
  const compact = joinSpaceGroups(body);
  if (compact === null || !/^[\d.,]+$/.test(compact) || !/\d/.test(compact)) return null;
  const dots = compact.split('.').length - 1;
  const commas = compact.split(',').length - 1;
  if (dots === 0 && commas === 0) return { text: compact, fractional: false };
  if (dots > 0 && commas > 0) {
    const decimalMark = compact.lastIndexOf('.') > compact.lastIndexOf(',') ? '.' : ',';
    const groupMark = decimalMark === '.' ? ',' : '.';
    const [intPart, fracPart, ...extra] = compact.split(decimalMark);
    if (extra.length > 0 || intPart === undefined || fracPart === undefined || !/^\d+$/.test(fracPart)) return null;
    if (!isGrouping(intPart.split(groupMark))) return null;
    return { text: `${intPart.split(groupMark).join('')}.${fracPart}`, fractional: true };
  }
  const parts = compact.split(dots > 0 ? '.' : ',');
  const single = parts.length === 2;
  if (kind === 'count' || !single) {
    if (isGrouping(parts)) return { text: parts.join(''), fractional: false };
    if (!single) return null;
  }
  const [intPart, fracPart] = parts;
  if (!intPart || !fracPart || !/^\d+$/.test(intPart) || !/^\d+$/.test(fracPart)) return null;
  return { text: `${intPart}.${fracPart}`, fractional: true };
}

/** Parse one printed figure (`"2.693"`, `"0,72"`, `"3.94"`, `"14 905"`, `"3,04%"`) of the given kind. */
export function parseVietnameseNumber(text: string, kind: NumberKind): NumberParse {
  // The common cells, read the same way below: a plain whole number, or a rate with one decimal dot.
  if (PLAIN_WHOLE.test(text) || (kind === 'rate' && PLAIN_DECIMAL.test(text))) return { ok: true, value: Number(text) };
  let body = text.normalize('NFC').replace(SPACES, ' ').trim();
  if (BLANKS.has(body)) return { ok: true, value: null };
  if (kind === 'rate' && body.endsWith('%')) body = body.slice(0, -1).trim();
  let negative = false;
  const sign = body[0];
  if (sign === '-' || sign === '−' || sign === '+') {
    negative = sign !== '+';
    body = body.slice(1).trim();
  }
  const parsed = canonical(body, kind);
  if (parsed === null) {
    const what = kind === 'count' ? 'a whole number of households' : 'a percentage';
    return fail('not-a-number', `"${text}" is not ${what}`);
  }
  const value = Number(parsed.text);
  if (!Number.isFinite(value) || value > Number.MAX_SAFE_INTEGER) return fail('not-a-number', `"${text}" is too large to be a figure`);
  if (kind === 'count' && parsed.fractional && !/^\d+\.0+$/.test(parsed.text)) {
    return fail(
      'not-an-integer',
      `"${text}" is not a whole number of households (in a count column "." or "," may only separate thousands, as in 2.693)`,
    );
  }
  if (negative && value !== 0) return fail('negative', `"${text}" is negative; figures in the plan table cannot be`);
  return { ok: true, value };
}
