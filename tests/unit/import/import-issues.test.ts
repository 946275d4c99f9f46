import { describe, expect, it } from 'vitest';
import { notJsonIssue, tooLargeIssue } from '../../../src/import/import-issues';

describe('tooLargeIssue', () => {
  it('gives the file, its size and the limit in MB, with a decimal comma in Vietnamese', () => {
    const issue = tooLargeIssue('qua-lon.csv', 11 * 1024 * 1024, 10 * 1024 * 1024);
    expect(issue).toMatchObject({ file: 'qua-lon.csv', row: null, column: null, severity: 'error' });
    expect(issue.message.vi).toBe('Tệp qua-lon.csv: tệp quá lớn (11,0 MB) nên không được đọc; bảng số liệu của một huyện, tỉnh chỉ tối đa 10 MB');
    expect(issue.message.en).toBe("File qua-lon.csv: the file is too large (11.0 MB) and was not read; a district's or province's table is at most 10 MB");
  });
});

describe('notJsonIssue', () => {
  it('takes the line from the parser’s message (Chromium names it)', () => {
    const issue = notJsonIssue('ke-hoach-loi.json', "Expected ',' or '}' after property value in JSON at position 88 (line 6 column 5)");
    expect(issue).toMatchObject({ file: 'ke-hoach-loi.json', row: 6, column: null, severity: 'error' });
    expect(issue.message.vi).toMatch(/^Tệp ke-hoach-loi\.json, dòng 6: không phải JSON hợp lệ \(Expected ','/);
    expect(issue.message.en).toMatch(/^File ke-hoach-loi\.json, row 6: not valid JSON \(/);
  });

  it('names only the file when the message gives no line', () => {
    const issue = notJsonIssue('x.json', "Expected ',' or '}' after property value in JSON at position 9");
    expect(issue.row).toBeNull();
    expect(issue.message.vi).toMatch(/^Tệp x\.json: không phải JSON hợp lệ/);
  });
});
