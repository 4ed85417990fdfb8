// The page's side of the uncertainty worker (no React): folds a burst of
// requests into one run with the latest scenario, cancels a run that a newer
// request made stale, and reports progress. Each kind of job (uncertainty,
// sensitivity) has its own lane; a newer request of one kind never disturbs
// the other.
//
// Folding: requests made before the lane flushes (the same task, or within
// `delayMs`) become one job with the last scenario; every caller's promise
// resolves with that job's result. A request while a job runs cancels it
// (the worker stops at its next chunk) and the cancelled job's callers get
// the newer job's result instead: they asked for the current scenario.
import type { Scenario } from '../scenario/schema';
import type { UncertaintyResult } from '../model/uncertainty/run';
import type { Sensitivity } from '../model/uncertainty/sensitivity';
import type { Flips } from '../model/flips';
import type { FlipsJob, SensitivityJob, UncertaintyJob, WorkerRequest, WorkerResponse } from './protocol';

/** What the client needs of a Worker (a fake one in tests). */
export interface WorkerLike {
  postMessage(message: WorkerRequest): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerResponse>) => void): void;
  addEventListener(type: 'error', listener: (event: ErrorEvent) => void): void;
  terminate(): void;
}

export type UncertaintyStatus =
  | { state: 'idle' }
  | { state: 'running'; done: number; total: number }
  | { state: 'done'; result: UncertaintyResult }
  | { state: 'error'; message: string };

export interface ClientOptions {
  createWorker?: () => WorkerLike;
  /** How long a lane waits for more requests before it sends one job (default 0: the rest of this task). */
  delayMs?: number;
}

export class CancelledError extends Error {
  constructor() {
    super('The uncertainty run was cancelled');
    this.name = 'AbortError';
  }
}

interface Waiter<R> {
  resolve: (result: R) => void;
  reject: (error: Error) => void;
}

interface Lane<R> {
  kind: 'uncertainty' | 'sensitivity' | 'flips';
  /** The request waiting to be sent (the latest of a burst) and everyone waiting for it. */
  pending?: { request: (id: number) => WorkerRequest; total: number; waiters: Waiter<R>[] };
  timer?: ReturnType<typeof setTimeout>;
  /** The job in the worker whose result is still wanted. */
  running?: { id: number; waiters: Waiter<R>[] };
}

export const defaultWorker = (): WorkerLike =>
  new Worker(new URL('./uncertainty.worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike;

export function createUncertaintyClient(options: ClientOptions = {}) {
  const createWorker = options.createWorker ?? defaultWorker;
  const delayMs = options.delayMs ?? 0;
  const listeners = new Set<(status: UncertaintyStatus) => void>();
  const uncertaintyLane: Lane<UncertaintyResult> = { kind: 'uncertainty' };
  const sensitivityLane: Lane<Sensitivity> = { kind: 'sensitivity' };
  const flipsLane: Lane<Flips> = { kind: 'flips' };
  let worker: WorkerLike | undefined;
  let nextId = 1;

  const notify = (status: UncertaintyStatus) => listeners.forEach((listener) => listener(status));

  function settle<R>(lane: Lane<R>, outcome: { result: R } | { error: Error }) {
    const waiters = lane.running?.waiters ?? [];
    lane.running = undefined;
    for (const w of waiters) {
      if ('result' in outcome) w.resolve(outcome.result);
      else w.reject(outcome.error);
    }
  }

  function onMessage(event: MessageEvent<WorkerResponse>) {
    const message = event.data;
    const lane = [uncertaintyLane, sensitivityLane, flipsLane].find((l) => l.running?.id === message.id);
    if (!lane) return; // a stale job's message
    switch (message.type) {
      case 'progress':
        notify({ state: 'running', done: message.done, total: message.total });
        break;
      case 'uncertainty':
        settle(uncertaintyLane, { result: message.result });
        notify({ state: 'done', result: message.result });
        break;
      case 'sensitivity':
        settle(sensitivityLane, { result: message.result });
        break;
      case 'flips':
        settle(flipsLane, { result: message.result });
        break;
      case 'error':
        settle(lane as Lane<unknown>, { error: new Error(message.message) });
        if (lane === uncertaintyLane) notify({ state: 'error', message: message.message });
        break;
      case 'cancelled':
        break;
    }
  }

  function onError(event: ErrorEvent) {
    // The worker itself failed (for example its script did not load): fail what
    // waits on it and start a new worker for the next request.
    const error = new Error(event.message || 'The uncertainty worker failed');
    worker?.terminate();
    worker = undefined;
    settle(uncertaintyLane, { error });
    settle(sensitivityLane, { error });
    settle(flipsLane, { error });
    notify({ state: 'error', message: error.message });
  }

  function ensureWorker(): WorkerLike {
    if (!worker) {
      worker = createWorker();
      worker.addEventListener('message', onMessage);
      worker.addEventListener('error', onError);
    }
    return worker;
  }

  function flush<R>(lane: Lane<R>) {
    lane.timer = undefined;
    const pending = lane.pending;
    if (!pending) return;
    lane.pending = undefined;
    const w = ensureWorker();
    const carried = lane.running?.waiters ?? [];
    if (lane.running && lane.kind === 'uncertainty') w.postMessage({ type: 'cancel', id: lane.running.id });
    const id = nextId++;
    lane.running = { id, waiters: [...carried, ...pending.waiters] };
    w.postMessage(pending.request(id));
    if (lane.kind === 'uncertainty') notify({ state: 'running', done: 0, total: pending.total });
  }

  function enqueue<R>(lane: Lane<R>, request: (id: number) => WorkerRequest, total = 0): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      const waiters = lane.pending?.waiters ?? [];
      waiters.push({ resolve, reject });
      lane.pending = { request, total, waiters };
      if (lane.timer === undefined) lane.timer = setTimeout(() => flush(lane), delayMs);
    });
  }

  function drop<R>(lane: Lane<R>, error: Error) {
    if (lane.timer !== undefined) clearTimeout(lane.timer);
    lane.timer = undefined;
    const waiters = [...(lane.pending?.waiters ?? [])];
    lane.pending = undefined;
    if (lane.running && lane.kind === 'uncertainty') worker?.postMessage({ type: 'cancel', id: lane.running.id });
    waiters.push(...(lane.running?.waiters ?? []));
    lane.running = undefined;
    for (const w of waiters) w.reject(error);
  }

  return {
    /** Bands and samples for the scenario (see the folding rules above). */
    uncertainty(scenario: Scenario, job: UncertaintyJob = {}): Promise<UncertaintyResult> {
      return enqueue(uncertaintyLane, (id) => ({ type: 'uncertainty', id, scenario, options: job }), job.samples ?? scenario.uncertainty.samples);
    },
    /** The tornado's bars for the scenario (folded like uncertainty). */
    sensitivity(scenario: Scenario, job: SensitivityJob): Promise<Sensitivity> {
      return enqueue(sensitivityLane, (id) => ({ type: 'sensitivity', id, scenario, options: job }));
    },
    /** What would have to be true for the headline to flip (MODEL.md §6), off the main thread. */
    flips(scenario: Scenario, job: FlipsJob): Promise<Flips> {
      return enqueue(flipsLane, (id) => ({ type: 'flips', id, scenario, options: job }));
    },
    /** Progress and outcome of uncertainty runs; returns the unsubscribe function. */
    subscribe(listener: (status: UncertaintyStatus) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** Stops the uncertainty run (and drops a waiting request); their promises reject with a CancelledError. */
    cancel(): void {
      drop(uncertaintyLane, new CancelledError());
      notify({ state: 'idle' });
    },
    /** Ends the worker; everything still waiting rejects with a CancelledError. */
    dispose(): void {
      drop(uncertaintyLane, new CancelledError());
      drop(sensitivityLane, new CancelledError());
    drop(flipsLane, new CancelledError());
      worker?.terminate();
      worker = undefined;
      listeners.clear();
    },
  };
}

export type UncertaintyClient = ReturnType<typeof createUncertaintyClient>;
