// A fixed set of worker threads (node:worker_threads) that run a sweep's lines.
// Each task goes to the worker with the fewest unfinished tasks; a reply is
// matched to its task by number, so a worker may finish tasks in any order
// and the caller restores the input's order (sweep.ts). A worker that stops
// fails its unfinished tasks, and later tasks go to the others.
import { Worker } from 'node:worker_threads';
import { sweep as text } from '../messages';

/** The thread's module, or (from source) a script that loads it. */
export type WorkerScript = { url: URL } | { code: string };

interface Slot {
  worker: Worker;
  pending: Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>;
  alive: boolean;
}

export class WorkerPool<Task, Result> {
  private slots: Slot[];
  private nextId = 0;

  constructor(script: WorkerScript, size: number, workerData: unknown) {
    this.slots = Array.from({ length: size }, () => this.start(script, workerData));
  }

  private start(script: WorkerScript, workerData: unknown): Slot {
    const worker = 'url' in script ? new Worker(script.url, { workerData }) : new Worker(script.code, { eval: true, workerData });
    const slot: Slot = { worker, pending: new Map(), alive: true };
    const stop = (error: Error) => {
      slot.alive = false;
      for (const { reject } of slot.pending.values()) reject(error);
      slot.pending.clear();
    };
    worker.on('message', ({ id, result }: { id: number; result: unknown }) => {
      slot.pending.get(id)?.resolve(result);
      slot.pending.delete(id);
    });
    worker.on('error', (error) => stop(error));
    worker.on('exit', (code) => stop(new Error(text.workerStopped(`exit code ${code}`))));
    return slot;
  }

  run(task: Task): Promise<Result> {
    const alive = this.slots.filter((s) => s.alive);
    if (!alive.length) return Promise.reject(new Error(text.workerStopped('no worker thread is left')));
    const slot = alive.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
    const id = this.nextId++;
    return new Promise<Result>((resolve, reject) => {
      slot.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      slot.worker.postMessage({ id, task });
    });
  }

  async close(): Promise<void> {
    for (const slot of this.slots) slot.alive = false;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
