import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { jsonErrorPosition, parseScenarioText, scenarioToJson } from '../../../src/export/scenarioFile';
import { toCsv } from '../../../src/export/csv';
import { YEAR_METRICS, simulate } from '../../../src/model';
import { loadScenario } from '../../../src/scenario/parse';
import { anyScenario } from '../link/arbitraries';

describe('scenario files', () => {
  it('any valid scenario written as JSON reads back identical', () => {
    fc.assert(
      fc.property(anyScenario, (scenario) => {
        const text = scenarioToJson(scenario);
        expect(text).toMatch(/^\{\n {2}"schemaVersion": 2,\n/);
        expect(parseScenarioText(text)).toEqual({ ok: true, scenario });
      }),
      { numRuns: 100 },
    );
  }, 60_000);

  it('refuses to export an invalid scenario, naming the field', () => {
    const bad = { ...loadScenario({}), years: 0 };
    expect(() => scenarioToJson(bad)).toThrow('years: must be at least 1, got 0');
  });

  it('names what is wrong with a file', () => {
    // Cut short: the parser gives no position, and none is made up.
    expect(parseScenarioText('{"years": ')).toEqual({ ok: false, errors: [{ path: '(file)', message: 'is not valid JSON', code: 'notJson', values: {} }] });
    // A trailing comma: the "}" at offset 13 is line 3, column 3 (after "{", "\n", ` "a": 1,`, "\n" and two spaces). Never the parser's own text.
    expect(parseScenarioText('{\n "a": 1,\n  }')).toEqual({
      ok: false,
      errors: [{ path: '(file)', message: 'is not valid JSON (line 3, column 3)', code: 'notJson', values: { line: 3, column: 3 } }],
    });
    const result = parseScenarioText('{"__proto__": {"x": 1}, "years": 3}');
    expect(result).toEqual({ ok: false, errors: [{ path: '__proto__', message: 'is not an allowed field name' }] });
    expect(parseScenarioText('\uFEFF{"years": 3}')).toMatchObject({ ok: true, scenario: { years: 3 } });
  });
});

describe('where a file stops being JSON', () => {
  it('reads the line and column from each engine’s message, or counts them from the position', () => {
    // Chrome 117+ and Node 20+ (V8) with line and column; Firefox; older V8 with the offset only.
    expect(jsonErrorPosition('Expected \',\' or \'}\' after property value in JSON at position 20 (line 3 column 5)', '')).toEqual({ line: 3, column: 5 });
    expect(jsonErrorPosition('JSON.parse: expected \',\' or \'}\' after property value in object at line 2 column 9 of the JSON data', '')).toEqual({ line: 2, column: 9 });
    // Offset 4 of "ab\ncd": past "ab" and the newline, then "c": line 2, column 2.
    expect(jsonErrorPosition('Unexpected token d in JSON at position 4', 'ab\ncd')).toEqual({ line: 2, column: 2 });
    expect(jsonErrorPosition('Unexpected end of JSON input', 'ab')).toBeUndefined();
    expect(jsonErrorPosition('at position 99', 'ab')).toBeUndefined();
  });
});

describe('CSV download', () => {
  it('has the header team,year,<YEAR_METRICS> and one row per team and year after the totals', () => {
    const scenario = loadScenario({ years: 3, teams: [{ name: '=HYPERLINK("x")' }, { name: 'B, "quoted"' }] });
    const csv = toCsv(simulate(scenario), scenario, { teams: true });
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(['team', 'year', ...YEAR_METRICS].join(','));
    expect(lines).toHaveLength(1 + 3 * 3);
    // A name that would run as a spreadsheet formula is neutralised and quoted.
    expect(lines[4].startsWith(`"'=HYPERLINK(""x"")",2026,`)).toBe(true);
    expect(lines[7].startsWith('"B, ""quoted""",2026,')).toBe(true);
  });
});
