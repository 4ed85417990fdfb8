// Interim page (issue 2): the default scenario's headline figures, computed by
// the engine. The interactive simulator replaces it.
import { useMemo } from 'react';
import { loadScenario } from '../scenario/parse';
import { simulate } from '../model';
import { formatMoney, formatNumber, formatPercent, formatMultiplier } from '../ui/format';

export function App() {
  const scenario = useMemo(() => loadScenario({}), []);
  const result = useMemo(() => simulate(scenario), [scenario]);
  const last = result.years[result.years.length - 1];
  const money = (v: number | null) => formatMoney(v, scenario.currency);
  const figures: [string, string, number | null, string][] = [
    ['engineers', 'Engineers', last.engineers, formatNumber(last.engineers, 1)],
    ['required', 'Engineers required', last.required, formatNumber(last.required, 1)],
    ['rolesAtRisk', 'Roles at risk', last.rolesAtRisk, formatNumber(last.rolesAtRisk, 1)],
    ['multiplier', 'Productivity multiplier', last.multiplier, formatMultiplier(last.multiplier)],
    ['totalCost', 'Total cost', last.totalCost, money(last.totalCost)],
    ['costPerOutput', 'Cost per output', last.costPerOutput, money(last.costPerOutput)],
    ['tokenShare', 'Token share of pay', last.tokenShare, formatPercent(last.tokenShare, 1)],
    ['cashPay', 'Cash pay', last.cashPay, money(last.cashPay)],
  ];
  return (
    <main>
      <h1>{scenario.title}</h1>
      <p>Figures for {last.year}.</p>
      <dl className="figures">
        {figures.map(([metric, label, value, text]) => (
          <div key={metric}>
            <dt>{label}</dt>
            <dd data-metric={metric} data-value={value ?? ''}>{text}</dd>
          </div>
        ))}
      </dl>
    </main>
  );
}
