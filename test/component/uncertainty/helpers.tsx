// Workers for the uncertainty panel's component tests (the client's WorkerLike
// option): the real worker logic (src/worker/host.ts) run in-process, or a
// fake whose replies the test writes itself.
import type { ReactNode } from 'react';
import { createUncertaintyClient, type UncertaintyClient, type WorkerLike } from '../../../src/worker/client';
import { createWorkerHost } from '../../../src/worker/host';
import type { WorkerRequest, WorkerResponse } from '../../../src/worker/protocol';
import { UncertaintyClientContext } from '../../../src/ui/uncertainty/useMonteCarlo';

type Listener = (event: MessageEvent<WorkerResponse>) => void;

/** The worker's own code, answering asynchronously as a real worker does. */
export class InProcessWorker implements WorkerLike {
  posted: WorkerRequest[] = [];
  private listeners: Listener[] = [];
  private host = createWorkerHost((message) => setTimeout(() => this.listeners.forEach((l) => l({ data: message } as MessageEvent<WorkerResponse>))), {
    yieldNow: () => new Promise((resolve) => setTimeout(resolve, 0)),
  });
  postMessage(message: WorkerRequest) {
    this.posted.push(message);
    // Structured clone, as postMessage does: the worker never shares the page's objects.
    const copy = structuredClone(message);
    setTimeout(() => void this.host.handle(copy));
  }
  addEventListener(type: 'message' | 'error', listener: never) {
    if (type === 'message') this.listeners.push(listener);
  }
  terminate() {}
}

/** A worker that only records; the test replies. */
export class ScriptedWorker implements WorkerLike {
  posted: WorkerRequest[] = [];
  private listeners: Listener[] = [];
  postMessage(message: WorkerRequest) {
    this.posted.push(message);
  }
  addEventListener(type: 'message' | 'error', listener: never) {
    if (type === 'message') this.listeners.push(listener);
  }
  terminate() {}
  reply(message: WorkerResponse) {
    this.listeners.forEach((l) => l({ data: message } as MessageEvent<WorkerResponse>));
  }
  jobs<T extends WorkerRequest['type']>(type: T) {
    return this.posted.filter((m): m is Extract<WorkerRequest, { type: T }> => m.type === type);
  }
}

export function clientWith<W extends WorkerLike>(worker: W): { client: UncertaintyClient; worker: W } {
  return { client: createUncertaintyClient({ createWorker: () => worker }), worker };
}

export function withClient(client: UncertaintyClient, children: ReactNode) {
  return <UncertaintyClientContext.Provider value={client}>{children}</UncertaintyClientContext.Provider>;
}
