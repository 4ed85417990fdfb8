// @vitest-environment jsdom
// The flips (after the lead chart, Conditions.tsx) come from the engine's search (run here by
// the worker's own code, in-process): the values the page carries are
// flips.ts's for the scenario, the line names the closest, and after an edit
// the old flips are marked outdated until the new ones arrive.
import { beforeEach, describe, expect, it } from 'vitest';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useStore } from '../../../src/state/store';
import { Conditions, ConditionsBrief } from '../../../src/ui/headline/Conditions';
import { flips, LENS_HEADLINES } from '../../../src/model/flips';
import { flipInputs } from '../../../src/scenario/flipInputs';
import type { Scenario } from '../../../src/scenario/schema';
import { clientWith, InProcessWorker, withClient } from '../uncertainty/helpers';

beforeEach(() => {
  useStore.setState(useStore.getInitialState());
});

const engine = (scenario: Scenario) => flips(scenario, LENS_HEADLINES[useStore.getState().lens], flipInputs(scenario));
const shown = (container: HTMLElement) =>
  Object.fromEntries([...container.querySelectorAll('[data-flip]')].map((el) => [el.getAttribute('data-flip'), el.getAttribute('data-value')]));
const settled = (container: HTMLElement) => waitFor(() => expect(container.querySelector('[data-testid="headline-flips"]:not([data-stale])')).not.toBeNull(), { timeout: 5000 });

describe('what would have to be true, after the lead chart', () => {
  it('shows every input’s flip value from the engine, ranked, and the closest in the line', async () => {
    const { client } = clientWith(new InProcessWorker());
    const { container } = render(withClient(client, <Conditions />));
    await settled(container);
    const expected = engine(useStore.getState().scenario);
    const rows = [...container.querySelectorAll('[data-flip]')];
    expect(rows.map((el) => el.getAttribute('data-flip'))).toEqual(expected.inputs.map((f) => f.path));
    for (const f of expected.inputs) expect(shown(container)[f.path], f.path).toBe(f.flip === null ? '' : String(f.flip));
    // The default's closest flip: the growth of the tokens needed for half the gain.
    expect(expected.inputs[0].path).toBe('productivity.halfGainGrowth');
    const line = screen.getByTestId('headline-flips-line').textContent!;
    expect(line).toMatch(/^Less than one role at risk by 2030, as long as the tokens needed for half the gain grow more than 27% a year, /);
    // Inputs that cannot flip it say so.
    const none = expected.inputs.find((f) => f.flip === null)!;
    expect(container.querySelector(`[data-flip="${none.path}"]`)!.textContent).toBe('no flip in range');
  });

  it('opens a disclosure listing the inputs by the editor’s names', async () => {
    const { client } = clientWith(new InProcessWorker());
    const { container } = render(withClient(client, <Conditions />));
    await settled(container);
    await userEvent.click(screen.getByText('What would have to be true'));
    const table = screen.getByRole('region', { name: 'What would have to be true' });
    expect(within(table).getByRole('rowheader', { name: 'Demand growth' })).toBeInTheDocument();
    expect(within(table).getByRole('columnheader', { name: 'Flips at' })).toBeInTheDocument();
  });

  it('marks the old flips outdated after an edit and replaces them with the new scenario’s', async () => {
    const { client } = clientWith(new InProcessWorker());
    const { container } = render(withClient(client, <Conditions />));
    await settled(container);
    const before = shown(container)['demand.elasticity'];
    act(() => useStore.getState().update((s) => ({ ...s, demand: { ...s.demand, growth: 0.03 } })));
    expect(container.querySelector('[data-testid="headline-flips"]')!.getAttribute('data-stale')).toBe('true');
    expect(screen.getByTestId('headline-flips-line').textContent).toBe('Working out what would have to be true…');
    await settled(container);
    const expected = engine(useStore.getState().scenario);
    for (const f of expected.inputs) expect(shown(container)[f.path], f.path).toBe(f.flip === null ? '' : String(f.flip));
    expect(shown(container)['demand.elasticity']).not.toBe(before);
  });

  it('follows the lens: finance’s headline is cost per output against no AI', async () => {
    const { client } = clientWith(new InProcessWorker());
    const { container } = render(withClient(client, <Conditions />));
    act(() => useStore.setState({ lens: 'finance' }));
    await settled(container);
    expect(screen.getByTestId('headline-flips-line').textContent).toMatch(/^Output 20% cheaper than without AI in 2030, as long as the ceiling stays above 1\.02×/);
    const expected = engine(useStore.getState().scenario);
    expect(shown(container)['productivity.maxMultiplier']).toBe(String(expected.inputs.find((f) => f.path === 'productivity.maxMultiplier')!.flip));
  });

  it('says the closest two conditions under the sentence, from the same search, once it is in', async () => {
    const { client } = clientWith(new InProcessWorker());
    const { container } = render(withClient(client, <><ConditionsBrief /><Conditions /></>));
    await settled(container);
    await waitFor(() => expect(screen.getByTestId('headline-flips-brief')).toBeInTheDocument());
    expect(screen.getByTestId('headline-flips-brief').textContent).toMatch(/^As long as the tokens needed for half the gain grow more than 27% a year and /);
    // While the edited scenario's search runs, the line under the sentence says nothing rather than the old conditions.
    act(() => useStore.getState().update((s) => ({ ...s, demand: { ...s.demand, growth: 0.03 } })));
    expect(screen.queryByTestId('headline-flips-brief')).toBeNull();
    await waitFor(() => expect(screen.getByTestId('headline-flips-brief')).toBeInTheDocument(), { timeout: 5000 });
  });
});
