/**
 * Reading files a person picks (table, plan, boundaries) into dataset sources; browser File API. JSON files are
 * read in the boundary worker: boundaries come back validated, simplified to the map's vertex budget and labelled.
 */
import type { DatasetSources } from '../data/dataset';
import type { ParseIssue, ParseResult } from '../data/types';
import { readJsonFile } from './boundary-client';

/** Largest file read at all, in bytes; larger ones are refused before reading. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

function jsonIssue(file: string, text: string): ParseIssue {
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
    if (/\.(csv|tsv|txt)$/i.test(file.name)) {
      sources.table = { file: file.name, text: await file.text() };
      continue;
    }
    const reading = await readJsonFile(file, file.name);
    if (reading.kind === 'not-json') issues.push(jsonIssue(file.name, reading.message));
    else if (reading.kind === 'invalid-boundaries') issues.push(...reading.issues);
    else if (reading.kind === 'boundaries') sources.boundaries = { file: file.name, json: reading.collection };
    else sources.plan = { file: file.name, json: reading.json };
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: sources, warnings: [] };
}
