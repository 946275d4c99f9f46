/** Where the figures and the boundaries on screen come from, in Vietnamese and English (footer, heading, exports). */
import { defineStrings } from '../translate';

/** The figures and boundaries lines. */
export const SOURCES = defineStrings({
  figuresPlan: { vi: 'Số liệu: Kế hoạch {number}, {issuer}', en: 'Figures: Plan {number}, {issuer}' },
  figuresFile: { vi: 'Số liệu: {file}', en: 'Figures: {file}' },
  noFigures: { vi: 'Chưa có số liệu: tải bảng mẫu, điền trong Excel rồi nạp lại.', en: 'No figures yet: download the template, fill it in with Excel and load it back.' },
  boundaryFile: { vi: 'Ranh giới: {file}', en: 'Boundaries: {file}' },
});
