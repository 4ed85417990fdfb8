// A sweep's worker thread (built as dist-cli/sweep-worker.js): runs the lines
// it is sent with the settings it was started with, and replies with each
// line's output text (pool.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { lineRunner, type LineTask, type SweepSettings } from './runLine';

const runLine = lineRunner(workerData as SweepSettings);
parentPort!.on('message', async ({ id, task }: { id: number; task: LineTask }) => {
  parentPort!.postMessage({ id, result: await runLine(task) });
});
