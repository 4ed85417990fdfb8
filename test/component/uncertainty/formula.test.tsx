// @vitest-environment jsdom
// Custom formulas in the app (issue 5): the formula engine loads when a
// scenario needs it, the results wait for it ("Loading the formula engine…"),
// a formula the sandbox refuses shows its message at the Formula field and the
// last good scenario stays, and an error while simulating never blanks the page.
import { beforeEach, describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useStore } from '../../../src/state/store';
import { resultFor } from '../../../src/state/results';
import { ensureFormulaEngine, resetFormulaEngineForTests, useFormulaEngine } from '../../../src/state/formula';
import { ResultsGate } from '../../../src/ui/results/ResultsGate';
import { ResultsBoundary } from '../../../src/ui/results/ResultsBoundary';
import { ProductivitySection, STARTER_FORMULA } from '../../../src/ui/editor/sections/ProductivitySection';
import { simulate } from '../../../src/model';
import type { Scenario } from '../../../src/scenario/schema';

/** Reads the results as the page's figures do. */
function Probe() {
  const scenario = useStore((s) => s.scenario);
  const last = resultFor(scenario).years.at(-1)!;
  return <p data-metric="required" data-value={String(last.required)}>{last.required}</p>;
}

const scenario = () => useStore.getState().scenario;
const withFormula = (s: Scenario, expression: string): Scenario => ({ ...s, productivity: { ...s.productivity, curve: 'custom', expression } });
const required = () => Number(document.querySelector('[data-metric="required"]')?.getAttribute('data-value'));

beforeEach(() => {
  resetFormulaEngineForTests();
  useStore.setState(useStore.getInitialState());
  useStore.getState().loadPreset('typical-spend');
});

describe('custom formulas in the app', { timeout: 20_000 }, () => {
  it('waits for the formula engine, then shows the results of the formula', async () => {
    render(
      <ResultsGate>
        <Probe />
      </ResultsGate>,
    );
    expect(required()).toBe(simulate(scenario()).years.at(-1)!.required);
    expect(useFormulaEngine.getState().status).toBe('idle'); // not loaded for a built-in curve

    // Choosing "Custom formula" starts from the built-in curve written as a formula.
    render(<ProductivitySection />);
    fireEvent.change(screen.getByLabelText('Productivity curve'), { target: { value: 'custom' } });
    expect(scenario().productivity).toMatchObject({ curve: 'custom', expression: STARTER_FORMULA });
    expect(screen.getByRole('status')).toHaveTextContent('Loading the formula engine…');
    expect(document.querySelector('[data-metric]')).toBeNull();
    await waitFor(() => expect(document.querySelector('[data-metric="required"]')).not.toBeNull(), { timeout: 8000 }); // mathjs loads slowly on a busy machine
    // The starter formula is the saturating curve: the same numbers.
    const builtIn = simulate({ ...scenario(), productivity: { ...scenario().productivity, curve: 'saturating' } }).years.at(-1)!.required;
    expect(required()).toBeCloseTo(builtIn!, 9);

    // A flat curve (no gain at all) is the saturating curve with a ceiling of 1: the same tokens
    // paid for, no gain banked or added, required = demand / baseOutput (MODEL.md §7).
    fireEvent.change(screen.getByLabelText('Formula'), { target: { value: '1' } });
    const flat = simulate({ ...scenario(), productivity: { ...scenario().productivity, curve: 'saturating', maxMultiplier: 1 } }).years.at(-1)!.required;
    await waitFor(() => expect(required()).toBeCloseTo(flat!, 9));
  });

  it.each([
    ['constructor', '"constructor" is not allowed: the names are T, t, half, maxMultiplier, price, budget, salary, e, pi (at character 1)'],
    ['import("x")', '"import" is not allowed: the functions are abs, sqrt, exp, log, log2, log10, pow, min, max (at character 1)'],
    ['T.constructor', 'property access and indexing ("T.constructor") are not allowed (at character 2)'],
  ])('refuses %s with the sandbox’s message at the Formula field; the last good scenario stays', async (text, message) => {
    await ensureFormulaEngine();
    useStore.getState().setScenario(withFormula(scenario(), '1 + T / (T + half)'));
    render(<ProductivitySection />);
    const good = scenario();
    const field = screen.getByLabelText('Formula');
    fireEvent.change(field, { target: { value: text } });
    expect(scenario()).toBe(good);
    expect(field).toHaveValue(text); // the typed text stays for fixing
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent(`Formula ${message}`);
    expect(useStore.getState().fieldErrors['productivity.expression']).toBe(message);
  });

  it('a formula typed before the engine loaded is checked once it has: refused, the last good scenario comes back', async () => {
    // The store cannot check yet: it accepts, and remembers the scenarios it replaced.
    useStore.getState().update((s) => withFormula(s, STARTER_FORMULA), 'productivity.curve');
    const starter = scenario();
    useStore.getState().update((s) => withFormula(s, '1 + T / (T + half)'), 'productivity.expression');
    const good = scenario();
    useStore.getState().update((s) => withFormula(s, 'constructor'), 'productivity.expression');
    expect(scenario().productivity.expression).toBe('constructor');
    await act(() => ensureFormulaEngine());
    // The newest scenario that passes: still the custom curve, with the last good formula.
    expect(scenario()).toBe(good);
    expect(scenario()).not.toBe(starter);
    expect(useStore.getState().fieldErrors['productivity.expression']).toMatch(/^"constructor" is not allowed/);
  });

  it('a scenario opened with a refused formula names it in the results and at the field', async () => {
    await ensureFormulaEngine();
    // As a link or file does: setScenario, no field check.
    act(() => useStore.getState().setScenario({ ...withFormula(scenario(), '1'), teams: [{ ...scenario().teams[0], productivity: { curve: 'custom', expression: 'range(1, 1e9)' } }] }));
    render(
      <ResultsGate>
        <Probe />
      </ResultsGate>,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('This scenario’s productivity formula is not allowed');
    expect(alert).toHaveTextContent('teams[0].productivity.expression: "range" is not allowed');
    await waitFor(() => expect(useStore.getState().fieldErrors['teams[0].productivity.expression']).toMatch(/^"range" is not allowed/));
    expect(document.querySelector('[data-metric]')).toBeNull();
  });
});

describe('the results boundary', () => {
  function Boom({ when }: { when: boolean }): null {
    if (when) throw new Error('division by a kitten');
    return null;
  }

  it('shows the error instead of a blank page, and tries again for the next scenario', () => {
    const original = console.error;
    console.error = () => {}; // React reports the caught error; the test expects it
    try {
      const { rerender } = render(
        <ResultsBoundary resetKey={1}>
          <Boom when />
        </ResultsBoundary>,
      );
      expect(screen.getByRole('alert')).toHaveTextContent('The results could not be computed for this scenario.division by a kitten');
      rerender(
        <ResultsBoundary resetKey={2}>
          <Boom when={false} />
          <p>back</p>
        </ResultsBoundary>,
      );
      expect(screen.queryByRole('alert')).toBeNull();
      expect(screen.getByText('back')).toBeInTheDocument();
    } finally {
      console.error = original;
    }
  });
});
