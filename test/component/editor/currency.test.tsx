// @vitest-environment jsdom
// The currency field offers the choice when a new code is typed: convert every
// amount at the ECB reference rate (and say so in the sources), or relabel the
// same numbers. Nothing changes until one is chosen; Escape or Cancel keeps the old code.
import { beforeEach, describe, expect, it } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import { setLang } from '../../../src/i18n';
import userEvent from '@testing-library/user-event';
import { ScenarioSection } from '../../../src/ui/editor/sections/ScenarioSection';
import { useStore } from '../../../src/state/store';
import { getPreset } from '../../../src/scenario/allPresets';
import { CONVERSION_LABEL } from '../../../src/scenario/currency';

const scenario = () => useStore.getState().scenario;
const preset = (id: string) => getPreset(id)!.scenario;

beforeEach(() => {
  useStore.setState(useStore.getInitialState());
  useStore.getState().loadPreset('typical-spend');
});

async function typeCode(code: string) {
  const user = userEvent.setup({ delay: null });
  render(<ScenarioSection />);
  const field = screen.getByLabelText('Currency');
  await user.clear(field);
  await user.type(field, code);
  return { user, field };
}

describe('the currency choice', { timeout: 20_000 }, () => {
  it('offers to convert at the dated ECB rate or to relabel, and changes nothing before the choice', async () => {
    const { field } = await typeCode('sek');
    expect(field).toHaveValue('SEK');
    const group = screen.getByRole('group', { name: 'Change the currency from USD to SEK' });
    expect(group).toHaveTextContent('at the ECB reference rate of October 21, 2025 (1 USD = 9.4206 SEK)');
    expect(field).toHaveAttribute('aria-controls', group.id);
    expect(scenario()).toBe(preset('typical-spend'));
  });

  it('asks in the reader’s language, with the date and the rate written the reader’s way', async () => {
    await act(() => setLang('de'));
    try {
      const user = userEvent.setup({ delay: null });
      render(<ScenarioSection />);
      const field = screen.getByLabelText('Währung');
      await user.clear(field);
      await user.type(field, 'sek');
      const group = screen.getByRole('group', { name: 'Währung von USD auf SEK ändern' });
      expect(group).toHaveTextContent('zum EZB-Referenzkurs vom 21. Oktober 2025 (1 USD = 9,4206 SEK)');
      await user.click(within(group).getByRole('button', { name: 'In SEK umrechnen' }));
      expect(screen.getByText(/^Beträge von USD in SEK umgerechnet, zu 1 USD = 9,4206 SEK/)).toHaveAttribute('aria-live', 'polite');
      // The sources keep the rate as the scenario records it, in every language.
      expect(scenario().sources.at(-1)!.label).toContain('1 USD = 9.4206 SEK');
    } finally {
      await act(() => setLang('en'));
    }
  });

  it('converts every amount and names the rate in the sources', async () => {
    const { user } = await typeCode('SEK');
    await user.click(screen.getByRole('button', { name: 'Convert to SEK' }));
    const s = scenario();
    expect(s.currency).toBe('SEK');
    expect(s.teams[0].salary).toBe(1_460_194.28);
    expect(s.tokens.budget).toBe(22_609.46);
    expect(s.tokens.pricePerMillion).toBe(9.42061);
    expect(s.sources.at(-1)!.label.startsWith(CONVERSION_LABEL)).toBe(true);
    expect(s.sources.at(-1)!.date).toBe('2025-10-21');
    expect(screen.queryByRole('group', { name: /Change the currency/ })).toBeNull();
    expect(screen.getByText(/^Amounts converted from USD to SEK at 1 USD = 9\.4206 SEK/)).toHaveAttribute('aria-live', 'polite');
    expect(screen.getByLabelText('Currency')).toHaveFocus();
  });

  it('relabels only, keeping every number', async () => {
    const { user } = await typeCode('GBP');
    await user.click(screen.getByRole('button', { name: 'Relabel as GBP' }));
    const s = scenario();
    expect(s.currency).toBe('GBP');
    expect({ ...s, currency: 'USD' }).toEqual(preset('typical-spend'));
    expect(screen.getByText('Relabelled: the numbers are unchanged, now read as GBP instead of USD.')).toHaveAttribute('aria-live', 'polite');
  });

  it('is used from the keyboard: Tab to the choice, Enter to take it; Escape keeps the old code', async () => {
    const { user, field } = await typeCode('EUR');
    await user.tab();
    expect(screen.getByRole('button', { name: 'Convert to EUR' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(scenario().currency).toBe('EUR');
    expect(scenario().teams[0].salary).toBe(133_540.11); // 155,000 / 1.1607

    await user.clear(field);
    await user.type(field, 'USD');
    expect(screen.getByRole('group', { name: 'Change the currency from EUR to USD' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(field).toHaveValue('EUR');
    expect(screen.queryByRole('group', { name: /Change the currency/ })).toBeNull();
    expect(scenario().currency).toBe('EUR');
  });

  it('offers only the relabel for a currency without a reference rate', async () => {
    await typeCode('JPY');
    const group = screen.getByRole('group', { name: 'Change the currency from USD to JPY' });
    expect(group).toHaveTextContent('There is no reference rate between USD and JPY here');
    expect(within(group).queryByRole('button', { name: /Convert/ })).toBeNull();
    expect(within(group).getByRole('button', { name: 'Relabel as JPY' })).toBeInTheDocument();
  });

  it('names a code that is not three letters at the field, and offers nothing', async () => {
    const { field } = await typeCode('SE');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent('Currency must be a 3-letter ISO 4217 code such as USD');
    expect(screen.queryByRole('group', { name: /Change the currency/ })).toBeNull();
    expect(scenario().currency).toBe('USD');
  });
});
