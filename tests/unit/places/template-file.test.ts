import { describe, expect, it } from 'vitest';
import { templateFileName } from '../../../src/places/template-file';

describe('templateFileName', () => {
  it('names the file after the place, in ASCII, with nothing a path could use', () => {
    expect(templateFileName('Tỉnh Quảng Trị', 'csv')).toBe('mau-so-lieu-tinh-quang-tri.csv');
    expect(templateFileName('Đắk Lắk', 'xlsx')).toBe('mau-so-lieu-dak-lak.xlsx');
    expect(templateFileName('', 'csv')).toBe('mau-so-lieu.csv');
    expect(templateFileName('../../etc/passwd', 'csv')).toBe('mau-so-lieu-etc-passwd.csv');
  });
});
