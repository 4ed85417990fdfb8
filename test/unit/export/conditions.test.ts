// @vitest-environment jsdom
// The card's "as long as …" line never searches on the main thread: it takes
// the flips the headline already has for the same scenario object, or asks
// the worker's client (a fake here), and the engine's search is a spy that
// must stay uncalled throughout.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Flips } from '../../../src/model/flips';
import type { FlipsJob } from '../../../src/worker/protocol';
import type { Scenario } from '../../../src/scenario/schema';

const search = vi.hoisted(() => vi.fn());
vi.mock('../../../src/model/flips', async (original) => ({ ...(await original<typeof import('../../../src/model/flips')>()), flips: search }));
// The page's client, for the export path (exports.ts reaches it through conditions.ts).
const pageFlips = vi.hoisted(() => vi.fn());
vi.mock('../../../src/ui/uncertainty/useMonteCarlo', async (original) => ({
  ...(await original<typeof import('../../../src/ui/uncertainty/useMonteCarlo')>()),
  appClient: () => ({ flips: pageFlips }),
}));

const { conditionsFor } = await import('../../../src/export/conditions');
const { rememberFlips } = await import('../../../src/ui/headline/flipsMemo');
const { loadScenario } = await import('../../../src/scenario/parse');
const { setLang } = await import('../../../src/i18n');

// Hand-built: the headline of the newsroom and union lenses, one input that flips it.
const answer: Flips = {
  headline: { metric: 'rolesAtRisk', year: 2030, threshold: 0.5 },
  value: 1.2,
  above: true,
  inputs: [{ path: 'demand.growth', value: 0.02, flip: 0.056, holdsWhile: 'below', distance: 0.1 }],
  runs: 40,
};
const LINE = '1 role at risk by 2030, as long as demand grows less than 5.6% a year.';

const fakeClient = () => ({ flips: vi.fn((_s: Scenario, _job: FlipsJob) => Promise.resolve(answer)) });

beforeEach(async () => {
  await setLang('en');
  search.mockReset();
  pageFlips.mockReset();
});
afterEach(() => vi.unstubAllGlobals());

describe('the card’s conditions', () => {
  it('asks the worker for the lens’ headline and prints its answer', async () => {
    const scenario = loadScenario({});
    const client = fakeClient();
    expect(await conditionsFor(scenario, 'newsroom', { client, locale: 'en-US' })).toBe(LINE);
    expect(client.flips).toHaveBeenCalledTimes(1);
    const [asked, job] = client.flips.mock.calls[0];
    expect(asked).toBe(scenario);
    expect(job.headline).toEqual({ metric: 'rolesAtRisk', threshold: 0.5 });
    expect(job.inputs.length).toBeGreaterThan(0);
    expect(search).not.toHaveBeenCalled();
  });

  it('takes the headline’s flips for the same scenario without asking again', async () => {
    const scenario = loadScenario({});
    rememberFlips(scenario, { metric: 'rolesAtRisk', threshold: 0.5 }, answer); // as useFlips does
    const client = fakeClient();
    expect(await conditionsFor(scenario, 'union', { client, locale: 'en-US' })).toBe(LINE);
    expect(client.flips).not.toHaveBeenCalled();
    // An edited scenario is another object: it is asked afresh.
    await conditionsFor({ ...scenario, years: 6 }, 'union', { client, locale: 'en-US' });
    expect(client.flips).toHaveBeenCalledTimes(1);
    expect(search).not.toHaveBeenCalled();
  });

  it('goes without the line where there is no worker, or the page moved on, rather than search here', async () => {
    expect(await conditionsFor(loadScenario({}), 'newsroom', { client: null })).toBeUndefined();
    const client = fakeClient();
    expect(await conditionsFor(loadScenario({}), 'newsroom', { client, isCurrent: () => false })).toBeUndefined();
    // An answer for another headline (folded with the finance lens' request) is not this one's.
    expect(await conditionsFor(loadScenario({}), 'finance', { client })).toBeUndefined();
    expect(search).not.toHaveBeenCalled();
  });

  it('on the export path: the chart card waits for the page’s worker and never runs the search itself', async () => {
    vi.stubGlobal('Worker', class {});
    let release: (f: Flips) => void = () => {};
    pageFlips.mockImplementation(() => new Promise<Flips>((resolve) => (release = resolve)));
    const { chartCard } = await import('../../../src/export/exports');
    const { useStore } = await import('../../../src/state/store');
    useStore.getState().setLens('newsroom');
    const pending = chartCard('headcount', new Date('2026-05-01'));
    // Synchronously, the card has only asked: no search ran on this thread.
    expect(pageFlips).toHaveBeenCalledTimes(1);
    expect(search).not.toHaveBeenCalled();
    release(answer);
    const card = await pending;
    // The card's words, its wrapped lines joined again.
    const text = card.svg.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ');
    expect(text).toContain('as long as demand grows less than 5.6% a year.');
    expect(search).not.toHaveBeenCalled();
  });
});
