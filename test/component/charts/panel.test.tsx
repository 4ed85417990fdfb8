// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { act, render } from '@testing-library/react';
import { ChartsPanel } from '../../../src/charts/ChartsPanel';
import { useStore } from '../../../src/state/store';
import { LENSES } from '../../../src/ui/lens';

beforeEach(() => {
  useStore.setState(useStore.getInitialState());
});

const order = (container: HTMLElement) => [...container.querySelectorAll('[data-chart-id]')].map((el) => el.getAttribute('data-chart-id'));

describe('charts panel', () => {
  it('renders every chart in the lens’s order and reorders on a lens switch', () => {
    const { container } = render(<ChartsPanel />);
    expect(order(container)).toEqual([...LENSES[useStore.getState().lens].charts]);
    const headcount = container.querySelector('[data-chart-id="headcount"]');
    act(() => useStore.getState().setLens('finance'));
    expect(order(container)).toEqual(['costs', 'frontier', 'headcount', 'output', 'pay']);
    // Moved, not rebuilt: a chart keeps its state (table view, cursor) across lenses.
    expect(container.querySelector('[data-chart-id="headcount"]')).toBe(headcount);
  });

  it('marks "charts-rendered" after each commit, for the browser benchmark', () => {
    const mark = vi.spyOn(performance, 'mark');
    render(<ChartsPanel />);
    const before = mark.mock.calls.filter(([name]) => name === 'charts-rendered').length;
    expect(before).toBeGreaterThanOrEqual(1);
    act(() => {
      useStore.getState().setField('teams[0].engineers', 55);
    });
    expect(mark.mock.calls.filter(([name]) => name === 'charts-rendered').length).toBe(before + 1);
    mark.mockRestore();
  });

  it('draws the pinned baseline behind the current lines', () => {
    const { container } = render(<ChartsPanel />);
    expect(container.querySelectorAll('path[stroke="#777777"]')).toHaveLength(0);
    act(() => {
      useStore.getState().setBaseline(useStore.getState().scenario);
      useStore.getState().setField('teams[0].engineers', 55);
    });
    // Headcount 3, pay 4, output 4, frontier 2 dashed lines; the cost stack's baseline marks.
    expect(container.querySelectorAll('path[stroke="#777777"]')).toHaveLength(14);
  });
});
