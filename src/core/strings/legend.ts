/** Strings of the choropleth legend and its counted nouns, used by the public embed too (vi first, en second). */
import { defineCounted } from '../plural';
import { defineStrings } from '../translate';

/** "3 xã" / "1 commune", "3 communes". */
export const COMMUNE_COUNT = defineCounted({ vi: '{count} xã', en: { one: '{count} commune', other: '{count} communes' } });

/** "13 huyện" / "1 district", "13 districts": the units of a province's table of districts. */
export const DISTRICT_COUNT = defineCounted({ vi: '{count} huyện', en: { one: '{count} district', other: '{count} districts' } });

/** "4 lớp" / "1 class", "4 classes". */
export const CLASS_COUNT = defineCounted({ vi: '{count} lớp', en: { one: '{count} class', other: '{count} classes' } });

/** Legend strings. */
export const LEGEND = defineStrings({
  unitHouseholds: { vi: 'Đơn vị: hộ', en: 'Unit: households' },
  unitPercent: { vi: 'Đơn vị: % số hộ', en: 'Unit: % of households' },
  unitPoints: { vi: 'Đơn vị: điểm phần trăm', en: 'Unit: percentage points' },
  noData: { vi: 'Không có số liệu', en: 'No data' },
  rangeFromTo: { vi: 'từ {lower} đến dưới {upper}', en: 'from {lower} to under {upper}' },
  rangeLast: { vi: 'từ {lower} đến {upper}', en: 'from {lower} to {upper}' },
  methodLine: { vi: 'Phân loại: {method}, {classes}', en: 'Classification: {method}, {classes}' },
  quantile: { vi: 'phân vị (số xã mỗi lớp gần bằng nhau)', en: 'Quantiles (about as many communes per class)' },
  equal: { vi: 'khoảng đều', en: 'Equal intervals' },
  natural: { vi: 'ngắt tự nhiên (Jenks)', en: 'Natural breaks (Jenks)' },
  manual: { vi: 'ngưỡng tự chọn', en: 'Manual breaks' },
  empty: { vi: 'Chưa có số liệu để phân loại.', en: 'No figures to classify yet.' },
  listLabel: { vi: 'Chú giải: {metric}', en: 'Legend: {metric}' },
});
