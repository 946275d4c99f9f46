import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { FORMULA_START, SAFE_CSV_OPTIONS } from '../../../src/core/csv-cells';

describe('SAFE_CSV_OPTIONS', () => {
  it("prefixes with ' text cells starting with = + - @ tab or CR, not numbers or other text", () => {
    const cells = ['=HYPERLINK("http://example.com","x")', '+1', '-1', '@A1', '\tx', '\rx', 'Cam Lộ', 'a=b'];
    const text = Papa.unparse([[...cells, -3.5]], SAFE_CSV_OPTIONS);
    const [row] = Papa.parse<string[]>(text).data;
    expect(row).toEqual([...cells.slice(0, 6).map((c) => `'${c}`), 'Cam Lộ', 'a=b', '-3.5']);
    expect(text).not.toContain('\n');
  });

  it('matches exactly the characters OWASP lists', () => {
    expect(['=', '+', '-', '@', '\t', '\r'].every((c) => FORMULA_START.test(`${c}x`))).toBe(true);
    expect([' =', 'x', '1', '−1', "'="].some((c) => FORMULA_START.test(c))).toBe(false);
  });
});
