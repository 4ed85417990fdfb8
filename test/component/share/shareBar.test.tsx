// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ShareBar } from '../../../src/ui/share/ShareBar';
import { Notices } from '../../../src/ui/layout/Notices';
import { useStore } from '../../../src/state/store';
import { decodeLink } from '../../../src/scenario/link';

beforeEach(() => {
  useStore.setState(useStore.getInitialState());
});
afterEach(() => {
  vi.restoreAllMocks();
});

function mockClipboard(writeText: (text: string) => Promise<void>) {
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
}

describe('Copy link', () => {
  it('copies the link of the current scenario and says so', async () => {
    const writeText = vi.fn(async (_text: string) => undefined);
    mockClipboard(writeText);
    useStore.getState().setField('tokens.budget', 7000);
    render(<ShareBar />);
    await userEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(writeText).toHaveBeenCalledTimes(1);
    const link = writeText.mock.calls[0][0] as string;
    expect(link).toMatch(/^http:\/\/localhost(:\d+)?\/\?p=typical-spend&v=2&m=2&budget=7000$/);
    expect(decodeLink(new URL(link).search).scenario).toEqual(useStore.getState().scenario);
    expect(await screen.findByRole('status', { name: '' })).toHaveTextContent('Link copied');
  });

  it('falls back to a selected read-only field with instructions when the clipboard refuses', async () => {
    mockClipboard(async () => {
      throw new DOMException('denied', 'NotAllowedError');
    });
    render(<ShareBar />);
    await userEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    const field = await screen.findByRole('textbox', { name: /Link to this scenario: press Ctrl\+C/ });
    expect(field).toHaveAttribute('readonly');
    expect((field as HTMLInputElement).value).toContain('?p=typical-spend&v=2&m=2');
    await waitFor(() => expect(document.activeElement === field || (field as HTMLInputElement).selectionEnd! > 0).toBe(true));
    await userEvent.click(screen.getByRole('button', { name: 'Done' }));
    expect(screen.queryByRole('textbox', { name: /Link to this scenario/ })).toBeNull();
  });

  it('offers “Share…” only where the browser can share', async () => {
    const { unmount } = render(<ShareBar />);
    expect(screen.queryByRole('button', { name: 'Share…' })).toBeNull();
    unmount();
    const share = vi.fn(async (_data: ShareData) => undefined);
    Object.defineProperty(navigator, 'share', { value: share, configurable: true });
    render(<ShareBar />);
    await userEvent.click(screen.getByRole('button', { name: 'Share…' }));
    expect(share).toHaveBeenCalledWith(expect.objectContaining({ title: useStore.getState().scenario.title, url: expect.stringContaining('?p=typical-spend') }));
    delete (navigator as { share?: unknown }).share;
  });
});

describe('Embed dialog', () => {
  it('is a labelled modal: focus inside, Tab cycles, Esc closes and returns focus', async () => {
    const user = userEvent.setup();
    render(<ShareBar />);
    const opener = screen.getByRole('button', { name: 'Embed…' });
    await user.click(opener);
    const dialog = await screen.findByRole('dialog', { name: 'Embed a chart' });
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(dialog.contains(document.activeElement)).toBe(true);
    // Tab from the last control wraps to the first; Shift+Tab from the first to the last.
    const focusables = within(dialog).getAllByRole('button').concat(within(dialog).getAllByRole('link'));
    const last = within(dialog).getByRole('link', { name: 'Preview' });
    last.focus();
    await user.tab();
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Close' }));
    await user.tab({ shift: true });
    expect(document.activeElement).toBe(last);
    expect(focusables.length).toBeGreaterThan(2);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it('gives an iframe snippet for the chosen chart, with the title escaped', async () => {
    useStore.getState().setField('title', 'A "quoted" <b>title</b>');
    render(<ShareBar />);
    await userEvent.click(screen.getByRole('button', { name: 'Embed…' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.selectOptions(within(dialog).getByRole('combobox', { name: 'Chart' }), 'costs');
    const code = (within(dialog).getByRole('textbox', { name: 'Embed code' }) as HTMLTextAreaElement).value;
    expect(code).toMatch(/^<iframe src="http:\/\/localhost(:\d+)?\/\?p=typical-spend&amp;v=2&amp;m=2&amp;title=A%20%22quoted%22%20%3Cb%3Etitle%3C%2Fb%3E&amp;embed=costs" title="Cost stack: A &quot;quoted&quot; &lt;b&gt;title&lt;\/b&gt;" /);
    expect(code).not.toContain('<b>');
  });
});

describe('Baseline', () => {
  it('pins the current scenario and clears it', async () => {
    render(<ShareBar />);
    expect(screen.queryByRole('button', { name: 'Clear baseline' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Pin as baseline' }));
    expect(useStore.getState().baseline).toBe(useStore.getState().scenario);
    await userEvent.click(screen.getByRole('button', { name: 'Clear baseline' }));
    expect(useStore.getState().baseline).toBeNull();
  });
});

describe('Open scenario file', () => {
  const file = (text: string, name = 'plan.json') => new File([text], name, { type: 'application/json' });

  it('opens a valid file as the scenario', async () => {
    render(<ShareBar />);
    await userEvent.upload(screen.getByLabelText('Open scenario file…'), file(JSON.stringify({ title: 'From a file', years: 7 })));
    await waitFor(() => expect(useStore.getState().scenario.title).toBe('From a file'));
    expect(useStore.getState().scenario.years).toBe(7);
    expect(useStore.getState().presetId).toBeNull();
  });

  it('gives a version 1 file the notice a version 1 link gets: a warning where its numbers differ', async () => {
    render(<ShareBar />);
    const v1 = { schemaVersion: 1, title: 'Old plan', policy: { headcount: 'holdBudget' }, shocks: [{ year: 2026, cut: 0.1, lever: 'headcount' }] };
    await userEvent.upload(screen.getByLabelText('Open scenario file…'), file(JSON.stringify(v1), 'old.json'));
    // One notice per file (issue 9, 10b): that it opened, and what version 1 means for it.
    await waitFor(() => expect(useStore.getState().notices).toHaveLength(1));
    const [notice] = useStore.getState().notices;
    expect(notice.kind).toBe('warning');
    // Both reasons: a cut the staffing policy answers, and one in the start year.
    expect(notice.text).toBe(
      'Opened “old.json”. This scenario was made with model version 1, and some of its numbers differ now: a headcount cut is now a one-off event that the staffing policy answers in later years (version 1 kept it as a permanent cut); jobs change is now counted from the start before any cut.',
    );
    expect(useStore.getState().scenario.title).toBe('Old plan');
  });

  it('says a version 1 file without those differences keeps its numbers, and nothing for a current file', async () => {
    render(<ShareBar />);
    await userEvent.upload(screen.getByLabelText('Open scenario file…'), file(JSON.stringify({ schemaVersion: 1, title: 'Old, plain' })));
    await waitFor(() => expect(useStore.getState().notices).toHaveLength(1));
    expect(useStore.getState().notices[0].kind).toBe('info');
    expect(useStore.getState().notices[0].text).toMatch(/^Opened “plan\.json”\. This scenario was made with model version 1\. .*so its numbers are the same\.$/);
    await userEvent.upload(screen.getByLabelText('Open scenario file…'), file(JSON.stringify({ title: 'No version' })));
    await waitFor(() => expect(useStore.getState().scenario.title).toBe('No version'));
    // The current file's answer replaces the version 1 file's, and says nothing of versions.
    expect(useStore.getState().notices.map((n) => n.text)).toEqual(['Opened “plan.json”.']);
  });

  it('names the fields of a bad file and keeps the last good scenario', async () => {
    const before = useStore.getState().scenario;
    render(<ShareBar />);
    await userEvent.upload(screen.getByLabelText('Open scenario file…'), file(JSON.stringify({ years: 99, teams: [{ salary: -5 }], __proto__x: 1 })));
    await waitFor(() => expect(useStore.getState().notices).toHaveLength(1));
    const text = useStore.getState().notices[0].text;
    expect(text).toContain('“plan.json” could not be opened');
    expect(text).toContain('years must be at most 30, got 99');
    expect(text).toContain('teams[0].salary must be at least 0, got -5');
    expect(useStore.getState().scenario).toBe(before);
    // The next file's answer replaces this one (issue 9, 10b).
    await userEvent.upload(screen.getByLabelText('Open scenario file…'), file('{"title": "cut sh'));
    await waitFor(() => expect(useStore.getState().notices[0].text).not.toContain('years must be'));
    // The string is unterminated: the parser stops at the end of the 17 characters, column 18.
    expect(useStore.getState().notices.map((n) => n.text)).toEqual(['“plan.json” is not a scenario: it is not valid JSON (line 1, column 18), so the current scenario stays.']);
  });

  it('two bad files in a row leave one notice, in plain words with the line and column, and other notices stay', async () => {
    useStore.getState().notify('warning', 'A notice about something else.');
    render(<><ShareBar /><Notices /></>);
    const input = screen.getByLabelText('Open scenario file…');
    await userEvent.upload(input, file('{"years": 3,,}', 'first.json'));
    await screen.findByText(/first\.json/);
    // A trailing comma on line 2: offset 13 of "{\n\"years\": 3,}" is the "}", after the 11 characters of line 2 before it: column 12.
    await userEvent.upload(input, file('{\n"years": 3,}', 'second.json'));
    await waitFor(() => expect(screen.queryByText(/first\.json/)).toBeNull());
    const notices = document.querySelectorAll('.notice');
    expect([...notices].map((n) => n.firstElementChild!.textContent)).toEqual([
      'A notice about something else.',
      '“second.json” is not a scenario: it is not valid JSON (line 2, column 12), so the current scenario stays.',
    ]);
    expect(document.body.textContent).not.toMatch(/SyntaxError|Unexpected token|Expected|position/);
  });
});
