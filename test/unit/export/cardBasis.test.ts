// @vitest-environment jsdom
// Issue 9 point 7 on the downloaded card: once the scenario left its preset,
// the PNG/SVG card says what it is based on and what changed, and its
// assumptions and source lines state the scenario's numbers, never the
// preset's ("40 engineers" under a 200-engineer scenario). The PNG is this
// SVG rasterised (png.ts), so the SVG's words are the PNG's. (That the card
// is well-formed is checked in Chromium, test/e2e/share.e2e.ts: jsdom's
// XMLSerializer writes the chart's xmlns twice.)
import { beforeEach, describe, expect, it } from 'vitest';
import { useStore } from '../../../src/state/store';
import { chartCard } from '../../../src/export/exports';
import { setLang } from '../../../src/i18n';

// The card's words, its wrapped lines joined again (one space between lines and between <text> nodes).
const words = (svg: string) => svg.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ');

beforeEach(async () => {
  await setLang('en');
  useStore.setState(useStore.getInitialState());
});

describe('the card of an edited scenario', () => {
  it('carries the basis line and states 200 engineers, not the preset’s 40', async () => {
    // The default preset, as it opens: 40 engineers in one team, and no basis line.
    const before = words((await chartCard('headcount', new Date('2026-05-01'))).svg);
    expect(before).toContain('Assumptions: 40 engineers in 1 team;');
    expect(before).not.toContain('Based on');

    useStore.getState().setField('teams[0].engineers', 200);
    const card = await chartCard('headcount', new Date('2026-05-01'));
    const text = words(card.svg);
    // Worked by hand: the preset's title and the one changed field, as the title area's line says it.
    expect(text).toContain('Based on “Today’s typical AI spend”, changed: engineers 200.');
    expect(text).toContain('Assumptions: 200 engineers in 1 team;');
    expect(text).not.toMatch(/\b40 engineers\b/);
    // The sources are the scenario's own (an edit keeps the preset's list, now the scenario's).
    const { scenario } = useStore.getState();
    expect(text).toContain(`Sources cited in the scenario: ${scenario.sources[0].label.slice(0, 40)}`);
  });
});
