// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { waitFor } from '@testing-library/react';
import { useStore } from '../../../src/state/store';
import { withUrlSync } from './urlSyncHelpers';
import { EDIT_DELAY_MS, currentLink, namesOtherPreset } from '../../../src/state/urlSync';
import { linkThresholds, setLinkThresholds } from '../../../src/state/linkThresholds';
import { getPreset } from '../../../src/scenario/allPresets';

const open = withUrlSync();

describe('the address bar holds the scenario', () => {
  it('opens the scenario of the link at start', () => {
    open('?p=rosy-plan&v=2&m=2&budget=5000&t0.engineers=12');
    const { scenario, presetId, notices } = useStore.getState();
    expect(presetId).toBe('rosy-plan');
    expect(scenario.tokens.budget).toBe(5000);
    expect(scenario.teams[0].engineers).toBe(12);
    expect(notices).toEqual([]);
    expect(location.search).toBe('?p=rosy-plan&v=2&m=2&budget=5000&t0.engineers=12');
  });

  it('names what it ignored, keeps the address as opened until the first edit, then writes the clean one', async () => {
    open('?p=rosy-plan&budget=lots&years=4&m=0');
    expect(useStore.getState().scenario.years).toBe(4);
    const notices = useStore.getState().notices;
    expect(notices.map((n) => n.text)).toEqual([
      'This link was made with model version 0; numbers may differ from when it was shared.',
      'Some settings in this link were ignored: budget must be a number, got “lots”.',
    ]);
    // The warning, not the info, offers the address as opened.
    expect(notices.map((n) => n.openedLink)).toEqual([undefined, `${location.origin}/?p=rosy-plan&budget=lots&years=4&m=0`]);
    expect(location.search).toBe('?p=rosy-plan&budget=lots&years=4&m=0');
    useStore.getState().setField('tokens.budget', 4800);
    await waitFor(() => expect(location.search).toBe('?p=rosy-plan&v=2&m=2&years=4&budget=4800'));
    // The notice still offers the link as it came.
    expect(useStore.getState().notices[1].openedLink).toBe(`${location.origin}/?p=rosy-plan&budget=lots&years=4&m=0`);
  });

  it('a link read whole shows its canonical form at once, an info notice included', () => {
    open('?years=4&p=rosy-plan&m=0');
    expect(useStore.getState().notices.map((n) => n.kind)).toEqual(['info']);
    expect(location.search).toBe('?p=rosy-plan&v=2&m=2&years=4');
  });

  it('a plain visit shows the default preset’s link', () => {
    open('');
    expect(location.search).toBe('?p=typical-spend&v=2&m=2');
  });

  it('reflects an edit within half a second, replacing the history entry', async () => {
    open('');
    const length = history.length;
    const t0 = performance.now();
    useStore.getState().setField('tokens.budget', 3600);
    useStore.getState().setField('tokens.budget', 4800);
    await waitFor(() => expect(location.search).toBe('?p=typical-spend&v=2&m=2&budget=4800'), { timeout: 500, interval: 10 });
    expect(performance.now() - t0).toBeLessThan(500);
    expect(EDIT_DELAY_MS).toBeLessThanOrEqual(250);
    expect(history.length).toBe(length);
  });

  it('a preset change is a new history entry; Back restores the scenario before it', async () => {
    open('?p=typical-spend&v=2&m=2&budget=4800');
    const length = history.length;
    useStore.getState().loadPreset('status-quo');
    expect(location.search).toBe('?p=status-quo&v=2&m=2');
    expect(history.length).toBe(length + 1);
    history.back();
    await waitFor(() => expect(useStore.getState().presetId).toBe('typical-spend'));
    expect(useStore.getState().scenario.tokens.budget).toBe(4800);
    // Restoring does not itself add an entry.
    expect(history.length).toBe(length + 1);
    history.forward();
    await waitFor(() => expect(useStore.getState().scenario).toBe(getPreset('status-quo')!.scenario));
  });

  it('keeps the embed parameter of an embedded page', async () => {
    open('?p=typical-spend&embed=costs');
    useStore.getState().setField('years', 6);
    await waitFor(() => expect(location.search).toBe('?p=typical-spend&v=2&m=2&years=6&embed=costs'));
  });
});

describe('the presets a link needs before it opens', () => {
  it('are those it names other than the default, as its base or its baseline’s', () => {
    expect(namesOtherPreset('')).toBe(false);
    expect(namesOtherPreset('?p=typical-spend&v=2&m=2&budget=4800')).toBe(false);
    expect(namesOtherPreset('?p=rosy-plan&v=2&m=2')).toBe(true);
    expect(namesOtherPreset('?p=typical-spend&baseline=status-quo.N4Ig')).toBe(true);
    expect(namesOtherPreset('?p=typical-spend&baseline=this.N4Ig')).toBe(false);
    expect(namesOtherPreset('?baseline=defaults')).toBe(false);
    // An unknown name loads nothing: the codec says there is no such preset.
    expect(namesOtherPreset('?p=no-such-preset')).toBe(false);
  });
});

describe('the threshold questions ride along', () => {
  it('are read from the link, kept through edits, and in the copied link', async () => {
    open('?p=typical-spend&v=2&m=2&thresholds=rolesAtRisk%3E5%402029&embed=costs');
    expect(linkThresholds()).toBe('rolesAtRisk>5@2029');
    expect(useStore.getState().notices).toEqual([]);
    expect(location.search).toBe('?p=typical-spend&v=2&m=2&thresholds=rolesAtRisk%3E5%402029&embed=costs');
    useStore.getState().setField('years', 6);
    await waitFor(() => expect(location.search).toBe('?p=typical-spend&v=2&m=2&years=6&thresholds=rolesAtRisk%3E5%402029&embed=costs'), { timeout: 3000 });
    expect(currentLink()).toMatch(/\?p=typical-spend&v=2&m=2&years=6&thresholds=rolesAtRisk%3E5%402029$/);
  });

  it('follow the panel: a changed question replaces the history entry', async () => {
    open('');
    const length = history.length;
    setLinkThresholds('engineers<90@2028', false);
    // (The half-second contract is checked for scenario edits above; here only that it is written.)
    await waitFor(() => expect(location.search).toBe('?p=typical-spend&v=2&m=2&thresholds=engineers%3C90%402028'), { timeout: 3000 });
    expect(history.length).toBe(length);
    setLinkThresholds(null, false);
    await waitFor(() => expect(location.search).toBe('?p=typical-spend&v=2&m=2'), { timeout: 3000 });
  });

  it('Back restores the questions of the entry', async () => {
    open('?p=typical-spend&v=2&m=2&thresholds=rolesAtRisk%3E5%402029');
    useStore.getState().loadPreset('status-quo');
    expect(location.search).toBe('?p=status-quo&v=2&m=2&thresholds=rolesAtRisk%3E5%402029');
    setLinkThresholds(null, false);
    history.back();
    await waitFor(() => expect(useStore.getState().presetId).toBe('typical-spend'), { timeout: 3000 });
    expect(linkThresholds()).toBe('rolesAtRisk>5@2029');
  });
});
