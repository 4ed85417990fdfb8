// The worker client (src/worker/client.ts) with a fake worker: folding bursts,
// cancelling stale runs, progress, errors; then the client and the real
// worker logic (src/worker/host.ts) wired together in-process.
import { describe, expect, it } from 'vitest';
import { createUncertaintyClient, CancelledError, type WorkerLike, type UncertaintyStatus } from '../../../src/worker/client';
import { createWorkerHost } from '../../../src/worker/host';
import { flips } from '../../../src/model/flips';
import { flipInputs } from '../../../src/scenario/flipInputs';
import type { WorkerRequest, WorkerResponse } from '../../../src/worker/protocol';
import type { UncertaintyResult } from '../../../src/model/uncertainty/run';
import { runUncertainty } from '../../../src/model/uncertainty/run';
import { scenario } from '../model/helpers';
import { expectSameBits } from '../uncertainty/helpers';

class FakeWorker implements WorkerLike {
  posted: WorkerRequest[] = [];
  terminated = false;
  private onMessage: ((event: MessageEvent<WorkerResponse>) => void)[] = [];
  private onError: ((event: ErrorEvent) => void)[] = [];
  postMessage(message: WorkerRequest) {
    this.posted.push(message);
  }
  addEventListener(type: 'message' | 'error', listener: never) {
    if (type === 'message') this.onMessage.push(listener);
    else this.onError.push(listener);
  }
  terminate() {
    this.terminated = true;
  }
  reply(message: WorkerResponse) {
    for (const l of this.onMessage) l({ data: message } as MessageEvent<WorkerResponse>);
  }
  fail(message: string) {
    for (const l of this.onError) l({ message } as ErrorEvent);
  }
  jobs(type: WorkerRequest['type']) {
    return this.posted.filter((m) => m.type === type);
  }
}

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const fakeResult = (tag: number) => ({ samples: tag }) as unknown as UncertaintyResult;

function setup() {
  const workers: FakeWorker[] = [];
  const client = createUncertaintyClient({ createWorker: () => (workers.push(new FakeWorker()), workers[workers.length - 1]) });
  const statuses: UncertaintyStatus[] = [];
  client.subscribe((s) => statuses.push(s));
  return { client, workers, statuses, worker: () => workers[workers.length - 1] };
}

const s1 = scenario({ title: 'one' });
const s2 = scenario({ title: 'two' });
const s3 = scenario({ title: 'three' });

describe('folding', () => {
  it('sends one job with the latest scenario for a burst, and resolves every caller with its result', async () => {
    const { client, workers, worker } = setup();
    const promises = [client.uncertainty(s1), client.uncertainty(s2), client.uncertainty(s3)];
    expect(workers).toHaveLength(0); // the worker starts with the first job, not before
    await tick();
    const jobs = worker().jobs('uncertainty');
    expect(jobs).toHaveLength(1);
    expect((jobs[0] as Extract<WorkerRequest, { type: 'uncertainty' }>).scenario.title).toBe('three');
    worker().reply({ type: 'uncertainty', id: jobs[0].id, result: fakeResult(3) });
    const results = await Promise.all(promises);
    expect(results.map((r) => r.samples)).toEqual([3, 3, 3]);
  });

  it('cancels a stale run, ignores its late messages and gives its callers the newer result', async () => {
    const { client, worker, statuses } = setup();
    const first = client.uncertainty(s1);
    await tick();
    const [a] = worker().jobs('uncertainty');
    worker().reply({ type: 'progress', id: a.id, done: 10, total: 100 });
    const second = client.uncertainty(s2);
    await tick();
    const [, b] = worker().jobs('uncertainty');
    expect(worker().jobs('cancel')).toEqual([{ type: 'cancel', id: a.id }]);
    // Late messages of the stale run change nothing.
    worker().reply({ type: 'progress', id: a.id, done: 20, total: 100 });
    worker().reply({ type: 'uncertainty', id: a.id, result: fakeResult(1) });
    worker().reply({ type: 'progress', id: b.id, done: 50, total: 100 });
    worker().reply({ type: 'uncertainty', id: b.id, result: fakeResult(2) });
    expect((await first).samples).toBe(2);
    expect((await second).samples).toBe(2);
    expect(statuses.filter((s) => s.state === 'running').map((s) => (s as { done: number }).done)).toEqual([0, 10, 0, 50]);
    expect(statuses.at(-1)).toEqual({ state: 'done', result: fakeResult(2) });
  });

  it('keeps the lanes apart: a sensitivity request does not cancel an uncertainty run', async () => {
    const { client, worker } = setup();
    const bands = client.uncertainty(s1);
    await tick();
    const tornado = client.sensitivity(s2, { metric: 'totalCost' });
    await tick();
    expect(worker().jobs('cancel')).toHaveLength(0);
    const [u] = worker().jobs('uncertainty');
    const [t] = worker().jobs('sensitivity');
    worker().reply({ type: 'sensitivity', id: t.id, result: { metric: 'totalCost', year: 2028, base: 1, bars: [] } });
    worker().reply({ type: 'uncertainty', id: u.id, result: fakeResult(7) });
    expect((await tornado).base).toBe(1);
    expect((await bands).samples).toBe(7);
  });
});

describe('failures and cancelling', () => {
  it('rejects with the worker’s message and reports it', async () => {
    const { client, worker, statuses } = setup();
    const p = client.uncertainty(s1);
    await tick();
    worker().reply({ type: 'error', id: worker().posted[0].id, message: 'uncertainty.ranges["x"]: names no number' });
    await expect(p).rejects.toThrow('uncertainty.ranges["x"]: names no number');
    expect(statuses.at(-1)).toEqual({ state: 'error', message: 'uncertainty.ranges["x"]: names no number' });
  });

  it('cancel() stops the run in the worker and rejects with a CancelledError', async () => {
    const { client, worker, statuses } = setup();
    const p = client.uncertainty(s1);
    await tick();
    const id = worker().posted[0].id;
    client.cancel();
    expect(worker().jobs('cancel')).toEqual([{ type: 'cancel', id }]);
    await expect(p).rejects.toBeInstanceOf(CancelledError);
    expect(statuses.at(-1)).toEqual({ state: 'idle' });
  });

  it('replaces a worker that failed to start', async () => {
    const { client, workers } = setup();
    const p = client.uncertainty(s1);
    await tick();
    workers[0].fail('script error');
    await expect(p).rejects.toThrow('script error');
    expect(workers[0].terminated).toBe(true);
    void client.uncertainty(s2).catch(() => undefined);
    await tick();
    expect(workers).toHaveLength(2);
    client.dispose();
    expect(workers[1].terminated).toBe(true);
  });
});

describe('with the real worker logic in-process', () => {
  /** A fake Worker whose other end is createWorkerHost, messages delivered asynchronously. */
  function inProcess() {
    const transfers: Transferable[][] = [];
    const page = new FakeWorker();
    const host = createWorkerHost(
      (message, transfer) => {
        transfers.push(transfer ?? []);
        setTimeout(() => page.reply(message), 0);
      },
      { yieldNow: tick, chunkTeamYears: 200 },
    );
    const post = page.postMessage.bind(page);
    page.postMessage = (message: WorkerRequest) => {
      post(message);
      setTimeout(() => void host.handle(structuredClone(message)), 0);
    };
    return { page, transfers };
  }

  it('stops the stale run between chunks and returns the latest scenario’s numbers, transferred', async () => {
    const { page, transfers } = inProcess();
    const client = createUncertaintyClient({ createWorker: () => page });
    const ranges = { 'productivity.maxMultiplier': [1.2, 4] as [number, number] };
    const big = scenario({ uncertainty: { samples: 5000, seed: 1, ranges } });
    const small = scenario({ uncertainty: { samples: 300, seed: 2, ranges } });
    const statuses: UncertaintyStatus[] = [];
    client.subscribe((s) => statuses.push(s));
    const first = client.uncertainty(big, { metrics: ['rolesAtRisk'] });
    await tick();
    await tick();
    await tick();
    const second = client.uncertainty(small, { metrics: ['rolesAtRisk'] });
    const [a, b] = await Promise.all([first, second]);
    expect(a).toBe(b);
    expect(b.samples).toBe(300);
    expectSameBits(b.values.rolesAtRisk!, runUncertainty(small, { metrics: ['rolesAtRisk'] }).values.rolesAtRisk!);
    // The first run (5,000 samples, 67 per chunk) was stopped long before its end.
    const progressOfFirst = statuses.filter((s) => s.state === 'running' && s.total === 5000 && s.done > 0);
    expect(progressOfFirst.length).toBeGreaterThan(0);
    expect(progressOfFirst.length).toBeLessThan(20);
    await tick();
    expect(page.posted.map((m) => m.type)).toEqual(['uncertainty', 'cancel', 'uncertainty']);
    // The result's typed arrays went as a transfer list: values and three percentiles.
    expect(transfers.at(-1)).toHaveLength(4);
  });

  it('answers "what would have to be true" off the page, with the engine’s own result', async () => {
    const { page } = inProcess();
    const client = createUncertaintyClient({ createWorker: () => page });
    const s = scenario();
    const job = { headline: { metric: 'rolesAtRisk' as const, threshold: 0.5 }, inputs: flipInputs(s) };
    const result = await client.flips(s, job);
    expect(result).toEqual(flips(s, job.headline, job.inputs));
    expect(page.posted.map((m) => m.type)).toEqual(['flips']);
  });
});
