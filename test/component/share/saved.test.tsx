// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SavedScenarios } from '../../../src/ui/share/SavedScenarios';
import { useStore } from '../../../src/state/store';
import { SAVED_KEY, checkSavedStore, listSaved, resetSavedCache, saveScenario } from '../../../src/state/saved';
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
