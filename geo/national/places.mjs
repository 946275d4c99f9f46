// The geometry outputs of the national places pipeline: one TopoJSON per province and vintage, the 2025 national
// overview and the dissolved province outlines. Settings were chosen from the measurements in the build report.
import {
  bboxOf, finishTopology, joinBoxes, labelPoint, roundBox, runMapshaper, topoOut,
} from './topology.mjs';

/** Per-vintage settings of the province files: mapshaper simplification (none: the sources are already simplified). */
export const SETTINGS = {
  province: { quantization: '1e5', simplify: { 2025: '', 2013: '' } },
  overview: { quantization: '1e5', simplify: '-simplify interval=300 keep-shapes' },
  outlines: { quantization: '1e5', simplify: '-simplify interval=300 keep-shapes' },
};

/** Properties of a unit in its province file (2013 units add district and, without a GSO code, nocode). */
function unitProperties(unit, label) {
  const props = { name: unit.name, type: unit.type, fullName: unit.fullName, label };
  if (unit.district !== undefined) props.district = unit.district;
  if (unit.nocode) props.nocode = true;
  return props;
}

/**
 * Builds the TopoJSON of one province's units (object `units`, id = unit code) and returns it with the unit
 * records (label, bbox) used for the catalogue.
 */
export async function buildProvince(vintage, units) {
  const { quantization, simplify } = SETTINGS.province;
  const out = await runMapshaper('units', units.map((u) => ({ code: u.code, geometry: u.geometry })),
    `${simplify[vintage]} ${topoOut('out.json', quantization)}`);
  const byCode = new Map(units.map((u) => [u.code, u]));
  const info = new Map();
  const topology = finishTopology(out['out.json'], {
    units: {
      from: 'units',
      id: (p) => p.code,
      properties: (code, shape) => {
        const label = labelPoint(shape);
        info.set(code, { label, bbox: bboxOf(shape) });
        return unitProperties(byCode.get(code), label);
      },
    },
  });
  if (info.size !== units.length) throw new Error(`${vintage}: ${info.size} units written of ${units.length}`);
  return { topology, info };
}

/** Catalogue entry of a province: counts and bboxes (2013: with its districts), without the file size. */
export function provinceEntry(province, units, info, districts) {
  const entry = {
    code: province.code,
    name: province.name,
    fullName: province.fullName,
    units: units.length,
    bbox: roundBox(joinBoxes(units.map((u) => info.get(u.code).bbox))),
  };
  if (districts) {
    entry.districts = districts.map((d) => {
      const members = units.filter((u) => u.district === d.code);
      return {
        code: d.code, name: d.name, fullName: d.fullName, units: members.length,
        bbox: roundBox(joinBoxes(members.map((u) => info.get(u.code).bbox))),
      };
    });
  }
  return entry;
}

/**
 * The national 2025 view: all units simplified (labels from the province files when still inside) and the
 * province outlines dissolved from them, in one topology so their edges coincide.
 */
export async function buildOverview(units, provinces, labels) {
  const { quantization, simplify } = SETTINGS.overview;
  const out = await runMapshaper('units', units.map((u) => ({ code: u.code, province: u.province, geometry: u.geometry })),
    `${simplify} -dissolve province + name=provinces ${topoOut('out.json', quantization, 'units,provinces')}`);
  const byCode = new Map(units.map((u) => [u.code, u]));
  const provinceName = new Map(provinces.map((p) => [p.code, p.name]));
  return finishTopology(out['out.json'], {
    units: {
      from: 'units',
      id: (p) => p.code,
      properties: (code, shape) => {
        const u = byCode.get(code);
        return { name: u.name, type: u.type, province: u.province, label: labelPoint(shape, labels.get(code)) };
      },
    },
    provinces: { from: 'provinces', id: (p) => p.province, properties: (code) => ({ name: provinceName.get(code) }) },
  });
}

/** Dissolved, simplified province outlines of one vintage (object `provinces`, id = province code). */
export async function buildOutlines(units, provinces) {
  const { quantization, simplify } = SETTINGS.outlines;
  const out = await runMapshaper('units', units.map((u) => ({ province: u.province, geometry: u.geometry })),
    `-dissolve province name=provinces ${simplify} ${topoOut('out.json', quantization)}`);
  const byCode = new Map(provinces.map((p) => [p.code, p]));
  const topology = finishTopology(out['out.json'], {
    provinces: {
      from: 'provinces',
      id: (p) => p.province,
      properties: (code, shape) => ({ name: byCode.get(code).name, fullName: byCode.get(code).fullName, label: labelPoint(shape) }),
    },
  });
  if (topology.objects.provinces.geometries.length !== provinces.length) throw new Error('A province outline is missing');
  return topology;
}
