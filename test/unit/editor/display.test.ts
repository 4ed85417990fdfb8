import { describe, expect, it } from 'vitest';
import { displayMessage, displayText, toDisplay, toStored } from '../../../src/ui/editor/display';
import { fromPosition, toPosition, SLIDER_STEPS } from '../../../src/ui/editor/controls/slider';
import { boundsAt } from '../../../src/scenario/bounds';
import { switchBudgetMode, meanSalary } from '../../../src/ui/editor/budgetMode';
import { deepEqual } from '../../../src/ui/editor/deepEqual';
import { loadScenario } from '../../../src/scenario/parse';

describe('percent display', () => {
  it('shows fractions as percent without binary noise, and stores percent as fractions', () => {
    expect(toDisplay(0.07, true)).toBe(7); // 0.07 * 100 is 7.000000000000001 in binary
    expect(toStored(30, true)).toBe(0.3);
    expect(toStored(7, true)).toBe(0.07);
    expect(displayText(0.035, true)).toBe('3.5');
    expect(displayText(2400, false)).toBe('2400');
    expect(displayText(null, false)).toBe('');
  });

  it('rewrites the schema’s bound messages into the unit shown', () => {
    expect(displayMessage('must be at most 0.99, got 1.5', true)).toBe('must be at most 99%, got 150%');
    expect(displayMessage('must be at least -1, got -1.2', true)).toBe('must be at least -100%, got -120%');
    expect(displayMessage('must be at most 0.99, got 1.5', false)).toBe('must be at most 0.99, got 1.5');
    expect(displayMessage('must be a number', true)).toBe('must be a number');
  });
});

describe('slider scales', () => {
  it('a linear slider maps its ends and snaps to the step', () => {
    const spec = { min: -50, max: 90, step: 1 };
    expect(toPosition(-50, spec)).toBe(0);
    expect(toPosition(90, spec)).toBe(SLIDER_STEPS);
    expect(fromPosition(SLIDER_STEPS / 2, spec)).toBe(20); // -50 + 0.5 * 140
    expect(toPosition(500, spec)).toBe(SLIDER_STEPS); // clamped
  });

  it('a log slider starts at 0, ends at max, and returns round values', () => {
    const spec = { min: 0, max: 500_000, knee: 500 };
    expect(fromPosition(0, spec)).toBe(0);
    expect(fromPosition(SLIDER_STEPS, spec)).toBe(500_000);
    // Half way: 500 * ((1 + 1000)^0.5 - 1) = 500 * 30.64 = 15,319 → two significant digits.
    expect(fromPosition(SLIDER_STEPS / 2, spec)).toBe(15_000);
    expect(toPosition(fromPosition(300, spec), spec)).toBeCloseTo(300, -1);
  });
});

describe('bounds from the schema', () => {
  it('reads min, max and whole numbers, with or without indices', () => {
    expect(boundsAt('years')).toEqual({ min: 1, max: 30, integer: true });
    expect(boundsAt('teams[4].engineers')).toEqual({ min: 0, max: 1_000_000, integer: false });
    expect(boundsAt('tokens.priceDecline')).toEqual({ min: -1, max: 0.999, integer: false });
    expect(boundsAt('teams[0].productivity.maxMultiplier')).toEqual({ min: 0.1, max: 100, integer: false });
    expect(boundsAt('shocks[2].cut')).toEqual({ min: 0, max: 1, integer: false });
  });
});

describe('switching the budget mode', () => {
  const scenario = loadScenario({
    teams: [
      { name: 'A', engineers: 30, salary: 100_000 },
      { name: 'B', engineers: 10, salary: 200_000, tokens: { budget: 5_000 } },
    ],
    tokens: { budgetMode: 'perEngineer', budget: 25_000 },
  });

  it('keeps the money: a budget per engineer becomes a share of the mean salary', () => {
    // Mean salary weighted by engineers: (30 * 100k + 10 * 200k) / 40 = 125,000.
    expect(meanSalary(scenario)).toBe(125_000);
    const share = switchBudgetMode(scenario, 'shareOfSalary');
    expect(share.tokens.budgetMode).toBe('shareOfSalary');
    expect(share.tokens.budget).toBe(0.2); // 25,000 / 125,000
    expect(share.teams[1].tokens?.budget).toBe(0.025); // 5,000 / 200,000, the team's own salary
    const back = switchBudgetMode(share, 'perEngineer');
    expect(back.tokens.budget).toBe(25_000);
    expect(back.teams[1].tokens?.budget).toBe(5_000);
  });
});

describe('deepEqual', () => {
  it('compares structure, treating absent and undefined keys alike', () => {
    expect(deepEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toBe(true);
    expect(deepEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 3 }] })).toBe(false);
    expect(deepEqual({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(deepEqual([1, 2], { 0: 1, 1: 2 })).toBe(false);
    expect(deepEqual(null, {})).toBe(false);
  });
});
