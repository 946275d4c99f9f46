/** Strings of the places feature (loader messages, picker, template buttons), in Vietnamese and English. Pure. */
import { defineStrings } from '../core/translate';

/** Messages of the places files that could not be read. */
export const PLACE_LOAD = defineStrings({
  offline: {
    vi: 'Không tải được tệp {file}: máy đang ngoại tuyến hoặc chưa từng mở nơi này khi có mạng. Bản đồ đang hiển thị vẫn giữ nguyên.',
    en: 'Could not load {file}: the device is offline or this place was never opened while online. The map shown is unchanged.',
  },
  missing: {
    vi: 'Không có tệp {file} trên máy chủ (mã lỗi {status}). Bản đồ đang hiển thị vẫn giữ nguyên.',
    en: 'The server has no file {file} (status {status}). The map shown is unchanged.',
  },
  invalid: {
    vi: 'Tệp {file} bị hỏng hoặc sai định dạng: {detail}. Bản đồ đang hiển thị vẫn giữ nguyên.',
    en: 'The file {file} is damaged or not in the expected format: {detail}. The map shown is unchanged.',
  },
  unknownPlace: {
    vi: 'Không có nơi mã {code} trong danh mục ({file}). Bản đồ đang hiển thị vẫn giữ nguyên.',
    en: 'The catalogue ({file}) has no place with code {code}. The map shown is unchanged.',
  },
  noUnits: {
    vi: 'Tệp {file} không có đơn vị nào của {place}. Bản đồ đang hiển thị vẫn giữ nguyên.',
    en: '{file} has no units of {place}. The map shown is unchanged.',
  },
  noCrosswalk: {
    vi: 'Không biết số liệu này thuộc tỉnh nào trước 2025 ({province}), nên không chuyển được sang xã/phường 2025.',
    en: 'The pre-2025 province of these figures ({province}) is not known, so they cannot be shown on the 2025 communes.',
  },
});

/** Labels of the place picker. */
export const PLACE_PICKER = defineStrings({
  legend: { vi: 'Chọn nơi', en: 'Choose a place' },
  vintage: { vi: 'Đơn vị hành chính', en: 'Administrative units' },
  vintage2025: { vi: 'Xã/phường từ 1/7/2025', en: 'Communes since 1 July 2025' },
  vintage2013: { vi: 'Trước 2025 (theo huyện)', en: 'Before 2025 (by district)' },
  builtIn: { vi: 'Kế hoạch mẫu có sẵn (2022)', en: 'Built-in example plan (2022)' },
  heldFile: { vi: 'Tệp đã nạp: {file}', en: 'Loaded file: {file}' },
  province: { vi: 'Tỉnh/thành phố', en: 'Province or city' },
  chooseProvince: { vi: '— Chọn tỉnh/thành phố —', en: '— Choose a province —' },
  district: { vi: 'Quận/huyện', en: 'District' },
  wholeProvince: { vi: 'Cả tỉnh/thành phố', en: 'The whole province' },
  level: { vi: 'Hiển thị theo', en: 'Show by' },
  levelCommune: { vi: 'Xã/phường', en: 'Communes' },
  levelDistrict: { vi: 'Quận/huyện (gộp từ xã)', en: 'Districts (merged from communes)' },
  search: { vi: 'Tìm nơi', en: 'Find a place' },
  searchPlaceholder: { vi: 'Ví dụ: hieu giang, cam lo', en: 'e.g. hieu giang, cam lo' },
  results: { vi: 'Kết quả tìm nơi', en: 'Places found' },
  loadingNames: { vi: 'Đang tải danh sách tên…', en: 'Loading the list of names…' },
  noMatch: { vi: 'Không tìm thấy nơi nào', en: 'No place found' },
  resultCount: { vi: '{count} kết quả', en: '{count} results' },
  chosen: { vi: 'Đã chọn {name}', en: 'Chose {name}' },
  loadingIndex: { vi: 'Đang tải danh mục tỉnh…', en: 'Loading the list of provinces…' },
});

/** Labels of the blank template buttons. */
export const TEMPLATE = defineStrings({
  csv: { vi: 'Tải mẫu CSV', en: 'Download CSV template' },
  xlsx: { vi: 'Tải mẫu Excel', en: 'Download Excel template' },
  hint: {
    vi: 'Bảng trống gồm tên, mã của {count} đơn vị và các cột của biểu kế hoạch; điền trong Excel rồi nạp lại.',
    en: 'A blank table with the name and code of {count} units and the plan’s columns; fill it in with Excel and load it back.',
  },
  failed: { vi: 'Không tạo được tệp mẫu: {detail}', en: 'Could not make the template: {detail}' },
});
