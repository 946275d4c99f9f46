/** What the plan panel shows beyond the text: who leads or takes part in each task, and the figures the text states. Pure. */
import { decimalsOfText } from '../data/checks';
import { findingColumnLabel } from './findings-model';
import { SECTION_I_FIGURES, SECTION_III_FIGURES, STATED_FIGURE_KINDS, type PlanBody, type PlanDocument } from '../data/plan-document';
import type { Bilingual, StatedFigureId } from '../data/types';

/** A body's part in a task. */
export type TaskRole = 'lead' | 'join';

/** The part a body plays in a task, or null when it is not linked to it. */
export function roleOf(body: Pick<PlanBody, 'leads' | 'joins'>, taskId: string): TaskRole | null {
  if (body.leads.includes(taskId)) return 'lead';
  if (body.joins.includes(taskId)) return 'join';
  return null;
}

/** A body linked to a task. */
export interface TaskBody {
  body: PlanBody;
  role: TaskRole;
  /** 1-based numbers of the body's duties the link is read from (empty when the plan gives none). */
  basis: number[];
}

/** The bodies linked to a task: those that lead it, then those that take part, each in plan order. */
export function taskBodies(plan: Pick<PlanDocument, 'bodies'>, taskId: string): TaskBody[] {
  const linked = plan.bodies.flatMap((body) => {
    const role = roleOf(body, taskId);
    return role === null ? [] : [{ body, role, basis: body.basis?.[taskId] ?? [] }];
  });
  return [...linked.filter((l) => l.role === 'lead'), ...linked.filter((l) => l.role === 'join')];
}

/** The body with this id, or null (an unknown id from a URL is ignored). */
export function findBody(plan: Pick<PlanDocument, 'bodies'>, id: string | null): PlanBody | null {
  return id === null ? null : (plan.bodies.find((b) => b.id === id) ?? null);
}

/** One figure stated in the plan's text, ready to list. */
export interface StatedFigureLine {
  id: StatedFigureId;
  label: Bilingual;
  kind: 'count' | 'rate';
  value: number;
  /** The text as printed ("14.905", "0,67"). */
  printed: string;
  /** Decimals as printed (always 0 for counts, whose dots group thousands). */
  decimals: number;
  /** The plan's note on this figure, when it has one. */
  note: Bilingual | null;
}

/** The figures the text states in section I or III, in the order the section gives them. */
export function statedFigureLines(plan: Pick<PlanDocument, 'stated' | 'situation' | 'targets'>, section: 'I' | 'III'): StatedFigureLine[] {
  const ids = Object.keys(section === 'I' ? SECTION_I_FIGURES : SECTION_III_FIGURES) as StatedFigureId[];
  const notes = (section === 'I' ? plan.situation.figureNotes : plan.targets.figureNotes) ?? {};
  return ids.flatMap((id) => {
    const figure = plan.stated[id];
    if (!figure) return [];
    const kind = STATED_FIGURE_KINDS[id];
    return [{
      id,
      label: findingColumnLabel(id) ?? { vi: id, en: id },
      kind,
      value: figure.value,
      printed: figure.printed,
      decimals: kind === 'rate' ? decimalsOfText(figure.printed) : 0,
      note: notes[id] ?? null,
    }];
  });
}
