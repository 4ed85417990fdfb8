// @vitest-environment jsdom
// `?embed=fans` and `?embed=tornado`: the embedded page draws the four fans from the worker's run of
// the linked scenario, with the headline and a link back; a scenario without
// ranges says there is nothing to fan out. The embed dialog offers the fans
// only when there are ranges.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { EmbedView } from '../../../src/ui/share/embed/EmbedView';
import { EmbedDialog } from '../../../src/ui/share/EmbedDialog';
import { useStore } from '../../../src/state/store';
import type { UncertaintyClient } from '../../../src/worker/client';
import { InProcessWorker, clientWith, withClient } from './helpers';

let client: UncertaintyClient | undefined;
beforeEach(() => {
  useStore.setState(useStore.getInitialState());
  const s = useStore.getState().scenario;
  useStore.getState().setScenario({ ...s, uncertainty: { ...s.uncertainty, samples: 300, seed: 5 } });
});
afterEach(() => {
  client?.dispose();
  client = undefined;
});

const renderEmbed = () => {
  client = clientWith(new InProcessWorker()).client;
  render(withClient(client, <EmbedView chart="fans" />));
};

describe('the fans embed', { timeout: 30_000 }, () => {
  it('shows the four fans of the scenario’s run, its headline and a link back, and no controls', async () => {
    window.history.replaceState(null, '', '/?p=typical-spend&embed=fans');
    renderEmbed();
    expect(await screen.findByRole('heading', { name: 'Roles at risk: range of outcomes' }, { timeout: 20_000 })).toBeInTheDocument();
    expect(document.querySelectorAll('.uncertainty-fan svg')).toHaveLength(4);
    expect(document.querySelector('[data-samples]')).toHaveAttribute('data-samples', '300');
    expect(screen.getByTestId('headline-sentence').textContent!.length).toBeGreaterThan(40);
    expect(screen.getByRole('link', { name: /Explore and change this scenario/ }).getAttribute('href')).toMatch(/\?p=typical-spend&v=2&m=2&samples=300&seed=5$/);
    expect(document.querySelectorAll('input, select')).toHaveLength(0);
  });

  it('says so when the scenario has no ranges', async () => {
    const s = useStore.getState().scenario;
    useStore.getState().setScenario({ ...s, uncertainty: { ...s.uncertainty, ranges: {} } });
    renderEmbed();
    expect(await screen.findByText(/has no range of outcomes to show/, undefined, { timeout: 10_000 })).toBeInTheDocument();
    expect(document.querySelectorAll('svg')).toHaveLength(0);
  });

  it('is named among the embeddable charts', () => {
    render(<EmbedView chart="fan" />);
    expect(screen.getByText(/There is no chart called “fan”/)).toHaveTextContent('headcount, costs, frontier, pay, output, pipeline, fans, tornado');
  });
});

describe('the tornado embed', { timeout: 30_000 }, () => {
  it('shows what moves roles at risk in the final year the most, without controls', async () => {
    client = clientWith(new InProcessWorker()).client;
    render(withClient(client, <EmbedView chart="tornado" />));
    const year = useStore.getState().scenario.startYear + useStore.getState().scenario.years - 1;
    expect(await screen.findByRole('heading', { name: `What moves roles at risk in ${year} the most` }, { timeout: 20_000 })).toBeInTheDocument();
    expect(document.querySelectorAll('.uncertainty-tornado svg')).toHaveLength(1);
    expect(document.querySelectorAll('input, select')).toHaveLength(0);
  });

  it('says so when the scenario has no ranges', async () => {
    const s = useStore.getState().scenario;
    useStore.getState().setScenario({ ...s, uncertainty: { ...s.uncertainty, ranges: {} } });
    client = clientWith(new InProcessWorker()).client;
    render(withClient(client, <EmbedView chart="tornado" />));
    expect(await screen.findByText(/there is no input to compare/, undefined, { timeout: 10_000 })).toBeInTheDocument();
  });
});

describe('the embed dialog', () => {
  it('offers the fans and the tornado when the scenario has ranges, each with its own title', async () => {
    render(<EmbedDialog onClose={() => {}} />);
    const dialog = screen.getByRole('dialog');
    const chart = within(dialog).getByRole('combobox', { name: 'Chart' });
    const code = () => (within(dialog).getByRole('textbox', { name: 'Embed code' }) as HTMLTextAreaElement).value;
    await userEvent.selectOptions(chart, 'fans');
    expect(code()).toMatch(/embed=fans" title="Range of outcomes \(fans\): /);
    await userEvent.selectOptions(chart, 'tornado');
    expect(code()).toMatch(/embed=tornado" title="Which input matters most \(tornado\): /);
  });

  it('leaves them out without ranges', () => {
    const s = useStore.getState().scenario;
    useStore.getState().setScenario({ ...s, uncertainty: { ...s.uncertainty, ranges: {} } });
    render(<EmbedDialog onClose={() => {}} />);
    const options = within(screen.getByRole('combobox', { name: 'Chart' })).getAllByRole('option').map((o) => o.getAttribute('value'));
    expect(options).toEqual(['headcount', 'costs', 'frontier', 'pay', 'output', 'pipeline']);
  });
});
