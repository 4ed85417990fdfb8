// @vitest-environment jsdom
// The uncertainty panel: with ranges it runs the worker (here its own code
// in-process, or a scripted fake) and shows threshold probabilities, fans and
// a tornado; progress for long runs; a stale run is cancelled.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { useStore } from '../../../src/state/store';
import { UncertaintyPanel, keptMetrics } from '../../../src/ui/uncertainty/UncertaintyPanel';
import { defaultThresholds, useThresholds } from '../../../src/ui/uncertainty/thresholds';
import { runUncertainty } from '../../../src/model/uncertainty/run';
import { probability } from '../../../src/model/uncertainty/probability';
import { sensitivity } from '../../../src/model/uncertainty/sensitivity';
import { loadScenario } from '../../../src/scenario/parse';
import type { Scenario } from '../../../src/scenario/schema';
import type { UncertaintyResult } from '../../../src/model/uncertainty/run';
import { InProcessWorker, ScriptedWorker, clientWith, withClient } from './helpers';
import type { UncertaintyClient, WorkerLike } from '../../../src/worker/client';

/** Type into a number box and commit it with Enter (typed numbers apply when committed). */
function commitText(input: HTMLElement, value: string) {
  fireEvent.change(input, { target: { value } });
  fireEvent.keyDown(input, { key: 'Enter' });
}

let client: UncertaintyClient | undefined;
beforeEach(() => {
  useStore.setState(useStore.getInitialState());
  useThresholds.setState({ thresholds: defaultThresholds() });
});
afterEach(() => {
  client?.dispose();
  client = undefined;
});

/** The default preset with fewer samples, so the in-process run is quick. */
function typicalSpend(samples = 400): Scenario {
  const s = useStore.getState().scenario;
  return { ...s, uncertainty: { ...s.uncertainty, samples, seed: 3 } };
}

function renderPanel<W extends WorkerLike>(scenario: Scenario, worker: W): W {
  useStore.getState().setScenario(scenario);
  const made = clientWith(worker);
  client = made.client;
  render(withClient(made.client, <UncertaintyPanel progressDelayMs={0} />));
  return made.worker;
}

const figure = (name: string) => document.querySelector(`[data-metric="${name}"]`);
const valueOf = (name: string) => figure(name)?.getAttribute('data-value') ?? null;

describe('the uncertainty panel', { timeout: 30_000 }, () => {
  it('runs the Monte Carlo in the worker and shows the default questions, four fans and a tornado', async () => {
    const scenario = typicalSpend();
    renderPanel(scenario, new InProcessWorker());
    // The engine's own numbers for the same scenario and seed.
    const run = runUncertainty(scenario, { metrics: keptMetrics(['rolesAtRisk', 'tokensExceedSalary']) });
    const roles = probability(run, { metric: 'rolesAtRisk', op: '>', value: 10, byYear: 2029 });
    const tokens = probability(run, { metric: 'tokensExceedSalary', op: '>=', value: 1, byYear: 2028 });
    await waitFor(() => expect(valueOf('probability:rolesAtRisk>10@2029')).toBe(String(roles)));
    expect(valueOf('probability:tokensExceedSalary@2028')).toBe(String(tokens));
    expect(figure('probability:rolesAtRisk>10@2029')!.closest('li')).toHaveTextContent('Roles at risk above 10 by 2029');

    for (const title of ['Engineers', 'Engineers needed', 'Roles at risk', 'Total cost']) {
      expect(screen.getByRole('heading', { name: `${title}: range of outcomes` })).toBeInTheDocument();
    }
    // Each fan can be downloaded as a card.
    const downloads = screen.getByRole('group', { name: 'Download a fan' });
    expect(within(downloads).getAllByRole('option').map((o) => o.textContent)).toEqual(['Engineers', 'Engineers needed', 'Roles at risk', 'Total cost']);
    expect(within(downloads).getAllByRole('button').map((b) => b.textContent)).toEqual(['Fan as PNG', 'Fan as SVG']);
    // A fan's table: the p10 / p50 / p90 of the samples, per year.
    const fan = screen.getByRole('heading', { name: 'Engineers needed: range of outcomes' }).closest('figure')!;
    fireEvent.click(within(fan).getByRole('button', { name: /Show table/ }));
    const cells = within(within(fan).getByRole('table')).getAllByRole('row')[5].querySelectorAll('td');
    expect(cells[1].textContent).toBe(new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 }).format(run.bands.required!.p50[4]));

    // The tornado: bars sorted by swing, as sensitivity() sorts them.
    const tornado = await screen.findByRole('heading', { name: 'What moves roles at risk in 2030 the most' });
    const bars = sensitivity(scenario, { metric: 'rolesAtRisk' }).bars;
    fireEvent.click(within(tornado.closest('figure')!).getByRole('button', { name: /Show table/ }));
    const rows = within(tornado.closest('figure')!).getAllByRole('rowheader').map((th) => th.textContent);
    const LABELS: Record<string, string> = {
      'productivity.maxMultiplier': 'Maximum productivity multiplier', 'productivity.halfGainGrowth': 'Half-gain growth',
      'productivity.reworkShare': 'Rework share', 'tokens.budgetInUse': 'Token budget already in use',
      'tokens.priceDecline': 'Annual token price decline', 'tokens.usageSpread': 'Spread of token use',
      'demand.growth': 'Demand growth', 'demand.elasticity': 'Demand elasticity',
    };
    expect(rows).toEqual(bars.map((b) => LABELS[b.path]));
  });

  it('answers a question set in the controls: P(required > 44.1 by 2028) is ½ when demand growth is Triangular(0, 5%, 10%)', async () => {
    // Budget 0: the multiplier is 1, so required_t = 40 × (1 + g)^t, which passes 40 × 1.05² in 2028 exactly when g > 5%:
    // half of a symmetric triangular distribution around 5%.
    const scenario = loadScenario({
      startYear: 2026,
      years: 3,
      teams: [{ engineers: 40 }],
      tokens: { budget: 0 },
      demand: { growth: 0.05 },
      uncertainty: { samples: 4000, seed: 9, ranges: { 'demand.growth': [0, 0.1] } },
    });
    renderPanel(scenario, new InProcessWorker());
    const first = (await screen.findAllByRole('group', { name: 'Question 1' }))[0];
    fireEvent.change(within(first).getByLabelText('Metric'), { target: { value: 'required' } });
    fireEvent.change(within(first).getByLabelText('Comparison'), { target: { value: '>' } });
    commitText(within(first).getByLabelText(/^Value/), '44.1');
    fireEvent.change(within(first).getByLabelText('By year'), { target: { value: '2' } });
    await waitFor(() => expect(valueOf('probability:required>44.1@2028')).not.toBeNull());
    expect(Number(valueOf('probability:required>44.1@2028'))).toBeCloseTo(0.5, 1);
    // By 2027 it needs 40 × (1 + g) > 44.1, g > 10.25%: never.
    fireEvent.change(within(first).getByLabelText('By year'), { target: { value: '1' } });
    await waitFor(() => expect(valueOf('probability:required>44.1@2027')).toBe('0'));
  });

  it('adds and removes questions', async () => {
    renderPanel(typicalSpend(200), new InProcessWorker());
    await waitFor(() => expect(valueOf('probability:rolesAtRisk>10@2029')).not.toBeNull());
    fireEvent.click(screen.getByRole('button', { name: 'Add a question' }));
    expect(screen.getAllByRole('group', { name: /^Question \d$/ })).toHaveLength(3);
    expect(document.querySelector('[data-metric^="probability:engineers<"]')).not.toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Remove question 1' }));
    expect(figure('probability:rolesAtRisk>10@2029')).toBeNull();
    expect(screen.getAllByRole('group', { name: /^Question \d$/ })).toHaveLength(2);
  });

  it('shows progress for a long run and cancels a run that an edit made stale', async () => {
    const worker = renderPanel(typicalSpend(10_000), new ScriptedWorker());
    await waitFor(() => expect(worker.jobs('uncertainty')).toHaveLength(1));
    const [first] = worker.jobs('uncertainty');
    act(() => worker.reply({ type: 'progress', id: first.id, done: 2_500, total: 10_000 }));
    const bar = await screen.findByRole('progressbar', { name: 'Monte Carlo run' });
    await waitFor(() => expect(bar).toHaveAttribute('aria-valuenow', '2500'));
    expect(bar).toHaveAttribute('aria-valuemax', '10000');

    act(() => void useStore.getState().setField('teams[0].engineers', 50));
    await waitFor(() => expect(worker.jobs('uncertainty')).toHaveLength(2));
    const second = worker.jobs('uncertainty')[1];
    expect(worker.jobs('cancel')).toEqual([{ type: 'cancel', id: first.id }]);
    expect(second.scenario.teams[0].engineers).toBe(50);

    // The stale run's late answer is ignored; the new one is shown.
    const answer = (s: Scenario) => runUncertainty(s, { samples: 50, metrics: second.options.metrics }) as UncertaintyResult;
    act(() => worker.reply({ type: 'uncertainty', id: first.id, result: answer(first.scenario) }));
    expect(figure('probability:rolesAtRisk>10@2029')).toBeNull();
    act(() => worker.reply({ type: 'uncertainty', id: second.id, result: answer(second.scenario) }));
    const expected = probability(answer(second.scenario), { metric: 'rolesAtRisk', op: '>', value: 10, byYear: 2029 });
    await waitFor(() => expect(valueOf('probability:rolesAtRisk>10@2029')).toBe(String(expected)));
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('says what failed when the worker reports an error', async () => {
    const worker = renderPanel(typicalSpend(), new ScriptedWorker());
    await waitFor(() => expect(worker.jobs('uncertainty')).toHaveLength(1));
    act(() => worker.reply({ type: 'error', id: worker.jobs('uncertainty')[0].id, message: 'samples: must be a whole number' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The uncertainty run failed: samples: must be a whole number');
  });

  it('without ranges explains how to add them and starts no worker', async () => {
    const s = typicalSpend();
    const worker = renderPanel({ ...s, uncertainty: { ...s.uncertainty, ranges: {} } }, new ScriptedWorker());
    expect(screen.getByText(/give a low and a high value to the inputs you are unsure of/)).toBeInTheDocument();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(worker.posted.filter((m) => m.type !== 'cancel')).toEqual([]);
    expect(document.querySelector('[data-metric^="probability"]')).toBeNull();
  });
});
