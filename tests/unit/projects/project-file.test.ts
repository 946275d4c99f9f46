import { describe, expect, it } from 'vitest';
import { exportProject, importProject, projectFileName, summarise, validateProject, type Project } from '../../../src/projects/project-file';

const project = (table: Project['sources']['table']): Project => ({
  id: '0b7c2f4e-1111-4a2b-9c3d-123456789abc',
  name: 'Cam Lộ 2023',
  created: '2026-01-02T03:04:05.000Z',
  updated: '2026-01-02T03:04:05.000Z',
  place: { vintage: '2013', province: '45', district: '468', level: 'commune' },
  sources: {
    table,
    sheet: 0,
    columns: { columns: [{ column: 0, letter: 'A', header: 'Đơn vị', target: 'unit', confidence: 1, reason: { vi: 'do bạn chọn', en: 'chosen by you' }, confirmed: true }] },
    fixes: { '3': ['19609', 'w4090905'] },
    plan: null,
    boundaries: null,
  },
  view: 'metric=poverty_rate',
});

describe('project files', () => {
  it('round-trips a project with a binary table through a project file', () => {
    const bytes = Uint8Array.from({ length: 40_000 }, (_, i) => (i * 31) % 256);
    const original = project({ kind: 'bytes', name: 'plan.xlsx', bytes });
    const text = exportProject(original);
    expect(JSON.parse(text)).toMatchObject({ format: 'ban-do-giam-ngheo/project', version: 1 });
    const back = importProject(text, 'x.bando.json');
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    const table = back.project.sources.table;
    expect(table?.kind === 'bytes' && table.name === 'plan.xlsx' && Buffer.from(table.bytes).equals(Buffer.from(bytes))).toBe(true);
    expect({ ...back.project, sources: { ...back.project.sources, table: null } }).toEqual({ ...original, sources: { ...original.sources, table: null } });
  });

  it('round-trips pasted text and lists a project by its summary', () => {
    const original = project({ kind: 'text', name: 'bảng dán', text: 'Đơn vị\tHộ\n<b>Cam</b>\t1' });
    const back = importProject(exportProject(original));
    expect(back.ok && back.project).toEqual(original);
    expect(summarise(original)).toEqual({ id: original.id, name: 'Cam Lộ 2023', created: original.created, updated: original.updated, place: original.place, table: 'bảng dán' });
  });

  it('rejects what is not a project file, saying so in both languages', () => {
    const notJson = importProject('{', 'a.json');
    expect(notJson).toMatchObject({ ok: false, message: { vi: expect.stringMatching(/^Tệp a\.json: không phải JSON/), en: expect.stringMatching(/^File a\.json: not JSON/) } });
    const other = importProject(JSON.stringify({ type: 'FeatureCollection' }), 'b.json');
    expect(other.ok).toBe(false);
    if (!other.ok) expect(other.message.en).toContain('not a project file');
    const bad = JSON.parse(exportProject(project(null)));
    bad.project.sources.fixes = { '3': ['<script>'] };
    const rejected = importProject(JSON.stringify(bad), 'c.json');
    expect(rejected.ok).toBe(false);
    if (!rejected.ok) expect(rejected.message.en).toContain('sources.fixes');
    expect(validateProject({ ...project(null), sources: { ...project(null).sources, columns: { columns: [{ ...project(null).sources.columns!.columns[0]!, target: 'evil' }] } } }).ok).toBe(false);
  });

  it('names the exported file after the project, without characters file systems reject', () => {
    expect(projectFileName({ name: 'Cam Lộ: 2023/24' })).toBe('Cam Lộ- 2023-24.bando.json');
  });
});
