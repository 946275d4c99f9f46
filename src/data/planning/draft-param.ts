/**
 * The compact URL form of a draft: `draft=19600:15,19603:4` (GSO code : target households, comma-separated,
 * sorted by code when written). Pure.
 *
 * Reading is strict: anything that is not exactly that shape — a code that is not 5 digits or not a unit of
 * the dataset, a target with a sign, decimals, leading zeros or more than 6 digits, a code given twice, more
 * entries than units, text longer than MAX_DRAFT_PARAM_CHARS — gives no draft and a bilingual reason, so a
 * hostile link can never reach the data. Whether each target fits its unit (≤ poor households) is the job
 * of checkDraft, not of the URL reader. The value is the decoded parameter (URLSearchParams.get), so the
 * `:` and `,` may arrive percent-encoded in the address bar.
 */
import type { Bilingual } from '../types';
import type { TargetDraft } from './draft-cells';

/** The URL parameter's name. */
export const DRAFT_PARAM = 'draft';

/** Longest parameter value read (a province of ~1 000 communes fits: 12 characters an entry). */
export const MAX_DRAFT_PARAM_CHARS = 12_000;

const ENTRY = /^(\d{5}):(0|[1-9]\d{0,5})$/;

/** Outcome of reading the parameter: a draft, or null and why. */
export type DraftParamResult = { draft: TargetDraft; reason: null } | { draft: null; reason: Bilingual };

function fail(vi: string, en: string): DraftParamResult {
  return { draft: null, reason: { vi: `Bỏ qua tham số “draft” của đường dẫn: ${vi}.`, en: `The link's “draft” parameter is ignored: ${en}.` } };
}

/** Quote a piece of hostile input for a message: at most 24 characters, control characters dropped. */
function quote(text: string): string {
  const clean = text.replace(/\p{Cc}/gu, '');
  return `“${clean.length > 24 ? `${clean.slice(0, 24)}…` : clean}”`;
}

/** Read `draft=` strictly against the dataset's GSO codes (empty text = empty draft). */
export function parseDraftParam(raw: string, knownCodes: ReadonlySet<string>): DraftParamResult {
  if (raw.length > MAX_DRAFT_PARAM_CHARS) {
    return fail(`dài ${raw.length} ký tự, tối đa ${MAX_DRAFT_PARAM_CHARS}`, `it is ${raw.length} characters long, at most ${MAX_DRAFT_PARAM_CHARS}`);
  }
  if (raw === '') return { draft: new Map(), reason: null };
  const entries = raw.split(',');
  if (entries.length > knownCodes.size) {
    return fail(`có ${entries.length} chỉ tiêu nhưng chỉ có ${knownCodes.size} đơn vị`, `it has ${entries.length} targets but there are only ${knownCodes.size} units`);
  }
  const draft = new Map<string, number>();
  for (const entry of entries) {
    const match = ENTRY.exec(entry);
    if (!match) {
      return fail(`${quote(entry)} không có dạng mã xã:số hộ (ví dụ 19600:15)`, `${quote(entry)} is not of the form code:households (e.g. 19600:15)`);
    }
    const code = match[1]!;
    if (!knownCodes.has(code)) return fail(`không có đơn vị nào mã ${code}`, `no unit has the code ${code}`);
    if (draft.has(code)) return fail(`mã ${code} xuất hiện hai lần`, `the code ${code} appears twice`);
    draft.set(code, Number(match[2]));
  }
  return { draft, reason: null };
}

/** Write a draft as the parameter's value, sorted by code ("" for the empty draft). */
export function formatDraftParam(draft: TargetDraft): string {
  return [...draft]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([code, target]) => `${code}:${target}`)
    .join(',');
}
