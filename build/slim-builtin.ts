/**
 * Bộ dữ liệu gọn cho bản đồ nhúng / The slim built-in data of the public embed (`virtual:builtin-dataset/slim`): the
 * same table, boundaries, join, district figures and map context, with the plan's text sections and the checks'
 * findings left empty, since the embed shows only the plan's district, year, number and issuer (and keeps the bodies'
 * ids and names, which the URL's planning draft is checked against). About half the gzipped size of the full data.
 */
import type { BuiltinData } from '../src/data/dataset-pack';

/** The built-in data without what the embed never shows: plan sections I–V's texts, stated figures, recipients, findings. */
export function slimBuiltin(data: BuiltinData): BuiltinData {
  const { plan } = data.dataset;
  return {
    context: data.context,
    dataset: {
      ...data.dataset,
      findings: [],
      plan: {
        id: plan.id,
        year: plan.year,
        district: plan.district,
        document: { ...plan.document, recipients: [] },
        abbreviations: [],
        situation: { paragraphs: [] },
        aims: [],
        targets: { items: [] },
        tasks: [],
        bodies: plan.bodies.map(({ id, name, short, requested, leads, joins, communeLevel }) => ({
          id,
          name: { vi: name.vi, en: name.en },
          short,
          requested,
          duties: [],
          leads,
          joins,
          communeLevel,
        })),
        stated: {},
      },
    },
  };
}
