import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  MAX_PLAN_DOCUMENT_CHARS,
  SECTION_I_FIGURES,
  parsePlanDocument,
  parsePlanDocumentText,
  type PlanDocument,
} from '../../../src/data/plan-document';
import { resolveTaskCommunes, taskScopes, type TaskUnit } from '../../../src/data/plan-links';
import type { ParseIssue, StatedFigureId } from '../../../src/data/types';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const PLAN_FILE = resolve(ROOT, 'geo/plans/cam-lo-2022/plan.json');
const SEED_FILE = resolve(ROOT, '../shared/seed/000_5d1a19d68ff87dae.txt');
const planText = readFileSync(PLAN_FILE, 'utf8');

function loadPlan(): PlanDocument {
  const result = parsePlanDocumentText(planText, 'plan.json');
  if (!result.ok) throw new Error(JSON.stringify(result.issues, null, 2));
  return result.value;
}

/** A fresh mutable copy of the committed JSON, for building invalid inputs. */
function planJson(): Record<string, any> {
  return JSON.parse(planText) as Record<string, any>;
}

function issuesOf(json: unknown): ParseIssue[] {
  const result = parsePlanDocument(json, 'bad.json');
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.issues;
}

const collapse = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();

describe('the committed Cam Lộ 2022 plan document', () => {
  it('parses without issues or warnings', () => {
    const result = parsePlanDocumentText(planText, 'plan.json');
    expect(result.ok ? result.warnings : result.issues).toEqual([]);
    const doc = loadPlan();
    expect(doc.id).toBe('cam-lo-2022');
    expect(doc.year).toBe(2022);
    expect(doc.document.number).toBe('28/KH-UBND');
    expect(doc.document.date).toBe('2022-02-22');
    expect(doc.document.signatory.name).toBe('Nguyễn Thanh Bắc');
    expect(doc.district).toEqual({ name: 'Cam Lộ', type: 'Huyện', province: 'Quảng Trị' });
  });

  it('has tasks IV.1–IV.5 and bodies V.1–V.6, each body with at least one duty in both languages', () => {
    const doc = loadPlan();
    expect(doc.tasks.map((t) => t.id)).toEqual(['IV.1', 'IV.2', 'IV.3', 'IV.4', 'IV.5']);
    expect(doc.bodies.map((b) => b.id)).toEqual(['V.1', 'V.2', 'V.3', 'V.4', 'V.5', 'V.6']);
    for (const b of doc.bodies) {
      expect(b.duties.length).toBeGreaterThanOrEqual(1);
      for (const d of [b.name, b.short, ...b.duties]) {
        expect(d.vi.trim()).not.toBe('');
        expect(d.en.trim()).not.toBe('');
      }
    }
    for (const t of doc.tasks) {
      expect(t.title.en.split(/\s+/).length).toBeLessThanOrEqual(8);
      expect(t.title.vi.split(/\s+/).length).toBeLessThanOrEqual(8);
    }
  });

  it('keeps every text NFC and translated', () => {
    const walk = (node: unknown): void => {
      if (typeof node === 'string') expect(node).toBe(node.normalize('NFC'));
      else if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object') {
        const o = node as Record<string, unknown>;
        if (typeof o.vi === 'string' && 'en' in o) expect(typeof o.en === 'string' && o.en.trim() !== '').toBe(true);
        Object.values(o).forEach(walk);
      }
    };
    walk(JSON.parse(planText));
  });

  it('links bodies only to existing tasks, with a basis in their duties, and every task has a lead', () => {
    const doc = loadPlan();
    const ids = new Set(doc.tasks.map((t) => t.id));
    for (const b of doc.bodies) {
      for (const id of [...b.leads, ...b.joins]) {
        expect(ids.has(id)).toBe(true);
        const basis = b.basis?.[id] ?? [];
        expect(basis.length).toBeGreaterThan(0);
        basis.forEach((n) => expect(n).toBeLessThanOrEqual(b.duties.length));
      }
    }
    for (const t of doc.tasks) expect(doc.bodies.some((b) => b.leads.includes(t.id))).toBe(true);
    expect(doc.linksNote?.vi).toBeTruthy();
    const byId = Object.fromEntries(doc.bodies.map((b) => [b.id, b]));
    expect(byId['V.1']?.leads).toEqual(['IV.4', 'IV.5']);
    expect(byId['V.6']?.communeLevel).toBe(true);
    expect(doc.bodies.filter((b) => b.communeLevel).map((b) => b.id)).toEqual(['V.6']);
  });

  it('states the scopes of the tasks', () => {
    const doc = loadPlan();
    const scopes = Object.fromEntries(doc.tasks.map((t) => [t.id, taskScopes(t.appliesTo)]));
    expect(scopes).toEqual({
      'IV.1': [],
      'IV.2': ['all'],
      'IV.3': [],
      'IV.4': ['high-poverty', 'ethnic-minority'],
      'IV.5': ['all'],
    });
  });

  it('parses every figure of sections I and III to the number the document means', () => {
    const { stated } = loadPlan();
    const expected: Record<StatedFigureId, [string, number]> = {
      households: ['14.905', 14905],
      ethnic_minority_households: ['101', 101],
      ethnic_minority_households_rate: ['0,67', 0.67],
      poor_and_near_poor: ['1.087', 1087],
      poor: ['453', 453],
      poor_rate: ['3,04', 3.04],
      ethnic_minority_poor: ['42', 42],
      ethnic_minority_poor_rate: ['0,28', 0.28],
      social_protection: ['345', 345],
      social_protection_rate: ['2,31', 2.31],
      able_to_escape: ['108', 108],
      able_to_escape_rate: ['0,72', 0.72],
      near_poor: ['634', 634],
      near_poor_rate: ['4,25', 4.25],
      reduction_rate_2022: ['0,22', 0.22],
      reduction_households_2022: ['24', 24],
    };
    for (const [id, [printed, value]] of Object.entries(expected) as [StatedFigureId, [string, number]][]) {
      const section = id in SECTION_I_FIGURES ? 'I' : 'III';
      expect(stated[id], id).toEqual({ value, printed, section });
    }
  });

  it.skipIf(!existsSync(SEED_FILE))('quotes the Vietnamese text verbatim from the source document', () => {
    const seed = collapse(readFileSync(SEED_FILE, 'utf8'));
    const doc = loadPlan();
    const quoted = [
      doc.document.basis.vi,
      ...doc.situation.paragraphs.map((p) => p.vi),
      ...doc.aims.map((a) => a.vi),
      ...doc.targets.items.map((t) => t.vi),
      ...doc.tasks.map((t) => t.text.vi),
      ...doc.bodies.flatMap((b) => [b.name.vi, ...b.duties.map((d) => d.vi)]),
      ...doc.document.recipients.map((r) => r.vi),
      ...Object.values(doc.stated).map((f) => f.printed),
    ];
    for (const text of quoted) expect(seed.includes(collapse(text)), text).toBe(true);
    const situation = collapse(doc.situation.paragraphs.map((p) => p.vi).join(' '));
    for (const id of Object.keys(SECTION_I_FIGURES) as StatedFigureId[]) {
      expect(situation.includes(doc.stated[id]?.printed ?? '∅'), id).toBe(true);
    }
  });
});

describe('invalid plan documents give located issues', () => {
  it('reports a missing list of tasks', () => {
    const json = planJson();
    delete json.tasks;
    const issues = issuesOf(json);
    expect(issues).toContainEqual(expect.objectContaining({ file: 'bad.json', code: 'schema', column: 'tasks', row: null }));
  });

  it('reports wrong types at their JSON path', () => {
    const json = planJson();
    json.year = '2022';
    json.tasks[2].text.vi = 5;
    json.bodies[0].duties = [];
    json.tasks[3].appliesTo = 'some';
    const columns = issuesOf(json).map((i) => i.column);
    expect(columns).toEqual(expect.arrayContaining(['year', 'tasks[2].text.vi', 'bodies[0].duties', 'tasks[3].appliesTo']));
  });

  it('reports unreadable figures with their code and printed value', () => {
    const json = planJson();
    json.situation.figures.poor_rate = 'abc';
    json.situation.figures.households = '14,9';
    json.targets.figures.reduction_rate_2022 = '';
    json.situation.figures.poverty = '1';
    const issues = issuesOf(json);
    expect(issues).toContainEqual(
      expect.objectContaining({ code: 'not-a-number', column: 'situation.figures.poor_rate', value: 'abc' }),
    );
    expect(issues).toContainEqual(expect.objectContaining({ code: 'not-an-integer', column: 'situation.figures.households' }));
    expect(issues).toContainEqual(expect.objectContaining({ code: 'missing-value', column: 'targets.figures.reduction_rate_2022' }));
    expect(issues).toContainEqual(expect.objectContaining({ code: 'schema', column: 'situation.figures.poverty' }));
  });

  it('reports links to unknown tasks, duplicate ids and a basis beyond the duties', () => {
    const json = planJson();
    json.bodies[0].leads = ['IV.9', 'IV.5'];
    json.bodies[0].basis = { 'IV.9': [1], 'IV.5': [3, 4], 'IV.2': [7] };
    json.tasks[1].id = 'IV.1';
    const issues = issuesOf(json);
    const columns = issues.map((i) => i.column);
    expect(columns).toEqual(expect.arrayContaining(['bodies[0].leads[0]', 'tasks[1].id', 'bodies[0].basis.IV.2[0]']));
  });

  it('rejects documents that are not objects', () => {
    for (const json of [null, [], 'plan', 42, undefined]) {
      const issues = issuesOf(json);
      expect(issues[0]).toMatchObject({ code: 'schema', column: null });
    }
  });

  it('reports invalid JSON text with its line and column', () => {
    const result = parsePlanDocumentText('{\n  "id": "x",\n  year: 2022\n}', 'broken.json');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({ file: 'broken.json', code: 'invalid-json', row: 3, column: '3' });
    const truncated = parsePlanDocumentText(planText.slice(0, 200), 'cut.json');
    expect(truncated.ok ? [] : truncated.issues.map((i) => i.code)).toEqual(['invalid-json']);
  });

  it('rejects empty and oversize text without parsing it', () => {
    const empty = parsePlanDocumentText(' \n', 'empty.json');
    expect(empty.ok ? null : empty.issues[0]?.code).toBe('empty-file');
    const big = `{"pad": "${'x'.repeat(2_000_000)}"}`;
    expect(big.length).toBeGreaterThan(MAX_PLAN_DOCUMENT_CHARS);
    const result = parsePlanDocumentText(big, 'big.json');
    expect(result.ok ? null : result.issues).toEqual([expect.objectContaining({ code: 'too-large', file: 'big.json' })]);
  });

  it('accepts a byte-order mark', () => {
    expect(parsePlanDocumentText(`\uFEFF${planText}`, 'bom.json').ok).toBe(true);
  });
});

describe('resolveTaskCommunes', () => {
  const units: TaskUnit[] = [
    { name: 'Thanh An', poorRate: 3.94, ethnicMinorityHouseholds: null },
    { name: 'TT Cam Lộ', poorRate: 1.72, ethnicMinorityHouseholds: 0 },
    { name: 'Cam Tuyên', poorRate: 3.76, ethnicMinorityHouseholds: 101 },
    { name: 'Cam Chính', poorRate: 3.04, ethnicMinorityHouseholds: null },
    { name: 'Cam Hiếu', poorRate: null, ethnicMinorityHouseholds: 3 },
  ];

  it('gives every unit for "all" and none for null', () => {
    expect(resolveTaskCommunes({ appliesTo: 'all' }, units, 3.04)).toEqual(units.map((u) => u.name));
    expect(resolveTaskCommunes({ appliesTo: null }, units, 3.04)).toEqual([]);
  });

  it('gives the units poorer than the district for "high-poverty"', () => {
    expect(resolveTaskCommunes({ appliesTo: 'high-poverty' }, units, 3.04)).toEqual(['Thanh An', 'Cam Tuyên']);
    expect(resolveTaskCommunes({ appliesTo: 'high-poverty' }, units, null)).toEqual([]);
  });

  it('gives the units with ethnic-minority households for "ethnic-minority"', () => {
    expect(resolveTaskCommunes({ appliesTo: 'ethnic-minority' }, units, 3.04)).toEqual(['Cam Tuyên', 'Cam Hiếu']);
  });

  it('unites the scopes of a list, in unit order and without repeats', () => {
    expect(resolveTaskCommunes({ appliesTo: ['high-poverty', 'ethnic-minority'] }, units, 3.04)).toEqual([
      'Thanh An',
      'Cam Tuyên',
      'Cam Hiếu',
    ]);
    const twice = [...units, { name: 'Thanh An', poorRate: 5, ethnicMinorityHouseholds: null }];
    expect(resolveTaskCommunes({ appliesTo: 'all' }, twice, 3.04)).toEqual(units.map((u) => u.name));
  });

  it('resolves the committed plan task IV.4 against the printed table rates', () => {
    const doc = loadPlan();
    const task = doc.tasks.find((t) => t.id === 'IV.4');
    expect(task).toBeDefined();
    if (!task) return;
    const table: TaskUnit[] = [
      { name: 'Thanh An', poorRate: 3.94, ethnicMinorityHouseholds: null },
      { name: 'TT Cam Lộ', poorRate: 1.72, ethnicMinorityHouseholds: null },
      { name: 'Cam Thành', poorRate: 1.66, ethnicMinorityHouseholds: null },
      { name: 'Cam Thủy', poorRate: 3.83, ethnicMinorityHouseholds: null },
      { name: 'Cam Nghĩa', poorRate: 2.76, ethnicMinorityHouseholds: null },
      { name: 'Cam Tuyên', poorRate: 3.76, ethnicMinorityHouseholds: 101 },
      { name: 'Cam Chính', poorRate: 1.23, ethnicMinorityHouseholds: null },
      { name: 'Cam Hiếu', poorRate: 2.46, ethnicMinorityHouseholds: null },
    ];
    expect(resolveTaskCommunes(task, table, doc.stated.poor_rate?.value ?? null)).toEqual(['Thanh An', 'Cam Thủy', 'Cam Tuyên']);
  });
});
