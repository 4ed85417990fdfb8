// @vitest-environment jsdom
// The embed snippet's sizes, the printed brief's content and the share bar's
// print button (issue 9 points 6 and the "also expected" list).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ShareBar } from '../../../src/ui/share/ShareBar';
import { EMBED_SIZES, embedSizeText, embedSnippet } from '../../../src/ui/share/EmbedDialog';
import { PrintBrief } from '../../../src/ui/print/PrintBrief';
import { useStore } from '../../../src/state/store';
import { useView } from '../../../src/state/view';
import { getPreset } from '../../../src/scenario/allPresets';
import { SCHEMA_VERSION } from '../../../src/scenario/schema';
import { MODEL_VERSION } from '../../../src/model/version';

/** The link's versions, as the app writes them now. */
const VM = `v=${SCHEMA_VERSION}&m=${MODEL_VERSION}`;

beforeEach(() => {
  useStore.setState(useStore.getInitialState());
  useView.setState(useView.getInitialState());
});

describe('the embed snippet', () => {
  it('offers sizes, and the snippet takes the chosen one', async () => {
    render(<ShareBar />);
    await userEvent.click(screen.getByRole('button', { name: 'Embed…' }));
    const dialog = await screen.findByRole('dialog');
    const size = within(dialog).getByRole('combobox', { name: 'Size' });
    expect(within(size).getAllByRole('option').map((o) => o.textContent)).toEqual(EMBED_SIZES.map((s) => embedSizeText(s)));
    const code = () => (within(dialog).getByRole('textbox', { name: 'Embed code' }) as HTMLTextAreaElement).value;
    expect(code()).toContain('width="100%" height="560"');
    await userEvent.selectOptions(size, 'phone');
    expect(code()).toContain('width="360" height="560"');
    await userEvent.selectOptions(size, 'tall');
    expect(code()).toContain('width="100%" height="720"');
    expect(within(dialog).getByText(/The chart fits the frame it is given/)).toBeInTheDocument();
  });

  it('escapes the width like every attribute', () => {
    expect(embedSnippet('https://x/?a=1&b=2', 't', 560, '100%" onload="x')).toContain('width="100%&quot; onload=&quot;x"');
  });
});

describe('the printed brief', () => {
  it('holds the assumptions, the scenario’s sources and the link with the view', () => {
    render(<PrintBrief />);
    const brief = screen.getByRole('region', { name: 'Assumptions, sources and link' });
    const preset = getPreset('typical-spend')!.scenario;
    expect(brief).toHaveTextContent('Assumptions: 40 engineers in 1 team; token budget $2,400 per engineer-year');
    expect(within(brief).getAllByRole('listitem')).toHaveLength(preset.sources.length);
    expect(brief).toHaveTextContent(preset.sources[0].label);
    expect(brief.querySelector('.print-brief-link')).toHaveTextContent(new RegExp(`^Reopen this scenario: http://localhost(:\\d+)?/\\?p=typical-spend&${VM}$`));
    act(() => {
      useStore.getState().setLens('union');
      useView.getState().set({ savings: 250_000 });
    });
    expect(brief.querySelector('.print-brief-link')).toHaveTextContent(/&lens=union&savings=250000$/);
  });

  it('the share bar prints it', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    render(<ShareBar />);
    await userEvent.click(screen.getByRole('button', { name: 'Print a brief' }));
    expect(print).toHaveBeenCalledTimes(1);
  });
});
