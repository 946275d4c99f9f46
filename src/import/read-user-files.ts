/** Reading files a person picks (table, plan, boundaries) into dataset sources; browser File API. */
import type { DatasetSources } from '../data/dataset';
import type { ParseIssue, ParseResult } from '../data/types';

/** Largest file read at all, in bytes; larger ones are refused before reading. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

function jsonIssue(file: string, error: unknown): ParseIssue {
  const text = error instanceof Error ? error.message : String(error);
  const line = /line (\d+)/i.exec(text)?.[1];
  return { file, code: 'invalid-json', row: line ? Number(line) : null, column: null, value: null, message: `not valid JSON: ${text}` };
}

/** Sort the picked files into table (.csv/.tsv/.txt), boundaries (GeoJSON FeatureCollection) and plan (other JSON); missing ones come from `fallback`. */
export async function readUserFiles(files: File[], fallback: DatasetSources): Promise<ParseResult<DatasetSources>> {
  const sources: DatasetSources = { ...fallback };
  const issues: ParseIssue[] = [];
  for (const file of files) {
    if (file.size > MAX_FILE_BYTES) {
      issues.push({ file: file.name, code: 'too-large', row: null, column: null, value: null, message: `the file is ${(file.size / 1048576).toFixed(1)} MB; at most ${MAX_FILE_BYTES / 1048576} MB is read` });
      continue;
    }
    const text = await file.text();
    if (/\.(csv|tsv|txt)$/i.test(file.name)) {
      sources.table = { file: file.name, text };
      continue;
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      issues.push(jsonIssue(file.name, error));
      continue;
    }
    if (json !== null && typeof json === 'object' && (json as { type?: unknown }).type === 'FeatureCollection') sources.boundaries = { file: file.name, json };
    else sources.plan = { file: file.name, json };
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: sources, warnings: [] };
}
