// District codes for the pre-2025 polygons. The app only knows 3-digit GSO district codes, so polygons without
// one (no GSO code: merged away before the GSO lists used) get the district their WHO district points to.

/** Polygon rings of a Polygon or MultiPolygon. */
const ringsOf = (geometry) => (geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat());

/** For each pair of features sharing edges (identical vertex pairs), the shared length in degrees. */
function sharedLengths(features) {
  const owners = new Map();
  features.forEach((f, i) => {
    for (const ring of ringsOf(f.geometry)) {
      for (let k = 1; k < ring.length; k++) {
        const a = `${ring[k - 1][0]},${ring[k - 1][1]}`;
        const b = `${ring[k][0]},${ring[k][1]}`;
        const key = a < b ? `${a}|${b}` : `${b}|${a}`;
        const length = Math.hypot(ring[k][0] - ring[k - 1][0], ring[k][1] - ring[k - 1][1]);
        if (!owners.has(key)) owners.set(key, { length, ids: [] });
        owners.get(key).ids.push(i);
      }
    }
  });
  const shared = features.map(() => new Map());
  for (const { length, ids } of owners.values()) {
    for (const i of ids) for (const j of ids) if (i !== j) shared[i].set(j, (shared[i].get(j) ?? 0) + length);
  }
  return shared;
}

/** The key with the largest weight in a Map (ties: the smallest key), or null when empty. */
function heaviest(weights) {
  let best = null;
  for (const [key, w] of weights) {
    if (best === null || w > weights.get(best) || (w === weights.get(best) && key < best)) best = key;
  }
  return best;
}

/**
 * District code of every feature (source order) and how each was found: `gso` (its own), `who` (the one code
 * of its WHO district), `neighbours` (the code sharing the longest border among its WHO district's polygons,
 * repeated until stable) or `majority` (the commonest code of its WHO district).
 */
export function resolveDistricts(features) {
  const props = features.map((f) => f.properties);
  const codesByWho = new Map();
  for (const p of props) {
    if (!codesByWho.has(p.who_district_id)) codesByWho.set(p.who_district_id, new Map());
    const counts = codesByWho.get(p.who_district_id);
    if (p.district_code) counts.set(p.district_code, (counts.get(p.district_code) ?? 0) + 1);
  }
  const result = props.map((p) => {
    if (p.district_code) return { code: p.district_code, how: 'gso' };
    const counts = codesByWho.get(p.who_district_id);
    if (counts.size === 1) return { code: [...counts.keys()][0], how: 'who' };
    if (counts.size === 0) throw new Error(`WHO district ${p.who_district_id} has no polygon with a district code`);
    return { code: null, how: null };
  });

  const open = result.flatMap((r, i) => (r.code === null ? [i] : []));
  if (!open.length) return result;
  const whoIds = new Set(open.map((i) => props[i].who_district_id));
  const local = features.map((f, i) => i).filter((i) => whoIds.has(props[i].who_district_id));
  const shared = sharedLengths(local.map((i) => features[i]));
  const localIndex = new Map(local.map((i, k) => [i, k]));
  for (let changed = true; changed;) {
    changed = false;
    const found = [];
    for (const i of open) {
      if (result[i].code !== null) continue;
      const weights = new Map();
      for (const [k, length] of shared[localIndex.get(i)]) {
        const j = local[k];
        if (props[j].who_district_id !== props[i].who_district_id || result[j].code === null) continue;
        weights.set(result[j].code, (weights.get(result[j].code) ?? 0) + length);
      }
      const code = heaviest(weights);
      if (code !== null) found.push([i, code]);
    }
    for (const [i, code] of found) result[i] = { code, how: 'neighbours' };
    changed = found.length > 0;
  }
  for (const i of open) {
    if (result[i].code === null) result[i] = { code: heaviest(codesByWho.get(props[i].who_district_id)), how: 'majority' };
  }
  return result;
}
