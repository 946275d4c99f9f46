/**
 * A table on the clipboard → what table-read reads: the HTML table Excel, Word or a browser puts there, else
 * its tab-separated text; nothing when the clipboard holds no table (a word, a link). Pure (takes any
 * object with `getData`, as DataTransfer has).
 */
import type { TableInput } from '../data/table-read/read-table';

/** The part of a DataTransfer that paste reading needs. */
export interface ClipboardLike {
  getData(type: string): string;
}

/** The pasted table, or null when the clipboard holds no table. */
export function clipboardTable(data: ClipboardLike, name: string): TableInput | null {
  const html = data.getData('text/html');
  if (/<table[\s>]/i.test(html)) return { html, name };
  const text = data.getData('text/plain');
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  if (lines.length >= 2 && lines.some((l) => l.includes('\t') || l.includes(';') || l.includes(','))) return { text, name };
  return null;
}

/** True when keyboard focus is in a place where pasting means typing (input, textarea, editable content). */
export function isTypingTarget(path: readonly EventTarget[]): boolean {
  return path.some((t) => {
    const el = t as { tagName?: string; isContentEditable?: boolean };
    return el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || el.isContentEditable === true;
  });
}
