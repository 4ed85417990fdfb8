// @vitest-environment jsdom
// A damaged link (issue 9, 10c): the address stays as opened, and its notice
// offers that address for copying, also after the first edit has written the
// clean one (docs/links.md, "A damaged link").
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useStore } from '../../../src/state/store';
import { Notices } from '../../../src/ui/layout/Notices';
import { withUrlSync } from './urlSyncHelpers';

const open = withUrlSync();
const DAMAGED = '?p=typical-spend&v=2&m=2&t0.engineers=many&lens=cfo';
// Two notices (the scenario's settings, the view's): the last one offers the link, once.

function mockClipboard(writeText: (text: string) => Promise<void>) {
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
}
afterEach(() => vi.restoreAllMocks());

describe('a damaged link', () => {
  it('keeps its address, and its notice copies it as opened after an edit', async () => {
    const writeText = vi.fn(async (_text: string) => undefined);
    mockClipboard(writeText);
    open(DAMAGED);
    render(<Notices />);
    expect(location.search).toBe(DAMAGED);
    const notices = [...document.querySelectorAll('.notice')].map((n) => n.textContent);
    expect(notices).toEqual([
      'Some settings in this link were ignored: t0.engineers must be a number, got “many”.×',
      'Some view settings in this link were ignored: lens “cfo” is not a lens (union, finance, newsroom). The address bar keeps the link as you opened it until you change something. Copy the link as opened×',
    ]);
    useStore.getState().setField('tokens.budget', 3000);
    await waitFor(() => expect(location.search).toBe('?p=typical-spend&v=2&m=2&budget=3000'));
    await userEvent.click(screen.getByRole('button', { name: 'Copy the link as opened' }));
    expect(writeText).toHaveBeenCalledWith(`${location.origin}/${DAMAGED}`);
    expect(await screen.findByText('Link copied')).toBeVisible();
  });

  it('without a clipboard, shows the link as opened in a field to copy by hand', async () => {
    mockClipboard(async () => {
      throw new DOMException('denied', 'NotAllowedError');
    });
    open(DAMAGED);
    render(<Notices />);
    await userEvent.click(screen.getByRole('button', { name: 'Copy the link as opened' }));
    expect(await screen.findByRole('textbox', { name: /The link as opened: press Ctrl\+C/ })).toHaveValue(`${location.origin}/${DAMAGED}`);
  });

  it('a link read whole has no such button', () => {
    open('?p=typical-spend&v=2&m=2&budget=3000');
    render(<Notices />);
    expect(screen.queryByRole('button', { name: 'Copy the link as opened' })).toBeNull();
  });
});
