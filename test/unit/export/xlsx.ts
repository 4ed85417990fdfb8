// A small reader of the .xlsx files the app writes, for tests: unzip with
// fflate (write-excel-file's own dependency), then read the sheet XML. Enough
// to check cell by cell: value, type (s: text, n: number, b: boolean), the
// number format, and whether any cell holds a formula.
import { strFromU8, unzipSync } from 'fflate';

export interface XlsxCell {
  value: string | number | boolean;
  type: 's' | 'n' | 'b' | 'str' | 'inlineStr';
  format?: string;
  formula: boolean;
}

export type XlsxSheet = Map<string, XlsxCell>;

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
const attrs = (text: string) => Object.fromEntries([...text.matchAll(/([\w:]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));

export function readXlsx(bytes: Uint8Array): { names: string[]; sheets: Record<string, XlsxSheet>; files: Record<string, string> } {
  const zip = unzipSync(bytes);
  const files = Object.fromEntries(Object.entries(zip).map(([name, data]) => [name, strFromU8(data)]));
  const strings = [...(files['xl/sharedStrings.xml'] ?? '').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
    unescape([...m[1].matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join('')),
  );
  const styles = files['xl/styles.xml'] ?? '';
  const formats = new Map([...styles.matchAll(/<numFmt ([^>]*)\/>/g)].map((m) => {
    const a = attrs(m[1]);
    return [a.numFmtId, unescape(a.formatCode)];
  }));
  const xfs = [...(styles.match(/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/)?.[1] ?? '').matchAll(/<xf ([^>]*?)\/?>/g)].map((m) => attrs(m[1]).numFmtId);
  const names = [...files['xl/workbook.xml'].matchAll(/<sheet ([^>]*)\/>/g)].map((m) => unescape(attrs(m[1]).name));
  const sheets: Record<string, XlsxSheet> = {};
  names.forEach((name, i) => {
    const xml = files[`xl/worksheets/sheet${i + 1}.xml`];
    const sheet: XlsxSheet = new Map();
    for (const m of xml.matchAll(/<c ([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const a = attrs(m[1]);
      const inner = m[2] ?? '';
      const v = inner.match(/<v>([\s\S]*?)<\/v>/)?.[1];
      const inline = inner.match(/<is>[\s\S]*?<t[^>]*>([\s\S]*?)<\/t>/)?.[1];
      if (v === undefined && inline === undefined) continue;
      const type = (a.t ?? 'n') as XlsxCell['type'];
      const value = type === 's' ? strings[Number(v)] : type === 'b' ? v === '1' : type === 'inlineStr' ? unescape(inline!) : type === 'str' ? unescape(v!) : Number(v);
      const fmt = a.s === undefined ? undefined : xfs[Number(a.s)];
      sheet.set(a.r, { value, type, format: fmt === undefined ? undefined : formats.get(fmt), formula: /<f[ >]/.test(inner) });
    }
    sheets[name] = sheet;
  });
  return { names, sheets, files };
}

/** The column letters of a 0-based index: 0 → A, 26 → AA. */
export function columnName(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
