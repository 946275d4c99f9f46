/** What a column header talks about (poor households, their rate, the 2022 target …), Vietnamese or English, tolerant of spellings. Pure. */
import { foldDiacritics } from '../../core/name-keys';
import type { FigureKey } from '../types';

/** The thing a header counts, before deciding count or rate. */
export type HeaderSubject = 'households' | 'ethnic_households' | 'poor' | 'ethnic_poor' | 'social_protection' | 'able_to_escape' | 'target' | 'poor_end';

/** What a header says: its subject (null when it names none), whether it is a rate, whether it is a bare "Số hộ"/"Tỷ lệ %", and years it mentions. */
export interface HeaderMeaning {
  subject: HeaderSubject | null;
  rate: boolean;
  generic: boolean;
  years: number[];
}

/** Fold a header to comparable words: no diacritics (so Hòa/Hoà and Tỷ/Tỉ agree), joined abbreviations (DTT S → dtts, BT XH → btxh, HN → ho ngheo). */
export function headerKey(text: string): string {
  return foldDiacritics(text)
    .replace(/%/g, ' % ')
    .replace(/[^a-z0-9%]+/g, ' ')
    .replace(/\bti le\b/g, 'ty le')
    .replace(/\bd\s?t\s?t\s?s\b|\bdan toc thieu so\b|\bethnic minority\b|\bethnic minorities\b/g, 'dtts')
    .replace(/\bb\s?t\s?x\s?h\b|\bbao tro xa hoi\b/g, 'btxh')
    .replace(/\bhn\b/g, 'ho ngheo')
    .replace(/\s+/g, ' ')
    .trim();
}

const RATE = /\bty le\b|%|\brate\b|\bpercent|\bphan tram\b|\bshare\b/;
const END = /\bcuoi (nam|ky)\b|\bend of\b|\bend\b|\bcon lai\b/;
const GENERIC = /^(so ho|so luong|sl|ho|ty le|ty le %|%|number|count|rate|rate %|households|so ho ngheo)$/;

/** Read the meaning of one header text. */
export function headerMeaning(text: string): HeaderMeaning {
  const key = headerKey(text);
  const rate = RATE.test(key);
  const years = [...key.matchAll(/\b(20\d\d)\b/g)].map((m) => Number(m[1]));
  const bare = key.replace(/\b(20\d\d)\b/g, '').replace(/\bnam\b|\bho\b(?= %)|[()]/g, '').replace(/\s+/g, ' ').trim();
  const generic = GENERIC.test(bare) && bare !== 'so ho ngheo';
  let subject: HeaderSubject | null = null;
  if (/\bcan ngheo\b|\bnear poor\b|\bnear-poor\b/.test(key)) subject = null;
  else if (/\bbtxh\b|khong co kha nang|social protection|cannot escape|unable to escape/.test(key)) subject = 'social_protection';
  else if (/co kha nang thoat ngheo|able to escape|can escape/.test(key)) subject = 'able_to_escape';
  else if (/\bdtts\b/.test(key)) subject = /ngheo|poor/.test(key) ? 'ethnic_poor' : 'ethnic_households';
  else if (/\bchi tieu\b|\bgiam\b|\btarget\b|\breduction\b|\bfewer\b/.test(key)) subject = 'target';
  else if (/ngheo|\bpoor\b|\bpoverty\b/.test(key)) subject = END.test(key) ? 'poor_end' : 'poor';
  else if (/\bdan cu\b|\bso ho\b|\bho dan\b|\btong so ho\b|\bhouseholds\b|\bdan so\b/.test(key)) subject = 'households';
  if (generic && /^(so ho|households)$/.test(bare)) subject = null;
  if (generic && /ngheo/.test(bare)) subject = 'poor';
  return { subject, rate, generic, years };
}

/** Narrow a subject with what its parent header adds: "Hộ nghèo" under "… cuối năm 2022" is the end-of-year count. */
export function refineWithParent(subject: HeaderSubject, parent: HeaderMeaning | null, parentText: string): HeaderSubject {
  if (!parent) return subject;
  if (subject === 'poor' && END.test(headerKey(parentText))) return 'poor_end';
  if (subject === 'poor' && parent.subject === 'ethnic_households') return 'ethnic_poor';
  return subject;
}

/** The plan's figure for a subject as a count or a rate; null when the plan has no such column (it may become a custom metric). */
export function figureFor(subject: HeaderSubject, rate: boolean): FigureKey | null {
  const table: Record<HeaderSubject, [FigureKey | null, FigureKey | null]> = {
    households: ['households', null],
    ethnic_households: ['ethnic_minority_households', null],
    poor: ['poor', 'poor_rate'],
    ethnic_poor: ['ethnic_minority_poor', 'ethnic_minority_poor_rate'],
    social_protection: ['social_protection', 'social_protection_rate'],
    able_to_escape: ['able_to_escape', 'able_to_escape_rate'],
    target: ['target_2022', null],
    poor_end: ['poor_end_2022', 'poor_rate_end_2022'],
  };
  return table[subject][rate ? 1 : 0];
}

/** The count subject a figure column stands for, so a "Tỷ lệ %" next to it can be its rate. */
export function subjectOfFigure(id: FigureKey): HeaderSubject | null {
  const entries: [FigureKey, HeaderSubject][] = [
    ['households', 'households'],
    ['ethnic_minority_households', 'ethnic_households'],
    ['poor', 'poor'],
    ['ethnic_minority_poor', 'ethnic_poor'],
    ['social_protection', 'social_protection'],
    ['able_to_escape', 'able_to_escape'],
    ['target_2022', 'target'],
    ['poor_end_2022', 'poor_end'],
  ];
  return entries.find(([key]) => key === id)?.[1] ?? null;
}
