// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { act, render, waitFor } from '@testing-library/react';
import { ChartsPanel } from '../../../src/charts/ChartsPanel';
import { useStore } from '../../../src/state/store';
import { LENSES } from '../../../src/ui/lens';

beforeEach(() => {
  useStore.setState(useStore.getInitialState());
});

/** The panel once its charts are in (their code loads after the first screen). */
async function renderPanel() {
  const view = render(<ChartsPanel />);
  await waitFor(() => expect(view.container.querySelector('[data-chart-id] svg')).not.toBeNull(), { timeout: 5000 });
  return view;
}

const order = (container: HTMLElement) => [...container.querySelectorAll('[data-chart-id]')].map((el) => el.getAttribute('data-chart-id'));

describe('charts panel', () => {
  it('holds each chart’s place while the charts load, then renders every chart in the lens’s order and reorders on a lens switch', async () => {
    const first = render(<ChartsPanel />);
    // The first render waits for the charts' code: one placeholder per chart of the lens, none a chart yet.
    expect(first.container.querySelectorAll('.charts-placeholder')).toHaveLength(LENSES[useStore.getState().lens].charts.length);
    expect(first.container.querySelector('[data-chart-id]')).toBeNull();
    first.unmount();
    const { container } = await renderPanel();
    expect(order(container)).toEqual([...LENSES[useStore.getState().lens].charts]);
    const headcount = container.querySelector('[data-chart-id="headcount"]');
    act(() => useStore.getState().setLens('finance'));
    expect(order(container)).toEqual(['costs', 'frontier', 'headcount', 'output', 'pay', 'pipeline']);
    // Moved, not rebuilt: a chart keeps its state (table view, cursor) across lenses.
    expect(container.querySelector('[data-chart-id="headcount"]')).toBe(headcount);
  });

  it('marks "charts-rendered" after each commit, for the browser benchmark', async () => {
    const mark = vi.spyOn(performance, 'mark');
    await renderPanel();
    const before = mark.mock.calls.filter(([name]) => name === 'charts-rendered').length;
    expect(before).toBeGreaterThanOrEqual(1);
    act(() => {
      useStore.getState().setField('teams[0].engineers', 55);
    });
    expect(mark.mock.calls.filter(([name]) => name === 'charts-rendered').length).toBe(before + 1);
    mark.mockRestore();
  });

  it('draws the pinned baseline behind the current lines', async () => {
    const { container } = await renderPanel();
    expect(container.querySelectorAll('path[stroke="#777777"]')).toHaveLength(0);
    act(() => {
      useStore.getState().setBaseline(useStore.getState().scenario);
      useStore.getState().setField('teams[0].engineers', 55);
    });
    // Headcount 5 (with hires and layoffs), pay 4, output 4, frontier 2 dashed lines, pipeline 2 (the one team's engineers and hires); the cost stack's baseline marks.
    expect(container.querySelectorAll('path[stroke="#777777"]')).toHaveLength(18);
  });
});
