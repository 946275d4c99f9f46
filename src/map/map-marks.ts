/**
 * Đường viền đánh dấu / The communes the map outlines (selected, highlighted, hovered, keyboard focus), as a small
 * GeoJSON collection of their own for the outline layers. Kept apart from the communes source so that marking one
 * commune never touches the fills' feature state: MapLibre re-uploads every feature-state-driven layer of a source on
 * any state change, which at 3,321 communes cost seconds per hover or metric switch. Pure.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';

/** The kinds of outline, each a boolean property of the marked features. */
export type MarkKind = 'selected' | 'highlighted' | 'hover' | 'focus';

/** Marks by commune, over the communes' geometries. */
export class MapMarks {
  #features = new Map<string, Feature<Geometry>>();
  #marks = new Map<string, Set<MarkKind>>();

  /** Use the geometries of `communes` (by `gso_code`) and clear every mark. */
  reset(communes: FeatureCollection | null | undefined): void {
    this.#features = new Map((communes?.features ?? []).map((f) => [String(f.properties?.['gso_code']), f]));
    this.#marks.clear();
  }

  /** Mark or unmark a commune; true when that changed anything drawn. */
  set(code: string, kind: MarkKind, on: boolean): boolean {
    const kinds = this.#marks.get(code);
    if (on === (kinds?.has(kind) ?? false) || !this.#features.has(code)) return false;
    if (on) this.#marks.set(code, (kinds ?? new Set()).add(kind));
    else {
      kinds!.delete(kind);
      if (kinds!.size === 0) this.#marks.delete(code);
    }
    return true;
  }

  /** The marked communes, each with its geometry and one boolean property per kind of mark. */
  collection(): FeatureCollection {
    const features: Feature[] = [];
    for (const [code, kinds] of this.#marks) {
      const { geometry } = this.#features.get(code)!;
      const properties: Record<string, unknown> = { gso_code: code };
      for (const kind of ['selected', 'highlighted', 'hover', 'focus'] as const) properties[kind] = kinds.has(kind);
      features.push({ type: 'Feature', geometry, properties });
    }
    return { type: 'FeatureCollection', features };
  }
}
