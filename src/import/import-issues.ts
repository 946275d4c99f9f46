/**
 * Problems met while loading a person's files, as one shape for the UI: located (file, sheet, row, column),
 * bilingual, saying what to do, capped so a broken file gives a handful of lines, not hundreds. Pure.
 */
import type { Bilingual, ParseIssue } from '../data/types';
import type { ReadIssue } from '../data/table-read/issues';

/** One problem, ready to show. */
export interface ImportIssue {
  file: string;
  sheet: string | null;
  row: number | null;
  column: string | null;
  severity: 'error' | 'warning';
  /** Location and problem in one sentence per language. */
  message: Bilingual;
}

/** Most problems listed for one file; the rest are counted in one last line. */
export const MAX_ISSUES_PER_FILE = 8;

const PARSE_PROBLEM: Partial<Record<ParseIssue['code'], Bilingual>> = {
  'invalid-json': { vi: 'không phải JSON hợp lệ; hãy lưu lại tệp từ ứng dụng đã tạo ra nó', en: 'not valid JSON; save the file again from the program that made it' },
  schema: { vi: 'không đúng cấu trúc mong đợi', en: 'not in the expected structure' },
  'empty-file': { vi: 'tệp trống', en: 'the file is empty' },
  'too-large': { vi: 'tệp quá lớn', en: 'the file is too large' },
  'duplicate-unit': { vi: 'một đơn vị xuất hiện hai lần', en: 'a unit appears twice' },
};

function where(issue: { file: string; sheet?: string | null; row: number | null; column: string | null }, vi: boolean): string {
  const parts = [vi ? `Tệp ${issue.file}` : `File ${issue.file}`];
  if (issue.sheet) parts.push(vi ? `trang “${issue.sheet}”` : `sheet “${issue.sheet}”`);
  if (issue.row !== null) parts.push(vi ? `dòng ${issue.row}` : `row ${issue.row}`);
  if (issue.column) parts.push(vi ? `mục ${issue.column}` : `field ${issue.column}`);
  return parts.join(', ');
}

/** A table-reading issue as an import issue (its message is already bilingual and located). */
export function fromReadIssue(issue: ReadIssue): ImportIssue {
  return { file: issue.file, sheet: issue.sheet, row: issue.row, column: issue.column, severity: issue.severity, message: issue.message };
}

/** A plan or boundary file's issue (English detail) as a bilingual import issue. */
export function fromParseIssue(issue: ParseIssue, kind: 'plan' | 'boundaries'): ImportIssue {
  const problem = PARSE_PROBLEM[issue.code] ?? { vi: 'không đọc được', en: 'cannot be read' };
  const hint = kind === 'plan'
    ? { vi: 'tệp kế hoạch phải có dạng như geo/plans/cam-lo-2022/plan.json', en: 'a plan file must be shaped like geo/plans/cam-lo-2022/plan.json' }
    : { vi: 'tệp ranh giới phải là GeoJSON FeatureCollection có gso_code, name, type cho mỗi xã', en: 'a boundary file must be a GeoJSON FeatureCollection with gso_code, name and type for each commune' };
  return {
    file: issue.file, sheet: null, row: issue.row, column: issue.column, severity: 'error',
    message: {
      vi: `${where(issue, true)}: ${problem.vi} (${issue.message}); ${hint.vi}`,
      en: `${where(issue, false)}: ${problem.en} (${issue.message}); ${hint.en}`,
    },
  };
}

/** A file-level issue with a bilingual message. */
export function fileIssue(file: string, message: Bilingual, severity: ImportIssue['severity'] = 'error'): ImportIssue {
  return { file, sheet: null, row: null, column: null, severity, message: { vi: `${where({ file, row: null, column: null }, true)}: ${message.vi}`, en: `${where({ file, row: null, column: null }, false)}: ${message.en}` } };
}

/** A file refused unread because it is larger than `limit` bytes, with its size and the limit in MB. */
export function tooLargeIssue(file: string, size: number, limit: number): ImportIssue {
  const mb = (size / 1048576).toFixed(1);
  const max = Math.round(limit / 1048576);
  return fileIssue(file, {
    vi: `tệp quá lớn (${mb.replace('.', ',')} MB) nên không được đọc; bảng số liệu của một huyện, tỉnh chỉ tối đa ${max} MB`,
    en: `the file is too large (${mb} MB) and was not read; a district's or province's table is at most ${max} MB`,
  });
}

/** A plan or boundary file that is not JSON, located at the line the parser names ("… (line 7 column 5)") when it does. */
export function notJsonIssue(file: string, detail: string): ImportIssue {
  const line = /\bline (\d+)/i.exec(detail)?.[1];
  const at = { file, row: line ? Number(line) : null, column: null };
  const short = detail.slice(0, 160);
  return {
    file, sheet: null, row: at.row, column: null, severity: 'error',
    message: {
      vi: `${where(at, true)}: không phải JSON hợp lệ (${short}); tệp kế hoạch (.json) hoặc ranh giới (.geojson) phải là JSON`,
      en: `${where(at, false)}: not valid JSON (${short}); a plan (.json) or boundary (.geojson) file must be JSON`,
    },
  };
}

/** Keep at most MAX_ISSUES_PER_FILE issues per file, adding one line that counts the rest; duplicates are dropped. */
export function capImportIssues(issues: readonly ImportIssue[]): ImportIssue[] {
  const seen = new Set<string>();
  const perFile = new Map<string, number>();
  const out: ImportIssue[] = [];
  for (const issue of issues) {
    const key = `${issue.file}|${issue.message.en}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const count = (perFile.get(issue.file) ?? 0) + 1;
    perFile.set(issue.file, count);
    if (count <= MAX_ISSUES_PER_FILE) out.push(issue);
  }
  for (const [file, count] of perFile) {
    if (count > MAX_ISSUES_PER_FILE) out.push(fileIssue(file, { vi: `và ${count - MAX_ISSUES_PER_FILE} vấn đề khác`, en: `and ${count - MAX_ISSUES_PER_FILE} more problems` }));
  }
  return out;
}
