/** Texts only the zoomable map of the public map shows (./zoomable-gl), kept out of the embed's start (vi first, en second). */
import { defineStrings } from '../core/translate';

/** Texts of the zoomable layer, by id. */
export const ZOOMABLE_TEXT = defineStrings({
  noWebgl: {
    vi: 'Trình duyệt này không hỗ trợ WebGL nên không phóng to, kéo được bản đồ; bản đồ, chú giải và bảng số liệu vẫn dùng được đầy đủ.',
    en: 'This browser has no WebGL, so the map cannot zoom or pan; the map, its legend and the data table still work in full.',
  },
});
