// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ComparePanel } from '../../../src/ui/compare/ComparePanel';
import { EmbedView } from '../../../src/ui/share/embed/EmbedView';
import { useStore } from '../../../src/state/store';

beforeEach(() => {
  useStore.setState(useStore.getInitialState());
});

describe('ComparePanel', () => {
  it('shows nothing without a baseline', () => {
    const { container } = render(<ComparePanel />);
    expect(container).toBeEmptyDOMElement();
  });

  it('explains the gap by group, as a chart and as a table', async () => {
    const store = useStore.getState();
    store.setBaseline(store.scenario);
    store.setField('tokens.budget', 12_000);
    store.setField('teams[0].engineers', 55);
    render(<ComparePanel />);
    expect(await screen.findByRole('heading', { name: 'Explain the gap' })).toBeInTheDocument();
    const chart = screen.getByRole('img', { name: /^Total cost, change against the baseline by group: Teams and pay: \+\$[\d.,]+M?; Token budget and prices: \+\$[\d.,]+; Interaction \(together, beyond the parts\): \$0; Total gap/ });
    expect(chart.querySelectorAll('rect')).toHaveLength(4);
    await userEvent.click(screen.getByRole('button', { name: 'Show table of the gap' }));
    const table = screen.getByRole('table', { name: 'Change in total cost by group of parameters' });
    expect(within(table).getAllByRole('row').map((r) => r.querySelector('th')!.textContent)).toEqual(['Group', 'Teams and pay', 'Token budget and prices', 'Interaction', 'Total gap']);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Figure to explain' }), 'engineers');
    expect(screen.getByText(/^Engineers:/)).toHaveTextContent('Engineers: 40 in the baseline, 55 now (+15).');
  });
});

describe('EmbedView', () => {
  it('shows one chart, the headline sentence and a link back to the full app, nothing else', () => {
    window.history.replaceState(null, '', '/?p=typical-spend&embed=costs');
    render(<EmbedView chart="costs" />);
    expect(screen.getAllByRole('figure')).toHaveLength(1);
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(/cost/i);
    expect(screen.getByTestId('headline-sentence').textContent!.length).toBeGreaterThan(40);
    const back = screen.getByRole('link', { name: /Explore and change this scenario/ });
    expect(back.getAttribute('href')).toMatch(/^http:\/\/localhost(:\d+)?\/\?p=typical-spend&v=2&m=2$/);
    expect(back).toHaveAttribute('target', '_blank');
    expect(screen.queryByRole('button', { name: 'Copy link' })).toBeNull();
    expect(document.querySelectorAll('input, select')).toHaveLength(0);
  });

  it('names the charts it can show when asked for another', () => {
    render(<EmbedView chart={'<img src=x>'} />);
    expect(screen.getByText(/There is no chart called “<img src=x>”/)).toHaveTextContent('headcount, costs, frontier, pay, output');
    expect(document.querySelector('img')).toBeNull();
  });

  it('posts its height to the host page', () => {
    const post = vi.fn();
    const parent = Object.getOwnPropertyDescriptor(window, 'parent');
    Object.defineProperty(window, 'parent', { value: { postMessage: post }, configurable: true });
    try {
      render(<EmbedView chart="pay" />);
      expect(post).toHaveBeenCalledWith({ type: 'tokens-or-people:height', height: expect.any(Number) }, '*');
    } finally {
      if (parent) Object.defineProperty(window, 'parent', parent);
    }
  });
});
