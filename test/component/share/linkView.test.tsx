// @vitest-environment jsdom
// Links carry the whole view (issue 9 point 5): lens, year of the figures,
// downturn question and pinned baseline, in the address bar and the copied
// link; old links open as before; bad values are named in a notice.
import { describe, expect, it } from 'vitest';
import { act, waitFor } from '@testing-library/react';
import { useStore } from '../../../src/state/store';
import { withUrlSync } from './urlSyncHelpers';
import { useView } from '../../../src/state/view';
import { currentLink } from '../../../src/state/urlSync';
import { decodeBaseline, encodeBaseline } from '../../../src/state/linkView';
import { getPreset } from '../../../src/scenario/allPresets';
import { loadScenario } from '../../../src/scenario/parse';
import LZString from 'lz-string';
import { SCHEMA_VERSION } from '../../../src/scenario/schema';
import { MODEL_VERSION } from '../../../src/model/version';

/** The link's versions, as the app writes them now. */
const VM = `v=${SCHEMA_VERSION}&m=${MODEL_VERSION}`;

const open = withUrlSync();
const preset = (id: string) => getPreset(id)!.scenario;
const query = (link: string) => new URLSearchParams(link.slice(link.indexOf('?')));

describe('the view in the link', () => {
  it('a link without view parameters opens the default view, with the notices it always had', () => {
    // Schema version 2: a version 1 link would open version 1's rosy-plan, which is no longer a
    // small diff from today's preset.
    open(`?p=rosy-plan&v=${SCHEMA_VERSION}&m=0&budget=5000`);
    expect(useStore.getState().lens).toBe('newsroom');
    expect(useStore.getState().baseline).toBeNull();
    expect(useView.getState()).toMatchObject({ year: null, savings: null, downturnYear: null });
    expect(useStore.getState().notices.map((n) => n.text)).toEqual(['This link was made with model version 0; numbers may differ from when it was shared.']);
    expect(location.search).toBe(`?p=rosy-plan&${VM}&budget=5000`);
  });

  it('opens the lens, year, downturn question and baseline a link carries, and keeps them in the address bar', () => {
    const baseline = encodeBaseline(preset('works-agreement'), preset('typical-spend'));
    open(`?p=typical-spend&${VM}&lens=finance&year=2028&savings=5000000&downturnYear=2028&baseline=${baseline}`);
    const { lens, baseline: pinned, notices } = useStore.getState();
    expect(notices).toEqual([]);
    expect(lens).toBe('finance');
    expect(pinned).toEqual(preset('works-agreement'));
    expect(useView.getState()).toMatchObject({ year: 2028, savings: 5_000_000, downturnYear: 2028 });
    expect(baseline).toBe('works-agreement'); // a preset unchanged: its id alone
    expect(location.search).toBe(`?p=typical-spend&${VM}&lens=finance&year=2028&savings=5000000&downturnYear=2028&baseline=works-agreement`);
  });

  it('an edit of the view reaches the address bar and the copied link', async () => {
    open('');
    act(() => {
      useStore.getState().setLens('union');
      useView.getState().set({ savings: 250_000, downturnYear: 2027, year: 2029 });
    });
    await waitFor(() => expect(location.search).toBe(`?p=typical-spend&${VM}&lens=union&year=2029&savings=250000&downturnYear=2027`), { timeout: 500, interval: 10 });
    expect(currentLink()).toBe(location.href);
  });

  it('a chosen year the run no longer reaches is written as the year in use', async () => {
    open(`?p=typical-spend&${VM}&year=2030&downturnYear=2030`);
    useStore.getState().setField('years', 3);
    await waitFor(() => expect(location.search).toBe(`?p=typical-spend&${VM}&years=3&year=2028&downturnYear=2028`), { timeout: 500, interval: 10 });
  });

  it('a baseline pinned a few edits ago travels as a short diff from the scenario, and reopens exactly', async () => {
    open('');
    const pinned = useStore.getState().scenario;
    act(() => useStore.getState().setBaseline(pinned));
    useStore.getState().setField('teams[0].engineers', 55);
    useStore.getState().setField('tokens.budget', 9000);
    await waitFor(() => expect(location.search).toContain('baseline='));
    const value = query(location.search).get('baseline')!;
    // The baseline is the preset itself: its id is shortest.
    expect(value).toBe('typical-spend');

    // A baseline that is the scenario with one change: "this." and a diff.
    const edited = useStore.getState().scenario;
    const other = { ...edited, policy: { ...edited.policy, layoffs: !edited.policy.layoffs } };
    const encoded = encodeBaseline(other, edited);
    expect(encoded).toMatch(/^this\.[A-Za-z0-9+$-]+$/);
    expect(encoded.length).toBeLessThan(60);
    expect(decodeBaseline(encoded, edited, String(SCHEMA_VERSION))).toEqual({ scenario: other });
  });

  it('a baseline with teams of its own round-trips through the link', () => {
    const scenario = preset('typical-spend');
    const baseline = loadScenario({ title: 'Three teams', teams: [{ name: 'A', engineers: 10 }, { name: 'B', engineers: 20 }, { name: 'C', engineers: 30 }] });
    const encoded = encodeBaseline(baseline, scenario);
    expect(decodeBaseline(encoded, scenario, String(SCHEMA_VERSION))).toEqual({ scenario: baseline });
    open(`?p=typical-spend&${VM}&baseline=${encoded}`);
    expect(useStore.getState().baseline).toEqual(baseline);
  });

  it('bad values are ignored with one notice naming each parameter; the scenario still opens', async () => {
    open(`?p=rosy-plan&${VM}&budget=5000&lens=cfo&year=1999&savings=-5&downturnYear=soon&baseline=typical-spend.garbage`);
    const { scenario, lens, baseline, notices } = useStore.getState();
    expect(scenario.tokens.budget).toBe(5000);
    expect(lens).toBe('newsroom');
    expect(baseline).toBeNull();
    expect(useView.getState()).toMatchObject({ year: null, savings: null, downturnYear: null });
    expect(notices).toHaveLength(1);
    const text = notices[0].text;
    expect(text).toMatch(/^Some view settings in this link were ignored: /);
    expect(text).toContain('lens “cfo” is not a lens (union, finance, newsroom)');
    expect(text).toContain('year “1999” is not a year of this scenario (2026 to 2030)');
    expect(text).toContain('savings must be an amount of at least 0, got “-5”');
    expect(text).toContain('downturnYear “soon” is not a year of this scenario');
    expect(text).toContain('baseline could not be opened, so none is pinned');
    // The address stays as opened (docs/links.md, “A damaged link”); the first change writes the clean one.
    expect(location.search).toBe(`?p=rosy-plan&${VM}&budget=5000&lens=cfo&year=1999&savings=-5&downturnYear=soon&baseline=typical-spend.garbage`);
    useStore.getState().setField('tokens.budget', 6000);
    await waitFor(() => expect(location.search).toBe(`?p=rosy-plan&${VM}&budget=6000`));
  });

  it('a baseline naming no preset, or out of bounds, is refused by name', () => {
    const scenario = preset('typical-spend');
    expect(decodeBaseline('no-such-preset', scenario, String(SCHEMA_VERSION))).toEqual({ error: 'there is no preset called “no-such-preset”' });
    expect(decodeBaseline('<script>', scenario, String(SCHEMA_VERSION))).toMatchObject({ error: expect.stringContaining('damaged') });
    // The scenario itself: "this" alone.
    expect(encodeBaseline({ ...scenario }, { ...scenario, title: 'Other' })).toBe('typical-spend');
    expect(decodeBaseline('this', scenario, String(SCHEMA_VERSION))).toEqual({ scenario });
    // A diff whose value the schema refuses: named like the codec names it.
    const outOfBounds = `this.${LZString.compressToEncodedURIComponent(JSON.stringify({ years: 100 }))}`;
    expect(decodeBaseline(outOfBounds, scenario, String(SCHEMA_VERSION))).toEqual({ error: 'years must be at most 30, got 100' });
  });

  it('Back restores the view of the earlier entry', async () => {
    open(`?p=typical-spend&${VM}&lens=union`);
    history.pushState(null, '', `/?p=typical-spend&${VM}&lens=finance&year=2027`);
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(useStore.getState().lens).toBe('finance');
    expect(useView.getState().year).toBe(2027);
    history.replaceState(null, '', `/?p=typical-spend&${VM}&lens=union`);
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(useStore.getState().lens).toBe('union');
    expect(useView.getState().year).toBeNull();
  });
});
