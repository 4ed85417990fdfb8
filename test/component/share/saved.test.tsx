// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SavedScenarios } from '../../../src/ui/share/SavedScenarios';
import { useStore } from '../../../src/state/store';
import { SAVED_KEY, checkSavedStore, deleteSaved, listSaved, renameSaved, resetSavedCache, saveScenario } from '../../../src/state/saved';
import { loadScenario } from '../../../src/scenario/parse';

beforeEach(() => {
  useStore.setState(useStore.getInitialState());
  localStorage.clear();
  resetSavedCache();
});

const asideKeys = () => Object.keys(localStorage).filter((k) => k.startsWith(`${SAVED_KEY}:set-aside:`));

describe('saved scenarios store', () => {
  it('keeps a versioned envelope that survives a reload', () => {
    saveScenario('Plan A', loadScenario({ title: 'A', years: 3 }));
    const stored = JSON.parse(localStorage.getItem(SAVED_KEY)!);
    expect(stored.version).toBe(1);
    expect(stored.items).toEqual([{ id: expect.any(String), name: 'Plan A', savedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/), scenario: expect.objectContaining({ title: 'A', years: 3 }) }]);
    resetSavedCache();
    expect(listSaved().map((i) => i.name)).toEqual(['Plan A']);
  });

  it.each([
    ['damaged JSON', '{"version":1,"items":[', 'damaged data'],
    ['another app’s data', '["something", "else"]', 'an unknown format'],
    ['a newer format', '{"version":7,"items":[]}', 'format version 7'],
    ['a prototype key', '{"version":1,"items":[],"__proto__":{"polluted":true}}', 'an unknown format'],
  ])('sets %s aside with a notice and starts empty', (_, raw, why) => {
    localStorage.setItem(SAVED_KEY, raw);
    checkSavedStore();
    expect(listSaved()).toEqual([]);
    expect(localStorage.getItem(SAVED_KEY)).toBeNull();
    expect(asideKeys().map((k) => localStorage.getItem(k))).toEqual([raw]);
    const notices = useStore.getState().notices;
    expect(notices).toHaveLength(1);
    expect(notices[0].text).toContain(`could not be read (${why})`);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('SavedScenarios dialog', () => {
  it('saves under a name, renames, opens and deletes', async () => {
    const user = userEvent.setup();
    const closed: number[] = [];
    render(<SavedScenarios onClose={() => closed.push(1)} />);
    const dialog = screen.getByRole('dialog', { name: 'Saved scenarios' });
    expect(within(dialog).getByText('No saved scenarios yet.')).toBeInTheDocument();
    const name = within(dialog).getByRole('textbox', { name: 'Name' });
    await user.clear(name);
    await user.type(name, 'Budget doubled');
    await user.click(within(dialog).getByRole('button', { name: 'Save current scenario' }));
    expect(within(dialog).getByRole('status')).toHaveTextContent('Saved as “Budget doubled”.');
    const list = within(dialog).getByRole('list', { name: 'Saved scenarios' });
    expect(within(list).getByText('Budget doubled')).toBeInTheDocument();

    await user.click(within(list).getByRole('button', { name: 'Rename “Budget doubled”' }));
    const rename = within(list).getByRole('textbox', { name: 'New name for “Budget doubled”' });
    await user.clear(rename);
    await user.type(rename, 'Doubled{Enter}');
    expect(within(list).getByText('Doubled')).toBeInTheDocument();
    expect(listSaved()[0].name).toBe('Doubled');

    // Change the scenario, then open the saved one: it comes back, the dialog closes.
    const saved = useStore.getState().scenario;
    useStore.getState().setField('years', 9);
    await user.click(within(list).getByRole('button', { name: 'Open “Doubled”' }));
    expect(useStore.getState().scenario).toEqual(saved);
    expect(closed).toEqual([1]);

    await user.click(within(list).getByRole('button', { name: 'Delete “Doubled”' }));
    await user.click(within(list).getByRole('button', { name: 'Yes, delete' }));
    expect(listSaved()).toEqual([]);
  });

  it('validates a stored scenario again when opened: a bad one is named, the current stays', async () => {
    localStorage.setItem(SAVED_KEY, JSON.stringify({ version: 1, items: [{ id: 'x', name: 'Tampered', savedAt: '2026-01-01T00:00:00Z', scenario: { years: -1, teams: [{ engineers: 'many' }] } }] }));
    resetSavedCache();
    const before = useStore.getState().scenario;
    render(<SavedScenarios onClose={() => undefined} />);
    await userEvent.click(screen.getByRole('button', { name: 'Open “Tampered”' }));
    expect(useStore.getState().scenario).toBe(before);
    const text = useStore.getState().notices[0].text;
    expect(text).toContain('The saved scenario “Tampered” could not be opened');
    expect(text).toContain('years must be at least 1, got -1');
    expect(text).toContain('teams[0].engineers must be a number, got "many"');
  });
});

describe('saved scenarios in several tabs (issue 12)', () => {
  afterEach(() => vi.restoreAllMocks());

  const item = (id: string, name: string) => ({ id, name, savedAt: '2026-12-01T10:00:00.000Z', scenario: { title: name } });
  /** What another tab does: write the store, and (as the browser does) tell this tab with a `storage` event. */
  function otherTabWrites(items: unknown[] | string) {
    const raw = typeof items === 'string' ? items : JSON.stringify({ version: 1, items });
    const old = localStorage.getItem(SAVED_KEY);
    localStorage.setItem(SAVED_KEY, raw);
    act(() => {
      window.dispatchEvent(new StorageEvent('storage', { key: SAVED_KEY, oldValue: old, newValue: raw, storageArea: localStorage }));
    });
  }
  const names = () => listSaved().map((i) => i.name);

  it('a save reads the store afresh: what another tab saved after this tab read the list stays', () => {
    saveScenario('A1', loadScenario({ title: 'A1' }));
    expect(names()).toEqual(['A1']);
    // Tab B read the list before A saved, then saved its own: the store holds both (B merged).
    localStorage.setItem(SAVED_KEY, JSON.stringify({ version: 1, items: [...JSON.parse(localStorage.getItem(SAVED_KEY)!).items, item('b', 'B1')] }));
    // This tab never heard of B1 (no storage event): its save still keeps it.
    saveScenario('A2', loadScenario({ title: 'A2' }));
    expect(names()).toEqual(['A1', 'B1', 'A2']);
    expect(JSON.parse(localStorage.getItem(SAVED_KEY)!).items.map((i: { name: string }) => i.name)).toEqual(['A1', 'B1', 'A2']);
  });

  it('deleting here while another tab saves keeps what the other saved', () => {
    localStorage.setItem(SAVED_KEY, JSON.stringify({ version: 1, items: [item('x', 'Old')] }));
    expect(names()).toEqual(['Old']);
    localStorage.setItem(SAVED_KEY, JSON.stringify({ version: 1, items: [item('x', 'Old'), item('y', 'New in B')] }));
    deleteSaved('x');
    expect(names()).toEqual(['New in B']);
    // And a rename here of an item another tab deleted changes nothing else.
    localStorage.setItem(SAVED_KEY, JSON.stringify({ version: 1, items: [item('z', 'Z')] }));
    renameSaved('y', 'Renamed');
    expect(names()).toEqual(['Z']);
  });

  it('an open list follows another tab’s saves and deletes', async () => {
    render(<SavedScenarios onClose={() => undefined} />);
    const dialog = screen.getByRole('dialog', { name: 'Saved scenarios' });
    expect(within(dialog).getByText('No saved scenarios yet.')).toBeInTheDocument();
    otherTabWrites([item('b', 'Saved in tab B')]);
    const list = within(dialog).getByRole('list', { name: 'Saved scenarios' });
    expect(within(list).getByText('Saved in tab B')).toBeInTheDocument();
    // Saving here now keeps B's.
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save current scenario' }));
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    otherTabWrites([]);
    expect(within(dialog).getByText('No saved scenarios yet.')).toBeInTheDocument();
  });

  it('a store another tab damaged is set aside with a notice, never thrown away', () => {
    render(<SavedScenarios onClose={() => undefined} />);
    otherTabWrites('{"version":1,"items":[{"id":');
    expect(screen.getByText('No saved scenarios yet.')).toBeInTheDocument();
    expect(asideKeys().map((k) => localStorage.getItem(k))).toEqual(['{"version":1,"items":[{"id":']);
    expect(useStore.getState().notices.map((n) => n.text)).toEqual([expect.stringContaining('could not be read (damaged data)')]);
  });

  it('a store nested too deeply is set aside, naming where', () => {
    const raw = `{"version":1,"items":[{"id":"a","name":"n","savedAt":"","scenario":{"title":${'['.repeat(5000)}${']'.repeat(5000)}}}]}`;
    localStorage.setItem(SAVED_KEY, raw);
    checkSavedStore();
    expect(listSaved()).toEqual([]);
    expect(asideKeys().map((k) => localStorage.getItem(k))).toEqual([raw]);
    expect(useStore.getState().notices[0].text).toMatch(/could not be read \(items\[0\]\.scenario\.title(\[0\]){7} is nested too deeply: more than 11 levels of lists and objects\)/);
  });

  it('when the browser refuses to set a damaged store aside, it stays as it is and nothing is saved over it', () => {
    localStorage.setItem(SAVED_KEY, 'not json');
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    checkSavedStore();
    expect(listSaved()).toEqual([]);
    expect(saveScenario('Mine', loadScenario({}))).toBeNull();
    vi.restoreAllMocks();
    expect(localStorage.getItem(SAVED_KEY)).toBe('not json');
    expect(useStore.getState().notices.map((n) => n.text)).toEqual([
      expect.stringContaining('they stay in the browser’s storage as they are'),
      expect.stringContaining('nothing is saved over them'),
    ]);
  });
});
