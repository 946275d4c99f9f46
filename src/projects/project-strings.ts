/** Strings of the project list, in Vietnamese and English. */
import { defineStrings } from '../core/translate';

/** Project UI strings. */
export const PROJECTS = defineStrings({
  title: { vi: 'Dự án đã lưu trên máy này', en: 'Projects saved on this device' },
  open: { vi: 'Dự án…', en: 'Projects…' },
  none: { vi: 'Chưa có dự án nào. Mỗi bảng số liệu bạn nạp được lưu thành một dự án.', en: 'No projects yet. Each table you load is saved as a project.' },
  privacy: { vi: 'Dự án chỉ lưu trong trình duyệt này; không gửi đi đâu.', en: 'Projects are kept in this browser only; nothing is sent anywhere.' },
  reopen: { vi: 'Mở', en: 'Open' },
  rename: { vi: 'Đổi tên', en: 'Rename' },
  save: { vi: 'Lưu', en: 'Save' },
  cancel: { vi: 'Huỷ', en: 'Cancel' },
  remove: { vi: 'Xoá', en: 'Delete' },
  confirmRemove: { vi: 'Xoá dự án “{name}”?', en: 'Delete the project “{name}”?' },
  export: { vi: 'Xuất tệp', en: 'Export' },
  import: { vi: 'Nhập dự án từ tệp…', en: 'Import a project file…' },
  newName: { vi: 'Tên mới của dự án', en: 'New project name' },
  current: { vi: 'đang mở', en: 'open' },
  updated: { vi: 'cập nhật {date}', en: 'updated {date}' },
  close: { vi: 'Đóng', en: 'Close' },
});
