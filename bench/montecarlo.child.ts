// One fresh process of bench/montecarlo.bench.ts: the first Monte Carlo run
// (cold), then 10 more (warm); prints { cold, coldCpu, warm, warmCpu } in ms (CPU time: this process's, every thread) as JSON.
import { tenByTenUncertain } from './tenByTen';
import { runUncertainty } from '../src/model/uncertainty/run';
import { onePassBands } from '../src/model/uncertainty/onePassBands';
import { BOOLEAN_METRICS, YEAR_METRICS } from '../src/model/metrics';
import { FAN_METRICS } from '../src/ui/uncertainty/metrics';
import { defaultThresholds } from '../src/ui/uncertainty/thresholds';

const APP_METRICS = YEAR_METRICS.filter((m) => (FAN_METRICS as readonly string[]).includes(m) || defaultThresholds().some((t) => t.metric === m));
const BANDED = YEAR_METRICS.filter((m) => !BOOLEAN_METRICS.has(m));

const scenario = tenByTenUncertain(); // validated before the clock starts
const RUNS = {
  app: () => runUncertainty(scenario, { metrics: APP_METRICS }).bands,
  bands: () => onePassBands(scenario, { metrics: BANDED }).bands,
  every: () => runUncertainty(scenario).bands,
};
const call = RUNS[process.argv[2] as keyof typeof RUNS];

const c0 = process.cpuUsage();
const t0 = performance.now();
let sink: unknown = call();
const cold = performance.now() - t0;
const c1 = process.cpuUsage(c0);
const warm: number[] = [];
const warmCpu: number[] = [];
for (let i = 0; i < 10; i++) {
  const c = process.cpuUsage();
  const t = performance.now();
  sink = call();
  warm.push(performance.now() - t);
  const used = process.cpuUsage(c);
  warmCpu.push((used.user + used.system) / 1000);
}
if (sink === undefined) process.exit(1);
process.stdout.write(JSON.stringify({ cold, coldCpu: (c1.user + c1.system) / 1000, warm, warmCpu }));
