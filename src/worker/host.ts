// The uncertainty worker's logic, apart from the Worker global so that it can
// be tested in Node: runs the Monte Carlo in chunks of samples, posts progress
// after each, and yields to the message queue between chunks so that a newer
// request or a cancel is seen; a run that is no longer the latest stops there.
// Loads the formula engine only when a scenario has a custom curve.
import type { CurveCompiler } from '../model/curve';
import { startUncertainty } from '../model/uncertainty/run';
import { sensitivity } from '../model/uncertainty/sensitivity';
import { flips } from '../model/flips';
import { loadFormulaEngine, usesCustomCurve } from '../formula';
import { transferables, type WorkerRequest, type WorkerResponse } from './protocol';

export type Post = (message: WorkerResponse, transfer?: Transferable[]) => void;

export interface HostOptions {
  /** Resolves after queued messages had a chance to run (default: a MessageChannel round trip). */
  yieldNow?: () => Promise<void>;
  /** Team-years per chunk (default 100,000: about 10 ms here, PRODUCT.md's 50 ms task budget with room). */
  chunkTeamYears?: number;
  loadCompiler?: () => Promise<CurveCompiler>;
}

/** Lets queued messages (a newer request, a cancel) run before the next chunk. */
export function yieldToMessages(): Promise<void> {
  if (typeof MessageChannel === 'undefined') return new Promise((resolve) => setTimeout(resolve, 0));
  // A port message is a task of the same source as the worker's own messages, so
  // those queued before it run first, without setTimeout's 4 ms clamp when nested.
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

export function createWorkerHost(post: Post, options: HostOptions = {}) {
  const yieldNow = options.yieldNow ?? yieldToMessages;
  const chunkTeamYears = options.chunkTeamYears ?? 100_000;
  const loadCompiler = options.loadCompiler ?? loadFormulaEngine;
  /** The uncertainty run that should be going; older ones stop at their next chunk. */
  let latest = -1;
  const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

  async function uncertainty(request: Extract<WorkerRequest, { type: 'uncertainty' }>) {
    const { id, scenario } = request;
    latest = id;
    const stale = () => latest !== id;
    try {
      const compile = usesCustomCurve(scenario) ? await loadCompiler() : undefined;
      if (stale()) return post({ type: 'cancelled', id });
      const run = startUncertainty(scenario, { ...request.options, compile });
      const chunk = Math.max(1, Math.ceil(chunkTeamYears / (scenario.teams.length * scenario.years)));
      while (run.done < run.total) {
        run.step(chunk);
        post({ type: 'progress', id, done: run.done, total: run.total });
        await yieldNow();
        if (stale()) return post({ type: 'cancelled', id });
      }
      const result = run.result();
      post({ type: 'uncertainty', id, result }, transferables(result));
    } catch (error) {
      post({ type: 'error', id, message: message(error) });
    }
  }

  async function tornado(request: Extract<WorkerRequest, { type: 'sensitivity' }>) {
    const { id, scenario, options: job } = request;
    try {
      const compile = usesCustomCurve(scenario) ? await loadCompiler() : undefined;
      post({ type: 'sensitivity', id, result: sensitivity(scenario, { ...job, compile }) });
    } catch (error) {
      post({ type: 'error', id, message: message(error) });
    }
  }

  async function whatWouldHaveToBeTrue(request: Extract<WorkerRequest, { type: 'flips' }>) {
    const { id, scenario, options: job } = request;
    try {
      const compile = usesCustomCurve(scenario) ? await loadCompiler() : undefined;
      post({ type: 'flips', id, result: flips(scenario, job.headline, job.inputs, { compile }) });
    } catch (error) {
      post({ type: 'error', id, message: message(error) });
    }
  }

  return {
    /** Handles one message from the page; resolves when the job it started has ended. */
    handle(request: WorkerRequest): Promise<void> {
      switch (request.type) {
        case 'uncertainty':
          return uncertainty(request);
        case 'sensitivity':
          return tornado(request);
        case 'flips':
          return whatWouldHaveToBeTrue(request);
        case 'cancel':
          if (latest === request.id) latest = -1;
          return Promise.resolve();
        default:
          return Promise.resolve();
      }
    },
  };
}
