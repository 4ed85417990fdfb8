import { describe, expect, it } from 'vitest';
import { payDescription, payLayout, payTable } from '../../../src/charts/pay/layout';
import { outputDescription, outputLayout, outputTable } from '../../../src/charts/output/layout';
import { FMT, row } from './fixtures';

const PAY = [
  row(2026, { cashPay: 100_000, advertisedPay: 120_000, budgetPerEngineer: 20_000, tokenShare: 20_000 / 140_000 }),
  row(2027, { cashPay: 90_000, advertisedPay: 150_000, budgetPerEngineer: 60_000, tokenShare: 0.4 }),
];

const OUTPUT = [
  row(2026, { output: 40, demand: 40, shortfall: 0, intensity: 1, multiplier: 1, expectationGap: 0 }),
  row(2027, { output: 36, demand: 42, shortfall: 6, intensity: 1.4, multiplier: 1.2, expectationGap: 1.4 / 1.2 - 1 }),
];

describe('pay layout', () => {
  const layout = payLayout(PAY, null, 600, FMT);

  it('money panel covers cash, advertised pay and the token budget; share panel in percent', () => {
    const [money, share] = layout.panels;
    expect(money.lines.map((l) => l.id)).toEqual(['cashPay', 'advertisedPay', 'budgetPerEngineer']);
    expect(money.y.domain()[1]).toBeGreaterThanOrEqual(150_000);
    expect(share.kind).toBe('percent');
    expect(share.y.domain()[1]).toBeGreaterThanOrEqual(0.4);
    expect(share.yAxis.ticks.at(-1)!.label).toMatch(/%$/);
    // The share panel sits below the money panel and shares the x positions.
    expect(share.bounds.top).toBeGreaterThan(money.bounds.bottom);
    expect(share.lines[0].points[1]!.x).toBe(money.lines[0].points[1]!.x);
  });

  it('table and tooltip', () => {
    expect(payTable(PAY, FMT).rows[1].cells).toEqual(['$90,000', '$150,000', '$60,000', '40%']);
    expect(layout.tooltipAt(0).rows.find((r) => r.id === 'tokenShare')!.value).toBe('14.3%');
  });
});

describe('output layout', () => {
  const layout = outputLayout(OUTPUT, null, 600, FMT);

  it('shades the shortfall between output and demand', () => {
    const [volume] = layout.panels;
    expect(volume.bands[0].id).toBe('shortfall');
    expect(volume.bands[0].d).toMatch(/^M/);
    expect(volume.y.domain()[1]).toBeGreaterThanOrEqual(42);
  });

  it('the ratio panel includes 1× and is not zero-based', () => {
    const [, ratio] = layout.panels;
    const [lo, hi] = ratio.y.domain();
    expect(lo).toBeLessThanOrEqual(1);
    expect(lo).toBeGreaterThan(0);
    expect(hi).toBeGreaterThanOrEqual(1.4);
    expect(ratio.yAxis.ticks.every((t) => t.label.endsWith('×'))).toBe(true);
  });

  it('expectation gap in tooltip, table and description', () => {
    expect(layout.tooltipAt(1).rows.find((r) => r.id === 'expectationGap')!.value).toBe('16.7%');
    expect(outputTable(OUTPUT, FMT).rows[1].cells).toEqual(['42', '36', '6', '1.40×', '1.20×', '16.7%']);
    expect(outputDescription(OUTPUT, 'en-US')).toBe('In 2027 output is 36 against demand of 42; each engineer is asked for 16.7% more than the tools deliver.');
  });
});

describe('pay layout with a tax on the token allowance', () => {
  // A 50% tax on a 20,000 allowance counted as pay: 10,000 of tax, 90,000 of the 100,000 cash left (MODEL.md §3).
  const TAXED = [
    row(2026, { cashPay: 100_000, advertisedPay: 120_000, budgetPerEngineer: 20_000, tokenShare: 20_000 / 120_000, tokenTax: 10_000, cashAfterTokenTax: 90_000 }),
    row(2027, { cashPay: 100_000, advertisedPay: 130_000, budgetPerEngineer: 30_000, tokenShare: 30_000 / 130_000, tokenTax: 15_000, cashAfterTokenTax: 85_000 }),
  ];

  it('draws cash pay after the tax beside cash pay, and lists the tax and what is left in the table', () => {
    const [money] = payLayout(TAXED, null, 600, FMT).panels;
    expect(money.lines.map((l) => l.id)).toEqual(['cashPay', 'cashAfterTokenTax', 'advertisedPay', 'budgetPerEngineer']);
    // Below cash pay: 85,000 is drawn lower (a larger y) than 100,000.
    const after = money.lines[1].points[1]!;
    expect(after.y).toBeCloseTo(money.y(85_000), 6);
    expect(after.y).toBeGreaterThan(money.lines[0].points[1]!.y);
    const table = payTable(TAXED, FMT);
    expect(table.columns.slice(0, 3)).toEqual(['Cash pay (USD)', 'Tax on the token allowance (USD)', 'Cash pay after the allowance’s tax (USD)']);
    expect(table.rows[1].cells.slice(0, 3)).toEqual(['$100,000', '$15,000', '$85,000']);
    expect(payDescription(TAXED, 'USD', 'en-US')).toBe(
      'Cash pay per engineer goes from $100,000 in 2026 to $100,000 in 2027, $85,000 after the tax on the token allowance; tokens are 23.1% of the package by then.',
    );
  });

  it('leaves both out where no year is taxed, unless the baseline it is compared with is', () => {
    expect(payLayout(PAY, null, 600, FMT).panels[0].lines.map((l) => l.id)).not.toContain('cashAfterTokenTax');
    expect(payTable(PAY, FMT).columns).toHaveLength(4);
    expect(payLayout(PAY, TAXED, 600, FMT).panels[0].lines.map((l) => l.id)).toContain('cashAfterTokenTax');
  });
});
