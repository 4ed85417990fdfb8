// The browser test's check of workbook cells (test/fuzz/workbookCells.ts), on a
// workbook the app writes for hostile names and on hand-written sheets.
import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { simulate, frontier } from '../../../src/model';
import { getPreset } from '../../../src/scenario/allPresets';
import { workbookBlob } from '../../../src/export/workbook';
import { formulaTextCells } from '../../fuzz/workbookCells';

const sheet = (cells: string) => ['xl/worksheets/sheet1.xml', `<worksheet><sheetData><row r="1">${cells}</row></sheetData></worksheet>`] as const;
const shared = (...texts: string[]) => ['xl/sharedStrings.xml', `<sst>${texts.map((t) => `<si><t>${t}</t></si>`).join('')}</sst>`] as const;

describe('formula-like text in a workbook', () => {
  it('the app’s workbook of hostile names: every such text is a string cell, so nothing is flagged', async () => {
    const base = getPreset('typical-spend')!.scenario;
    const scenario = { ...base, title: '@SUM(1+1)', teams: [{ ...base.teams[0], name: '=HYPERLINK("http://evil","x")' }, { ...base.teams[0], name: '-1+2' }] };
    const blob = await workbookBlob({ scenario, result: simulate(scenario), link: '?p=typical-spend', frontier: frontier(scenario), levers: null, bands: null });
    const files = Object.entries(unzipSync(new Uint8Array(await blob.arrayBuffer()))).map(([name, bytes]) => [name, strFromU8(bytes)] as const);
    // The names are in the file, as shared or inline strings (not dropped, so the check had something to read).
    expect(files.some(([, xml]) => xml.includes('=HYPERLINK(&quot;http://evil&quot;,&quot;x&quot;)') || xml.includes('=HYPERLINK("http://evil","x")'))).toBe(true);
    expect(formulaTextCells(files)).toEqual([]);
  });

  it('flags such text in a formula’s cached result or an untyped cell, and a shared index past the table', () => {
    expect(formulaTextCells([shared('=1+1', 'ok'), sheet('<c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>@SUM(1)</t></is></c><c r="C1"><v>-3</v></c>')])).toEqual([]);
    expect(formulaTextCells([sheet('<c r="A1" t="str"><v>=cmd|x</v></c><c r="B1"><v>+cmd</v></c><c r="C1" t="s"><v>4</v></c>')])).toEqual([
      'xl/worksheets/sheet1.xml: "=cmd|x" in a cell of type str',
      'xl/worksheets/sheet1.xml: "+cmd" in a cell of type (number)',
      'xl/worksheets/sheet1.xml: a shared string index 4 past the table',
    ]);
  });
});
