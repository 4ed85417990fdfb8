// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useStore } from '../../../src/state/store';
import { resultFor } from '../../../src/state/results';
import { Headline as Lead } from '../../../src/ui/headline/Headline';
import { FigureSheet } from '../../../src/ui/headline/FigureSheet';
import { Header } from '../../../src/ui/layout/Header';
import { FIGURES, FIGURE_NAMES } from '../../../src/ui/headline/figures';
import { LENSES } from '../../../src/ui/lens';
import { loadScenario } from '../../../src/scenario/parse';
import { simulate } from '../../../src/model';

/** The lead figures and, after the lead chart on the page, the rest: every figure. */
function Headline() {
  return (
    <>
      <Lead />
      <FigureSheet />
    </>
  );
}

beforeEach(() => {
  useStore.setState(useStore.getInitialState());
});

const shownOrder = (container: HTMLElement) =>
  [...container.querySelectorAll('[data-metric]')].map((el) => el.getAttribute('data-metric'));
/** A lens's figures in page order: each followed by its companion, if it has one. */
const lensOrder = (lens: keyof typeof LENSES) => {
  const { figures, companions } = LENSES[lens];
  return figures.flatMap((name) => (companions[name] ? [name, companions[name]] : [name]));
};

describe('headline figures', () => {
  it('shows every figure with the engine’s unrounded number in data-value', () => {
    const { container } = render(<Headline />);
    const result = resultFor(useStore.getState().scenario);
    const last = result.years.at(-1)!;
    // Spot checks against the engine's row and summary directly, not through figures.ts.
    expect(container.querySelector('[data-metric="rolesAtRisk"]')!.getAttribute('data-value')).toBe(String(last.rolesAtRisk));
    expect(container.querySelector('[data-metric="totalCost"]')!.getAttribute('data-value')).toBe(String(last.totalCost));
    expect(container.querySelector('[data-metric="costVsNoAI"]')!.getAttribute('data-value')).toBe(String(result.summary.costVsNoAI));
    for (const name of FIGURE_NAMES) {
      const el = container.querySelectorAll(`[data-metric="${name}"]`);
      expect(el, name).toHaveLength(1);
      const value = FIGURES[name].value(result);
      expect(el[0].getAttribute('data-value'), name).toBe(value === null ? '' : String(value));
      expect(el[0].textContent, name).not.toBe('');
    }
  });

  it('shows the model-v2 figures with the engine’s numbers, read from simulate() directly', async () => {
    const { container } = render(
      <>
        <Header />
        <Headline />
      </>,
    );
    const result = simulate(useStore.getState().scenario);
    const last = result.years.at(-1)!;
    const expected: Record<string, number | null> = {
      managerRolesAtRisk: last.managerRolesAtRisk, hires: last.hires, layoffs: last.layoffs, demandResponse: last.demandResponse,
      costPerDemandMet: last.costPerDemandMet, severanceCost: last.severanceCost, hiringCost: last.hiringCost,
      otherCost: last.otherCost, tokenTax: last.tokenTax, cashAfterTokenTax: last.cashAfterTokenTax,
      cumulativeHires: result.summary.cumulativeHires, cumulativeLayoffs: result.summary.cumulativeLayoffs,
      costPerOutputVsNoAI: result.summary.costPerOutputVsNoAI, costPerDemandMetVsNoAI: result.summary.costPerDemandMetVsNoAI,
    };
    for (const lens of ['Newsroom', 'Union', 'Finance']) {
      await userEvent.click(screen.getByRole('radio', { name: lens }));
      for (const [name, value] of Object.entries(expected)) {
        const el = container.querySelectorAll(`[data-metric="${name}"]`);
        expect(el, `${lens} ${name}`).toHaveLength(1);
        expect(el[0].getAttribute('data-value'), `${lens} ${name}`).toBe(value === null ? '' : String(value));
        expect(el[0].textContent, `${lens} ${name}`).not.toBe('');
      }
    }
  });

  it('finance: cost per demand met inside the cost-per-output lead figure; newsroom: manager roles inside roles at risk', async () => {
    const { container } = render(
      <>
        <Header />
        <Headline />
      </>,
    );
    const last = simulate(useStore.getState().scenario).years.at(-1)!;
    await userEvent.click(screen.getByRole('radio', { name: 'Finance' }));
    const cost = container.querySelector('.figure-list--lead [data-figure="costPerOutput"]')!;
    const met = cost.querySelector('[data-metric="costPerDemandMet"]')!;
    expect(met.getAttribute('data-value')).toBe(String(last.costPerDemandMet));
    // Default preset: $212,051.95 per unit of demand met, whole dollars as money is shown.
    expect(last.costPerDemandMet).toBeCloseTo(212_051.954, 2);
    expect(met.parentElement!.textContent).toBe('$212,052 per demand met');
    expect(container.querySelectorAll('.figure-list--lead .figure')).toHaveLength(4);

    await userEvent.click(screen.getByRole('radio', { name: 'Newsroom' }));
    const roles = container.querySelector('.figure-list--lead [data-figure="rolesAtRisk"]')!;
    expect(roles.querySelector('[data-metric="managerRolesAtRisk"]')!.getAttribute('data-value')).toBe(String(last.managerRolesAtRisk));
    expect(within(roles as HTMLElement).getByText('managers')).toBeInTheDocument();

    // Manager roles, layoffs and hires lead the union's other figures.
    await userEvent.click(screen.getByRole('radio', { name: 'Union' }));
    const sheet = [...container.querySelectorAll('.figure-sheet [data-metric]')].map((el) => el.getAttribute('data-metric'));
    expect(sheet.slice(0, 5)).toEqual(['managerRolesAtRisk', 'layoffs', 'cumulativeLayoffs', 'hires', 'cumulativeHires']);
  });

  it('writes each figure with its label and explanation, money in the scenario’s currency', () => {
    render(<Headline />);
    const card = screen.getByText('Roles at risk', { selector: 'dt' }).parentElement!;
    expect(within(card).getByText('engineers beyond those needed to meet demand')).toBeInTheDocument();
    act(() => {
      useStore.getState().update((s) => ({ ...s, currency: 'EUR' }));
    });
    const pay = document.querySelector('[data-metric="cashPay"]')!;
    expect(pay.textContent).toContain('€');
  });

  it('puts the lens’s figures first, and a lens change reorders them and reframes the sentence', async () => {
    const { container } = render(
      <>
        <Header />
        <Headline />
      </>,
    );
    expect(shownOrder(container)).toEqual(lensOrder('newsroom'));
    const newsroom = screen.getByTestId('headline-sentence').textContent;
    const values = Object.fromEntries(
      [...container.querySelectorAll('[data-metric]')].map((el) => [el.getAttribute('data-metric'), el.getAttribute('data-value')]),
    );

    await userEvent.click(screen.getByRole('radio', { name: 'Finance' }));
    expect(shownOrder(container)).toEqual(lensOrder('finance'));
    expect(container.querySelector('.figure-list--lead [data-metric]')!.getAttribute('data-metric')).toBe('costPerOutput');
    expect(screen.getByTestId('headline-sentence').textContent).not.toBe(newsroom);
    expect(screen.getByTestId('headline-sentence').textContent).toMatch(/^In \d{4} a unit of output costs/);
    expect(screen.getByText(LENSES.finance.intro)).toBeInTheDocument();
    // The numbers never change with the lens.
    for (const [name, value] of Object.entries(values)) {
      expect(container.querySelector(`[data-metric="${name}"]`)!.getAttribute('data-value')).toBe(value);
    }

    await userEvent.click(screen.getByRole('radio', { name: 'Union' }));
    expect(shownOrder(container)).toEqual(lensOrder('union'));
    expect(screen.getByTestId('headline-sentence').textContent).toMatch(/^By \d{4}/);
  });

  it('shows the change against a pinned baseline, signed, with the unrounded delta', () => {
    const scenario = useStore.getState().scenario;
    const baseline = { ...scenario, teams: scenario.teams.map((t) => ({ ...t, engineers: t.engineers + 10 })) };
    const { container, rerender } = render(<Headline />);
    expect(container.querySelector('[data-metric-delta]')).toBeNull();

    act(() => useStore.getState().setBaseline(baseline));
    rerender(<Headline />);
    const now = resultFor(scenario).years.at(-1)!;
    const before = resultFor(baseline).years.at(-1)!;
    const delta = container.querySelector('[data-metric-delta="engineers"]')!;
    expect(Number(delta.getAttribute('data-value'))).toBeCloseTo(now.engineers! - before.engineers!, 9);
    expect(Number(delta.getAttribute('data-value'))).toBeLessThan(0);
    expect(delta.textContent).toMatch(/^-\d.* vs baseline$/);
    expect(container.querySelectorAll('[data-metric-delta]')).toHaveLength(FIGURE_NAMES.length);
    expect(screen.getByText(/changes against the pinned baseline/)).toBeInTheDocument();
  });

  it('puts no markup from a malicious title into the page', () => {
    const evil = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script><b>bold</b>';
    const scenario = loadScenario({ title: evil, teams: [{ name: '<iframe src="javascript:1">' }] });
    useStore.getState().setScenario(scenario, null);
    useStore.getState().setBaseline(scenario);
    const { container } = render(<Headline />);
    expect(container.querySelector('img, script, b, iframe')).toBeNull();
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(evil);
    expect(screen.getByTestId('headline-sentence').innerHTML).not.toContain('<');
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('the sentence is a polite live region', () => {
    render(<Headline />);
    expect(screen.getByTestId('headline-sentence')).toHaveAttribute('aria-live', 'polite');
  });
});

describe('a baseline pinned, then an edit', () => {
  it('reads the edit as a change; unpinning removes the changes', () => {
    const { container } = render(<Headline />);
    act(() => useStore.getState().setBaseline(useStore.getState().scenario));
    expect(container.querySelector('[data-metric-delta="engineers"]')!.getAttribute('data-value')).toBe('0');
    expect(container.querySelector('[data-metric-delta="engineers"]')!.textContent).toBe('no change');

    act(() => {
      useStore.getState().setField('teams[0].engineers', useStore.getState().scenario.teams[0].engineers + 5);
    });
    const now = resultFor(useStore.getState().scenario).years.at(-1)!.engineers!;
    const before = resultFor(useStore.getState().baseline!).years.at(-1)!.engineers!;
    expect(now - before).toBeGreaterThan(0);
    expect(Number(container.querySelector('[data-metric-delta="engineers"]')!.getAttribute('data-value'))).toBeCloseTo(now - before, 9);
    expect(container.querySelector('[data-metric-delta="engineers"]')!.textContent).toMatch(/^\+\d.* vs baseline$/);

    act(() => useStore.getState().setBaseline(null));
    expect(container.querySelector('[data-metric-delta]')).toBeNull();
  });
});
