// How long the downturn-lever solver takes (src/model/levers.ts): it runs the
// engine dozens of times per lever, so the UI defers it (DownturnLevers.tsx).
// Run: npx tsx bench/levers.bench.ts
import { loadScenario } from '../src/scenario/parse';
import { simulate } from '../src/model';
import { costFrom, solveLeverCuts } from '../src/model/levers';

const cases = [
  { teams: 1, years: 5, headcount: 'hold' },
  { teams: 10, years: 10, headcount: 'hold' },
  { teams: 10, years: 10, headcount: 'matchDemand' },
  { teams: 10, years: 10, headcount: 'holdBudget' },
  { teams: 20, years: 30, headcount: 'matchDemand' },
] as const;

for (const c of cases) {
  const scenario = loadScenario({
    years: c.years,
    teams: Array.from({ length: c.teams }, (_, i) => ({ name: `Team ${i + 1}`, engineers: 10 + i })),
    tokens: { budget: 40_000 },
    policy: { headcount: c.headcount },
  });
  const savings = 0.1 * costFrom(simulate(scenario).years, scenario.startYear + 1);
  const year = scenario.startYear + 1;
  for (let i = 0; i < 20; i++) solveLeverCuts(scenario, { savings: savings * (1 + i * 1e-4), year });
  const n = 50;
  const times: number[] = [];
  let runs = 0;
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    runs = solveLeverCuts(scenario, { savings: savings * (1 + i * 1e-3), year }).runs;
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const median = times[n >> 1];
  const p95 = times[Math.floor(n * 0.95)];
  console.log(
    `${c.teams} teams × ${c.years} years, ${c.headcount}: median ${median.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms, ${runs} runs`,
  );
}
