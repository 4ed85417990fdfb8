// The text cells of an .xlsx that start like a formula (=, +, -, @, tab, CR)
// and are not escaped the app's way, for the hostile-link browser test. The
// CSVs escape such text with a leading apostrophe (src/export/csv.ts); the
// workbook's way is the cell's type (src/export/workbook.ts: text is always a
// string cell, so "=HYPERLINK(…)" stays a name and reads back unchanged): a
// shared string (t="s") or an inline one (t="inlineStr"). Flagged: such text in
// any other cell (t="str" is a formula's cached result; a cell with no type is
// a number), and a shared-string index past the table.

/** What a spreadsheet would read as a formula if the cell were not typed text: the app's FORMULA_START (src/export/csv.ts). */
export const FORMULA_START = /^[=+\-@\t\r]/;
const unescapeXml = (t: string) => t.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n))).replace(/&amp;/g, '&');
const textOf = (xml: string) => [...xml.matchAll(/<t(?:\s[^>]*)?>([^<]*)<\/t>/g)].map((m) => unescapeXml(m[1])).join('');

/** Problems of a workbook's XML parts ([name, text]); empty when every formula-like text is typed text. */
export function formulaTextCells(files: readonly (readonly [string, string])[]): string[] {
  const problems: string[] = [];
  const sharedXml = files.find(([f]) => f.endsWith('sharedStrings.xml'))?.[1] ?? '';
  const shared = [...sharedXml.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => textOf(m[1]));
  for (const [file, xml] of files) {
    if (!/worksheets\/[^/]+\.xml$/.test(file)) continue;
    for (const m of xml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const type = /\bt="([^"]*)"/.exec(m[1])?.[1];
      const body = m[2] ?? '';
      const value = /<v>([^<]*)<\/v>/.exec(body)?.[1];
      const text = type === 's' ? shared[Number(value)] : body.includes('<is>') ? textOf(body) : value !== undefined ? unescapeXml(value) : '';
      if (text === undefined) problems.push(`${file}: a shared string index ${value} past the table`);
      else if (FORMULA_START.test(text) && type !== 's' && type !== 'inlineStr' && !(type === undefined && Number.isFinite(Number(text)))) {
        problems.push(`${file}: "${text.slice(0, 40)}" in a cell of type ${type ?? '(number)'}`);
      }
    }
  }
  return problems;
}
