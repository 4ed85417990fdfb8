// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildCard, escapeXml, wrap } from '../../../src/export/card';
import { anyText } from '../link/arbitraries';
import { textWidth } from '../../../src/charts/common/text';

const chart = { svg: '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="200"><rect width="300" height="200" fill="#fff"/></svg>', width: 300, height: 200 };
const parse = (svg: string) => new DOMParser().parseFromString(svg, 'image/svg+xml');

describe('the download card', () => {
  it('prints title, headline, assumptions, source and permalink, all escaped', () => {
    const evil = '"><script>alert(1)</script><foreignObject><img src=x onerror=alert(2)></foreignObject>&amp;';
    const card = buildCard({
      chartTitle: `Headcount ${evil}`,
      scenarioTitle: evil,
      headline: 'With $2,400 of tokens per engineer a year, 40 engineers do the work 36 could do.',
      chart,
      assumptions: 'token budget $2,400 per engineer-year; policy: hold',
      source: 'Source: Tokens or people (model version 1)',
      permalink: 'https://example.org/?p=typical-spend&v=2&m=2&title=%3Cscript%3E',
    });
    const doc = parse(card.svg);
    expect(doc.querySelector('parsererror')).toBeNull();
    const root = doc.documentElement;
    expect(root.tagName).toBe('svg');
    expect([...root.querySelectorAll('*')].map((el) => el.tagName).filter((t) => !['svg', 'title', 'rect', 'text', 'g'].includes(t))).toEqual([]);
    const text = [...root.querySelectorAll('text')].map((t) => t.textContent).join(' ');
    // The title is long enough to be cut at two lines; what is shown is the text itself.
    expect(text.startsWith('Headcount "><script>alert(1)</script><foreignOb')).toBe(true);
    expect(text).toContain('Scenario: "><script>');
    expect(text).toContain('token budget $2,400 per engineer-year; policy: hold');
    expect(text).toContain('https://example.org/?p=typical-spend&v=2&m=2&title=%3Cscript%3E');
    expect(card.height).toBeGreaterThan(200 + 100);
    expect(card.width).toBe(480);
  });

  it('stays well-formed XML whatever text it is given', () => {
    fc.assert(
      fc.property(anyText(200), anyText(80), (title, headline) => {
        const card = buildCard({ chartTitle: title, scenarioTitle: title, headline, chart, assumptions: headline, source: title, permalink: title });
        expect(parse(card.svg).querySelector('parsererror')).toBeNull();
      }),
      { numRuns: 100 },
    );
  }, 60_000);

  it('prints the “as long as …” line under the headline, wrapped and never cut, in German too', () => {
    const conditions =
      '1 Stelle gefährdet bis 2030, solange die für den halben Gewinn nötigen Tokens um mehr als 27 % im Jahr wachsen, die Token-Preise um weniger als 31,6 % im Jahr fallen und das Token-Budget um weniger als 4,3 % im Jahr wächst.';
    const card = buildCard({ chartTitle: 'Personal', scenarioTitle: 'Typisch', headline: 'Kurz.', conditions, chart, assumptions: 'a', source: 's', permalink: 'p' });
    const lines = [...parse(card.svg).querySelectorAll('text[font-size="14"]')].map((t) => t.textContent!).slice(1);
    // Every word is there, in order, over several lines, none wider than the card's text column.
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join(' ')).toBe(conditions);
    for (const line of lines) expect(textWidth(line, 14)).toBeLessThanOrEqual(480 - 2 * 24);
    const without = buildCard({ chartTitle: 'Personal', scenarioTitle: 'Typisch', headline: 'Kurz.', chart, assumptions: 'a', source: 's', permalink: 'p' });
    expect(card.height).toBeGreaterThan(without.height);
  });

  it('escapes the five XML specials and replaces characters XML forbids', () => {
    expect(escapeXml(`<a href="x">'&'</a>\u0000\uD800`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;\uFFFD\uFFFD');
  });

  it('wraps by width and ends a cut text with an ellipsis', () => {
    // Widths come from the charts' text estimate; a line holds "one two three" and no more.
    const width = textWidth('one two three', 12) + 1;
    expect(wrap('one two three four five six', width, 12)).toEqual(['one two three', 'four five six']);
    const [cut] = wrap('one two three four five six', width, 12, 1);
    expect(cut).toMatch(/^one two thr?e?…$/);
    expect(textWidth(cut, 12)).toBeLessThanOrEqual(width);
    // A word wider than the line is cut by characters.
    const per = Math.floor(width / textWidth('x', 12));
    expect(wrap('x'.repeat(2 * per + 3), width, 12)).toEqual(['x'.repeat(per), 'x'.repeat(per), 'xxx']);
  });
});
