// The Web Worker that runs the Monte Carlo and the sensitivity off the main
// thread (PRODUCT.md: longest main-thread task ≤ 50 ms). Started by client.ts:
// new Worker(new URL('./uncertainty.worker.ts', import.meta.url), { type: 'module' }).
import { createWorkerHost } from './host';
import type { WorkerRequest } from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const host = createWorkerHost((message, transfer) => scope.postMessage(message, transfer ?? []));
scope.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  void host.handle(event.data);
});
