// Builds the app's boundary files under geo/boundaries/ from the censusVN2009 extract (see geo/ATTRIBUTION).
// Usage: node geo/build-boundaries.mjs [--out DIR]; env GEO_SOURCE_DIR overrides the source folder.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import mapshaper from 'mapshaper';
import * as turf from '@turf/turf';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE_DIR = process.env.GEO_SOURCE_DIR
  ? path.resolve(process.env.GEO_SOURCE_DIR)
  : path.resolve(REPO_ROOT, '../shared/geo-sources/censusvn2009');
const COMMUNES_FILE = 'cam_lo_communes.geojson';
const DISTRICTS_FILE = 'quang_tri_districts_context.geojson';
const CAM_LO_DISTRICT_ID = 40909;

// Settings, from measurements of the source. Snap intervals are in degrees (0.0001° ≈ 11 m here).
// Commune vertices that should coincide but do not are 12–25 m apart (next pair: 33.5 m; shortest edge: 168 m).
const COMMUNE_SNAP = 0.00025;
// District misfits are 22–41 m (next pair: 59 m; shortest edge: 428 m).
const DISTRICT_SNAP = 0.0004;
// Gaps narrower than this (2·area/perimeter) are filled: the widest is 81 m between communes, 190 m between districts.
const COMMUNE_GAP_WIDTH = '100m';
const DISTRICT_GAP_WIDTH = '250m';
// Share of removable vertices kept by mapshaper's topology-preserving simplification.
const COMMUNE_SIMPLIFY = '80%';
const DISTRICT_SIMPLIFY = '60%';
// Neighbours grow by up to this much (never into each other) to close the slivers left against the commune
// outline, which differs from the source's own Cam Lộ district polygon; they are then clipped back to the
// area the districts covered.
const NEIGHBOUR_REACH = '1km';
const PRECISION = 0.000001;

/** censusVN2009 commune_id → GSO commune code (crosswalk: epix-project/communesVN, see PROVENANCE.md). */
const GSO_BY_SOURCE_ID = {
  4090901: '19597', // Thị trấn Cam Lộ
  4090903: '19612', // Cam Thành
  4090905: '19603', // Cam An → Thanh An
  4090907: '19603', // Cam Thanh → Thanh An (19609 retired by the 2019 merger)
  4090909: '19606', // Cam Thủy
  4090911: '19600', // Cam Tuyền
  4090913: '19615', // Cam Hiếu
  4090915: '19618', // Cam Chính
  4090917: '19621', // Cam Nghĩa
};
/** Units of 2022 that are not in the source: Nghị quyết 832/NQ-UBTVQH14 merged Cam An and Cam Thanh. */
const MERGED_UNITS = { 19603: { name: 'Thanh An', type: 'Xã' } };
const UNIT_TYPES = ['Thị trấn', 'Thành phố', 'Huyện', 'Phường', 'Xã'];

/** Decodes the literal `\uXXXX` escape text of the source's *_vn fields and NFC-normalises it. */
function decodeEscapes(text) {
  return text.replace(/\\u([0-9a-fA-F]{4})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16))).normalize('NFC');
}

/** Splits an official full name ("Xã Cam Tuyền") into its unit type and bare name. */
function splitUnitName(fullName) {
  const type = UNIT_TYPES.find((t) => fullName.startsWith(`${t} `));
  if (!type) throw new Error(`Unknown unit type in "${fullName}"`);
  return { type, name: fullName.slice(type.length + 1) };
}

/** Vietnamese text without diacritics ("Cam Lộ" → "Cam Lo", "Đông Hà" → "Dong Ha"). */
function toAscii(text) {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

/** Output folder from `--out DIR`, else geo/boundaries. */
function parseArgs(argv) {
  const i = argv.indexOf('--out');
  if (i >= 0 && !argv[i + 1]) throw new Error('--out needs a directory');
  return { outDir: path.resolve(i >= 0 ? argv[i + 1] : path.join(REPO_ROOT, 'geo/boundaries')) };
}

/** Reads one source GeoJSON file, failing clearly when the source folder is missing. */
function readSource(file) {
  const full = path.join(SOURCE_DIR, file);
  if (!fs.existsSync(full)) {
    throw new Error(`Boundary source not found: ${full}\nPut the censusvn2009 extract there or set GEO_SOURCE_DIR.`);
  }
  return JSON.parse(fs.readFileSync(full, 'utf8'));
}

/** The 2022 unit of each GSO code, with the source units it is made of. */
function unitsByGso(communes) {
  const units = new Map();
  for (const f of communes.features) {
    const sourceId = String(f.properties.commune_id);
    const gso = GSO_BY_SOURCE_ID[sourceId];
    if (!gso) throw new Error(`commune_id ${sourceId} is not in the GSO crosswalk`);
    const naming = MERGED_UNITS[gso] ?? splitUnitName(decodeEscapes(f.properties.commune_vn));
    const unit = units.get(gso) ?? { ...naming, source_units: [] };
    unit.source_units.push(sourceId);
    units.set(gso, unit);
  }
  for (const [gso, unit] of units) {
    if (unit.source_units.length > 1 && !MERGED_UNITS[gso]) {
      throw new Error(`GSO ${gso} has several source units but no merged name`);
    }
  }
  return units;
}

/** Runs mapshaper commands on in-memory GeoJSON (passed as text: mapshaper rewinds input objects in place). */
async function run(commands, inputs) {
  const texts = Object.fromEntries(Object.entries(inputs).map(([name, value]) => [name, JSON.stringify(value)]));
  const output = await mapshaper.applyCommands(commands, texts);
  return Object.fromEntries(Object.entries(output).map(([name, text]) => [name, JSON.parse(text)]));
}

/** mapshaper output options: RFC 7946 winding, coordinates rounded to PRECISION. */
const OUT = `format=geojson geojson-type=FeatureCollection rfc7946 precision=${PRECISION}`;

/** Snaps, cleans, dissolves and simplifies the communes; returns communes, outline and label points. */
async function buildCommunes(source) {
  const input = turf.featureCollection(source.features.map((f) =>
    turf.feature(f.geometry, { gso_code: GSO_BY_SOURCE_ID[String(f.properties.commune_id)] })));
  return run(
    [
      '-i communes.json name=communes',
      `-snap interval=${COMMUNE_SNAP}`,
      `-clean gap-width=${COMMUNE_GAP_WIDTH}`,
      '-dissolve gso_code',
      `-simplify ${COMMUNE_SIMPLIFY} keep-shapes`,
      '-sort gso_code',
      `-o communes-out.json ${OUT}`,
      '-dissolve + name=outline',
      `-o outline-out.json ${OUT}`,
      '-points inner target=communes + name=labels',
      `-o labels-out.json ${OUT}`,
    ].join(' '),
    { 'communes.json': input },
  );
}

/** Cleans the district layer, drops Cam Lộ and fits the neighbours around the commune outline. */
async function buildNeighbours(source, outline) {
  const input = turf.featureCollection(source.features.map((f) => {
    const { type, name } = splitUnitName(decodeEscapes(f.properties.district_vn));
    const camLo = f.properties.district_id === CAM_LO_DISTRICT_ID;
    return turf.feature(f.geometry, { name, type, full_name: `${type} ${name}`, name_ascii: toAscii(name), cam_lo: camLo });
  }));
  const result = await run(
    [
      '-i districts.json name=districts',
      `-snap interval=${DISTRICT_SNAP}`,
      `-clean gap-width=${DISTRICT_GAP_WIDTH}`,
      `-simplify ${DISTRICT_SIMPLIFY} keep-shapes`,
      '-dissolve + name=extent',
      '-filter "!cam_lo" target=districts',
      `-buffer radius=${NEIGHBOUR_REACH} topological target=districts`,
      '-clip extent target=districts',
      '-i outline.json name=outline',
      '-erase outline target=districts',
      '-filter-fields name,type,full_name,name_ascii target=districts',
      '-sort name_ascii target=districts',
      `-o neighbours.json ${OUT} target=districts`,
    ].join(' '),
    { 'districts.json': input, 'outline.json': outline },
  );
  return result['neighbours.json'];
}

const km2 = (feature) => turf.area(feature) / 1e6;
const rings = (feature) => turf.flatten(feature).features.flatMap((p) => p.geometry.coordinates);
/** Vertices of a polygon feature, not counting each ring's closing vertex. */
const vertexCount = (feature) => rings(feature).reduce((n, ring) => n + ring.length - 1, 0);
const holeCount = (feature) => rings(feature).length - turf.flatten(feature).features.length;

/** Sum of areas, union area and parts, pairwise overlaps and holes of the union of polygons (areas in km²). */
function measureMosaic(features) {
  let overlap = 0;
  for (let i = 0; i < features.length; i++) {
    for (let j = i + 1; j < features.length; j++) {
      const shared = turf.intersect(turf.featureCollection([features[i], features[j]]));
      if (shared) overlap += km2(shared);
    }
  }
  const union = turf.union(turf.featureCollection(features));
  const parts = turf.flatten(union).features;
  const holes = parts.flatMap((p) => p.geometry.coordinates.slice(1).map((ring) => km2(turf.polygon([ring]))));
  return {
    sum: features.reduce((s, f) => s + km2(f), 0),
    union: km2(union),
    parts: parts.length,
    overlap,
    holes: holes.length,
    holeArea: holes.reduce((s, a) => s + a, 0),
  };
}

/** One-line summary of a measureMosaic() result. */
function formatMosaic(m) {
  return `sum ${m.sum.toFixed(3)} km², union ${m.union.toFixed(3)} km² in ${m.parts} part(s); ` +
    `overlaps ${m.overlap.toFixed(6)} km², ${m.holes} hole(s) of ${m.holeArea.toFixed(6)} km²`;
}

/** Serialises a FeatureCollection with one feature per line, so diffs stay readable. */
function toGeoJsonText(features) {
  return `{"type":"FeatureCollection","features":[\n${features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
}

/** A GeoJSON Feature; `id` is omitted when null. */
function feature(id, properties, geometry) {
  return id === null ? { type: 'Feature', properties, geometry } : { type: 'Feature', id, properties, geometry };
}

/** Throws unless the communes form one seamless polygon and every ring is wound per RFC 7946. */
function assertOutputSound(communes, outline, neighbours, mosaic) {
  if (outline.length !== 1 || outline[0].geometry.type !== 'Polygon' || holeCount(outline[0]) > 0) {
    throw new Error('The commune outline is not a single polygon without holes');
  }
  if (mosaic.parts !== 1 || mosaic.holes > 0 || mosaic.overlap > 0.001) {
    throw new Error(`The communes are not seamless: ${formatMosaic(mosaic)}`);
  }
  for (const f of [...communes, ...outline, ...neighbours]) {
    for (const polygon of turf.flatten(f).features) {
      polygon.geometry.coordinates.forEach((ring, k) => {
        const clockwise = turf.booleanClockwise(ring);
        if (clockwise !== k > 0) throw new Error(`${f.properties.full_name}: ring ${k} has the wrong winding`);
      });
    }
  }
}

async function main() {
  const { outDir } = parseArgs(process.argv.slice(2));
  const sourceCommunes = readSource(COMMUNES_FILE);
  const sourceDistricts = readSource(DISTRICTS_FILE);
  const units = unitsByGso(sourceCommunes);

  const built = await buildCommunes(sourceCommunes);
  const communes = built['communes-out.json'].features.map((f) => {
    const gso = f.properties.gso_code;
    const { name, type, source_units } = units.get(gso);
    const props = { gso_code: gso, name, type, full_name: `${type} ${name}`, name_ascii: toAscii(name), source_units };
    return feature(Number(gso), props, f.geometry);
  });
  const outline = built['outline-out.json'].features.map((f) =>
    feature(null, { name: 'Cam Lộ', type: 'Huyện', full_name: 'Huyện Cam Lộ', province: 'Quảng Trị' }, f.geometry));
  const labels = built['labels-out.json'].features.map((f) => {
    const { gso_code, name, full_name } = communes.find((c) => c.properties.gso_code === f.properties.gso_code).properties;
    return feature(Number(gso_code), { gso_code, name, full_name }, f.geometry);
  });
  const neighbours = (await buildNeighbours(sourceDistricts, turf.featureCollection(outline))).features.map((f) => {
    const { name, type, full_name, name_ascii } = f.properties;
    return feature(null, { name, type, full_name, name_ascii }, f.geometry);
  });

  if (communes.length !== units.size || labels.length !== units.size) {
    throw new Error('Expected one commune and one label point per unit');
  }
  const mosaic = measureMosaic(communes);
  assertOutputSound(communes, outline, neighbours, mosaic);

  fs.mkdirSync(outDir, { recursive: true });
  const files = {
    'cam-lo-communes.geojson': communes,
    'cam-lo-outline.geojson': outline,
    'neighbours.geojson': neighbours,
    'cam-lo-label-points.geojson': labels,
  };
  for (const [name, features] of Object.entries(files)) fs.writeFileSync(path.join(outDir, name), toGeoJsonText(features));
  report({ sourceCommunes, sourceDistricts, communes, mosaic, outline: outline[0], neighbours, labels, outDir });
}

const totalVertices = (features) => features.reduce((n, f) => n + vertexCount(f), 0);
const ringsArea = (ringList) => ringList.reduce((a, ring) => a + km2(turf.polygon([ring])), 0);

/** Prints what was done and the measured areas, vertices, holes, gaps and overlaps. */
function report({ sourceCommunes, sourceDistricts, communes, mosaic, outline, neighbours, labels, outDir }) {
  const log = (line) => console.log(line);
  const sourcesOf = (ids) => sourceCommunes.features.filter((f) => ids.includes(String(f.properties.commune_id)));
  const merged = communes.find((c) => c.properties.source_units.length > 1);
  const mergedAsGiven = turf.union(turf.featureCollection(sourcesOf(merged.properties.source_units)));
  const mergedHoles = turf.flatten(mergedAsGiven).features.flatMap((p) => p.geometry.coordinates.slice(1));

  log(`Source: ${SOURCE_DIR}`);
  log(`  communes: ${sourceCommunes.features.length} polygons, ${totalVertices(sourceCommunes.features)} vertices; ` +
    formatMosaic(measureMosaic(sourceCommunes.features)));
  log(`  ${merged.properties.name} from the source units as given: ${mergedHoles.length} hole(s) of ${ringsArea(mergedHoles).toFixed(4)} km²`);
  log(`  districts: ${formatMosaic(measureMosaic(sourceDistricts.features))}`);
  log(`Settings (communes / districts): snap ${COMMUNE_SNAP}° / ${DISTRICT_SNAP}°, ` +
    `fill gaps narrower than ${COMMUNE_GAP_WIDTH} / ${DISTRICT_GAP_WIDTH}, simplify to ${COMMUNE_SIMPLIFY} / ${DISTRICT_SIMPLIFY}; ` +
    `neighbour reach ${NEIGHBOUR_REACH}; precision ${PRECISION}°`);
  log('Communes: km² now, km² of the source units, vertices (closing vertex not counted), holes');
  for (const c of communes) {
    const sourceArea = sourcesOf(c.properties.source_units).reduce((a, f) => a + km2(f), 0);
    const cells = [km2(c).toFixed(2).padStart(7), sourceArea.toFixed(2).padStart(7), String(vertexCount(c)).padStart(4), holeCount(c)];
    log(`  ${c.properties.gso_code} ${c.properties.full_name.padEnd(16)} ${cells.join(' ')}`);
  }
  log(`  all: ${totalVertices(communes)} vertices; ${formatMosaic(mosaic)}`);
  log(`Outline: ${km2(outline).toFixed(3)} km², ${vertexCount(outline)} vertices, ${holeCount(outline)} hole(s)`);
  log(`Neighbours: ${neighbours.map((n) => n.properties.full_name).join(', ')}; ${totalVertices(neighbours)} vertices`);
  log(`  with the outline: ${formatMosaic(measureMosaic([outline, ...neighbours]))}`);
  const inside = labels.filter((l) => turf.booleanPointInPolygon(l, communes.find((c) => c.id === l.id))).length;
  log(`Label points: ${labels.length}, ${inside} inside their commune`);
  log(`Wrote ${outDir}`);
}

main().catch((error) => {
  console.error(`build-boundaries: ${error.message}`);
  process.exit(1);
});
