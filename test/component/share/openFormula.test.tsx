// @vitest-environment jsdom
// A formula attack in an opened scenario (issue 12): a file, a saved scenario
// or a link whose custom curve the sandbox refuses is named in a notice and
// the last good scenario stays, as for any refused input. (Before, a file
// opened anyway with "Opened …", and the page lost its scenario.)
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ShareBar } from '../../../src/ui/share/ShareBar';
import { SavedScenarios } from '../../../src/ui/share/SavedScenarios';
import { useStore } from '../../../src/state/store';
import { ensureFormulaEngine, resetFormulaEngineForTests } from '../../../src/state/formula';
import { SAVED_KEY, resetSavedCache } from '../../../src/state/saved';
import { startUrlSync } from '../../../src/state/urlSync';
import { encodeLink } from '../../../src/scenario/link';
import { loadScenario } from '../../../src/scenario/parse';

const ATTACK = 'import({x: 1})';
const attackFile = { title: 'Attack', productivity: { curve: 'custom', expression: ATTACK } };
const teamAttack = { title: 'Team attack', teams: [{ name: 'A', productivity: { curve: 'custom', expression: 'T.constructor' } }] };
const file = (json: unknown, name = 'attack.json') => new File([JSON.stringify(json)], name, { type: 'application/json' });
const texts = () => useStore.getState().notices.map((n) => n.text);

let stop: (() => void) | undefined;
beforeEach(() => {
  resetFormulaEngineForTests();
  useStore.setState(useStore.getInitialState());
  localStorage.clear();
  resetSavedCache();
});
afterEach(() => {
  stop?.();
  stop = undefined;
});

describe('opening a scenario whose formula the sandbox refuses', { timeout: 20_000 }, () => {
  it.each([
    ['the shared curve', attackFile, 'productivity.expression "import" is not allowed'],
    ['a team’s own curve', teamAttack, 'teams[0].productivity.expression property access and indexing ("T.constructor") are not allowed'],
  ])('a file with a formula attack in %s: a notice names it, the last good scenario stays', async (_, json, named) => {
    const before = useStore.getState().scenario;
    render(<ShareBar />);
    await userEvent.upload(screen.getByLabelText('Open scenario file…'), file(json));
    await waitFor(() => expect(texts()).toHaveLength(1));
    expect(texts()[0]).toContain('“attack.json” could not be opened, so the current scenario stays: ');
    expect(texts()[0]).toContain(named);
    expect(useStore.getState().scenario).toBe(before);
    expect(useStore.getState().presetId).toBe('typical-spend');
  });

  it('a file with an allowed formula opens once the engine has checked it', async () => {
    render(<ShareBar />);
    await userEvent.upload(screen.getByLabelText('Open scenario file…'), file({ title: 'Fine', productivity: { curve: 'custom', expression: '1 + T / (T + half)' } }, 'fine.json'));
    await waitFor(() => expect(useStore.getState().scenario.title).toBe('Fine'));
    expect(texts()).toEqual(['Opened “fine.json”.']);
  });

  it('a saved scenario with a formula attack is refused the same way', async () => {
    localStorage.setItem(SAVED_KEY, JSON.stringify({ version: 1, items: [{ id: 'a', name: 'Tampered', savedAt: '', scenario: loadScenario(attackFile) }] }));
    const before = useStore.getState().scenario;
    render(<SavedScenarios onClose={() => undefined} />);
    await userEvent.click(screen.getByRole('button', { name: 'Open “Tampered”' }));
    await waitFor(() => expect(texts()).toHaveLength(1));
    expect(texts()[0]).toMatch(/^The saved scenario “Tampered” could not be opened, so the current one stays: productivity\.expression "import" is not allowed/);
    expect(useStore.getState().scenario).toBe(before);
  });

  it('a link with a formula attack opens the page on the last good scenario, with a notice', async () => {
    const before = useStore.getState().scenario;
    window.history.replaceState(null, '', `/${encodeLink(loadScenario(attackFile), null)}`);
    // The engine has not loaded at start: the link opens, is checked when it arrives, and is undone.
    stop = startUrlSync();
    await act(() => ensureFormulaEngine());
    await waitFor(() => expect(useStore.getState().scenario).toBe(before));
    expect(useStore.getState().presetId).toBe('typical-spend');
    expect(texts()).toEqual([expect.stringMatching(/^The productivity formula in this link is not allowed, so the current scenario stays: productivity\.expression "import" is not allowed/)]);
    expect(useStore.getState().fieldErrors).toEqual({});
  });

  it('once the engine is loaded, such a link (Back, Forward) is refused at once', async () => {
    await ensureFormulaEngine();
    const before = useStore.getState().scenario;
    window.history.replaceState(null, '', `/${encodeLink(loadScenario(teamAttack), null)}`);
    stop = startUrlSync();
    expect(useStore.getState().scenario).toBe(before);
    expect(texts()).toEqual([expect.stringContaining('teams[0].productivity.expression property access')]);
  });
});
