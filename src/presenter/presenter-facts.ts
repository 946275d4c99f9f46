/** The facts a presentation's captions and panels name: communes' short labels, a metric's extremes and the findings to correct. Pure. */
import { sortFindings } from '../data/checks';
import type { UnitMetricValue } from '../data/metric-values';
import type { Dataset } from '../data/dataset';
import { findingColumnLabel, findingValueFormat } from '../panels/findings-model';
import { buildRanking } from '../data/ranking';
import type { Finding, Lang } from '../data/types';
import { formatValue, tr } from '../core/format';
import { communeLabel } from '../map/labels';
import { CAPTION, FINDING_PLACE } from '../core/strings/presenter';

/** Short commune labels by GSO code: "Cam Tuyền", "TT Cam Lộ" / "Cam Lộ town" (so the town is not read as the district). */
export function communeLabels(dataset: Dataset, lang: Lang): Map<string, string> {
  return new Map(dataset.communes.map((f) => [f.properties.gso_code, communeLabel(f.properties, lang)]));
}

/** The units with the highest and the lowest value of a metric, tied as data/ranking ties them (in table order); empty without values. */
export function extremes(values: readonly UnitMetricValue[]): { high: UnitMetricValue[]; low: UnitMetricValue[] } {
  const ranked = buildRanking(values).filter((r) => r.rank !== null);
  if (ranked.length === 0) return { high: [], low: [] };
  const lastRank = ranked[ranked.length - 1]!.rank;
  const byCode = new Map(values.map((v) => [v.gsoCode, v]));
  const units = (rank: number | null) => ranked.filter((r) => r.rank === rank).map((r) => byCode.get(r.gsoCode)!);
  return { high: units(1), low: units(lastRank) };
}

/** GSO code of every table unit name (as printed) that joined a commune. */
export function unitCodes(dataset: Dataset): Map<string, string> {
  return new Map(dataset.join.joined.map((u) => [u.row.name, u.feature.properties.gso_code]));
}

/** Where a finding is, for a caption or panel: the commune, the totals row or the plan's text. */
export function findingPlace(dataset: Dataset, finding: Finding, lang: Lang, labels = communeLabels(dataset, lang)): string {
  if (finding.unit !== null) {
    const code = unitCodes(dataset).get(finding.unit);
    return (code && labels.get(code)) ?? finding.unit;
  }
  return tr(finding.section === 'table' ? FINDING_PLACE.total : FINDING_PLACE.text, lang);
}

/** "tỷ lệ hộ nghèo in 3,76 %, tính lại 7,36 %", or null when the finding has no pair of values. */
export function findingDetail(finding: Finding, lang: Lang): string | null {
  if (finding.printed === null || finding.recomputed === null) return null;
  const label = (findingColumnLabel(finding.column)?.[lang] ?? finding.column ?? '').replace(/\s*\(%\)$/, '');
  const { unit, decimals } = findingValueFormat(finding);
  return tr(CAPTION.checksFigure, lang, {
    figure: label.charAt(0).toLocaleLowerCase(lang) + label.slice(1),
    printed: formatValue(finding.printed, unit, lang, decimals),
    recomputed: formatValue(finding.recomputed, unit, lang, decimals),
  });
}

/** "Cam Tuyền: tỷ lệ hộ nghèo in 3,76 %, tính lại 7,36 %", or null when the finding has no pair of values. */
export function findingLine(dataset: Dataset, finding: Finding, lang: Lang, labels = communeLabels(dataset, lang)): string | null {
  const detail = findingDetail(finding, lang);
  return detail === null ? null : tr(CAPTION.checksExample, lang, { where: findingPlace(dataset, finding, lang, labels), detail });
}

/** Findings that ask for a correction (errors, then warnings), in the checks panel's order. */
export function seriousFindings(dataset: Dataset): Finding[] {
  return sortFindings(dataset.findings).filter((f) => f.severity !== 'info');
}
