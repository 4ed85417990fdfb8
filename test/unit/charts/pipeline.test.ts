import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { simulate } from '../../../src/model';
import { loadScenario } from '../../../src/scenario/parse';
import { pipelineSeries } from '../../../src/charts/pipeline/series';
import { pipelineDescription, pipelineLayout, pipelineTable } from '../../../src/charts/pipeline/layout';
import { withBaseline } from '../../../src/charts/common/table';
import { teamColor } from '../../../src/charts/palette';
import { FMT } from './fixtures';

const preset = (id: string) => loadScenario(JSON.parse(readFileSync(resolve(import.meta.dirname, `../../../scenarios/${id}.json`), 'utf8')));

describe('pipeline series and layout, junior-pipeline', () => {
  const scenario = preset('junior-pipeline');
  const result = simulate(scenario);
  const series = pipelineSeries(result, scenario);
  const layout = pipelineLayout(series, 600, FMT);

  it('the first year’s promotions are a quarter of the 12 juniors, as simulate() reports them', () => {
    // MODEL.md §3: out_t = rate × p_{t-1} = 0.25 × 12 = 3 in 2027 (no flow in the start year).
    const promoted = series.flows.find((f) => f.kind === 'promotions')!;
    expect(promoted).toMatchObject({ team: 0, to: 1 });
    expect(promoted.values.slice(0, 2)).toEqual([0, 3]);
    expect(promoted.values[1]).toBe(result.teams[0].years[1].promotionsOut);
    expect(promoted.values[1]).toBe(result.years[1].promotionsOut);
  });

  it('draws one line per team above, and the promotions and the juniors’ hires below; no flat line for flows that never happen', () => {
    const [teams, flows] = layout.panels;
    expect(teams.lines.map((l) => [l.id, l.label, l.color])).toEqual([
      ['engineers-0', 'Juniors', teamColor(0)],
      ['engineers-1', 'Seniors', teamColor(1)],
    ]);
    // Juniors hire 4.2 a year: 12 × (1 − 0.1) − 3 = 7.8 left, held at 12. Seniors get 28 × 0.9 + 3 = 28.2 ≥ 28: no hire, no layoff.
    expect(flows.lines.map((l) => [l.id, l.label])).toEqual([
      ['promotions-0', 'Promoted Juniors → Seniors'],
      ['hires-0', 'Hired into Juniors'],
    ]);
    expect(series.flows[1].values[1]).toBeCloseTo(4.2, 10);
    expect(teams.lines[1].points[1]!.y).toBeCloseTo(teams.y(28.2), 6);
    // The flows panel is below and shares the year positions.
    expect(flows.bounds.top).toBeGreaterThan(teams.bounds.bottom);
    expect(flows.lines[0].points[1]!.x).toBe(teams.lines[0].points[1]!.x);
    expect(flows.lines[0].points[1]!.y).toBeCloseTo(flows.y(3), 6);
  });

  it('the table has a row per year with each team’s engineers and every flow', () => {
    const table = pipelineTable(series, FMT);
    expect(table.columns).toEqual(['Engineers in Juniors (FTE)', 'Engineers in Seniors (FTE)', 'Promoted Juniors → Seniors (FTE)', 'Hired into Juniors (FTE)']);
    expect(table.rows).toHaveLength(8);
    expect(table.rows[1]).toEqual({ header: '2027', cells: ['12', '28.2', '3', '4.2'] });
  });

  it('the tooltip lists each team and flow of the year', () => {
    const tip = layout.tooltipAt(1);
    expect(tip.heading).toBe('2027');
    expect(tip.rows.map((r) => [r.label, r.value])).toEqual([
      ['Juniors', '12'],
      ['Seniors', '28.2'],
      ['Promoted Juniors → Seniors', '3'],
      ['Hired into Juniors', '4.2'],
    ]);
  });

  it('the description sums each flow over the years', () => {
    // 7 years of 3 promotions = 21; 7 × 4.2 = 29.4 hires.
    expect(pipelineDescription(series, 'en-US')).toBe('From 2026 to 2033: 21 promoted between teams (Juniors → Seniors: 21), 29.4 hired from outside, 0 laid off.');
  });
});

describe('pipeline against a baseline: junior hiring stopped, compared with the pipeline', () => {
  const stopped = preset('junior-hiring-stopped');
  const series = pipelineSeries(simulate(stopped), stopped, simulate(preset('junior-pipeline')));

  it('keeps a flow the baseline has, and puts the baseline’s values and the change beside each column', () => {
    // Juniors stop hiring, but the pipeline baseline hires 4.2 a year into them: the line stays, with the baseline behind it.
    const juniorsHired = series.flows.find((f) => f.kind === 'hires' && f.team === 0)!;
    expect(juniorsHired.values[1]).toBe(0);
    expect(juniorsHired.baseline![1]).toBeCloseTo(4.2, 10);
    const table = withBaseline(pipelineTable(series, FMT), pipelineTable(series, FMT, 'baseline'));
    const col = table.columns.indexOf('Engineers in Juniors (FTE)');
    // 12 × 0.9 − 3 = 7.8 juniors in 2027 without hires, against 12 held: −4.2.
    expect(table.rows[1].cells.slice(col, col + 3)).toEqual(['7.8', '12', '-4.2']);
  });
});

describe('a scenario where no team promotes into another', () => {
  const one = loadScenario({ title: 'One team', teams: [{ name: 'Platform', engineers: 40 }], years: 3, startYear: 2026, policy: { headcount: 'hold', attrition: 0.1 } });
  const series = pipelineSeries(simulate(one), one);

  it('still draws its team and its hires, and says plainly that no team promotes into another', () => {
    expect(series.promotes).toBe(false);
    expect(series.teams.map((t) => t.label)).toEqual(['Platform']);
    // Held at 40 with 10% leaving: 4 hires a year from 2027.
    expect(series.flows.map((f) => [f.kind, f.values])).toEqual([['hires', [0, 4, 4]]]);
    expect(pipelineDescription(series, 'en-US')).toBe(
      'No team promotes into another: each team changes only by hires, leavers and layoffs. From 2026 to 2028: 8 hired from outside, 0 laid off.',
    );
  });

  it('keeps the flows panel when nothing moves at all (no leavers, no hires)', () => {
    const still = loadScenario({ ...one, policy: { headcount: 'hold', attrition: 0 } });
    const quiet = pipelineSeries(simulate(still), still);
    expect(quiet.flows.map((f) => [f.kind, f.values])).toEqual([['hires', [0, 0, 0]]]);
    expect(pipelineLayout(quiet, 360, FMT).panels[1].lines).toHaveLength(1);
  });

  it('numbers two teams that share a name, so their columns stay apart', () => {
    const twins = loadScenario({ ...one, teams: [{ name: 'Core', engineers: 10 }, { name: 'Core', engineers: 20 }] });
    expect(pipelineSeries(simulate(twins), twins).teams.map((t) => t.label)).toEqual(['Core (team 1)', 'Core (team 2)']);
  });
});
