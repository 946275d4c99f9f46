/**
 * One vocabulary of formatting: numbers go through src/core/number-format.ts and dates through
 * src/core/date-format.ts. This test reads every source file and fails when a second formatter creeps back
 * in (a new Intl.NumberFormat or Intl.DateTimeFormat, toLocaleString / toLocaleDateString, or a hand-made
 * minus sign written as the \u2212 escape).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const SRC = join(root, 'src');

/** The two modules allowed to format numbers and dates themselves. */
const FORMATTERS = new Set(['src/core/number-format.ts', 'src/core/date-format.ts']);
/** Folders not checked yet: the app shell and the embed (switched by their owners). */
const NOT_YET = ['src/app/', 'src/embed/'];

/** What a second formatter looks like in source text. */
const FORBIDDEN: { name: string; pattern: RegExp }[] = [
  { name: 'new Intl.NumberFormat', pattern: /new\s+Intl\.NumberFormat\b/ },
  { name: 'new Intl.DateTimeFormat', pattern: /new\s+Intl\.DateTimeFormat\b/ },
  { name: 'toLocaleString(', pattern: /\.toLocaleString\s*\(/ },
  { name: 'toLocaleDateString(', pattern: /\.toLocaleDateString\s*\(/ },
  { name: 'toLocaleTimeString(', pattern: /\.toLocaleTimeString\s*\(/ },
  { name: 'a \\u2212 minus-sign literal', pattern: /\\u2212/ },
];

/** Every .ts file under a folder, as paths relative to the project root with forward slashes. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [relative(root, path).split('\\').join('/')] : [];
  });
}

/** "file:line: what" for every forbidden pattern in a text. */
function violations(file: string, text: string): string[] {
  return text.split('\n').flatMap((line, i) => FORBIDDEN.filter((f) => f.pattern.test(line)).map((f) => `${file}:${i + 1}: ${f.name}`));
}

const files = sourceFiles(SRC);
const checked = files.filter((f) => !FORMATTERS.has(f) && !NOT_YET.some((dir) => f.startsWith(dir)));

describe('one vocabulary of formatting', () => {
  it('reads the whole source tree', () => {
    expect(checked.length).toBeGreaterThan(150);
    expect(checked).toContain('src/export/slide-texts.ts');
    expect(checked).toContain('src/data/checks-format.ts');
  });

  it('finds each kind of second formatter in a line of code', () => {
    const sample = [
      "const f = new Intl.NumberFormat('vi-VN');",
      "const d = new Intl.DateTimeFormat('en-GB');",
      "n.toLocaleString('vi-VN')",
      "date.toLocaleDateString('vi-VN')",
      "date.toLocaleTimeString()",
      "text.replace('-', '\\u2212')",
      'formatNumber(value, lang)',
    ].join('\n');
    expect(violations('sample.ts', sample)).toEqual([
      'sample.ts:1: new Intl.NumberFormat',
      'sample.ts:2: new Intl.DateTimeFormat',
      'sample.ts:3: toLocaleString(',
      'sample.ts:4: toLocaleDateString(',
      'sample.ts:5: toLocaleTimeString(',
      'sample.ts:6: a \\u2212 minus-sign literal',
    ]);
  });

  it('sees the formatters themselves (so the patterns match real code)', () => {
    const found = [...FORMATTERS].flatMap((f) => violations(f, readFileSync(join(root, f), 'utf8')));
    expect(found.some((v) => v.startsWith('src/core/number-format.ts') && v.endsWith('new Intl.NumberFormat'))).toBe(true);
    expect(found.some((v) => v.startsWith('src/core/date-format.ts') && v.endsWith('new Intl.DateTimeFormat'))).toBe(true);
  });

  it('has no second number or date formatter outside src/core/number-format.ts and src/core/date-format.ts', () => {
    const found = checked.flatMap((f) => violations(f, readFileSync(join(root, f), 'utf8')));
    expect(found).toEqual([]);
  });
});
