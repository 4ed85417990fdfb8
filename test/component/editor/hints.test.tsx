// @vitest-environment jsdom
// Each input's help line says where its default comes from (issue 8, point 7;
// docs/sources.md is the source of truth), and the "count tokens as pay" box
// explains what it does in its current state (issue 9, 10a).
import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useStore } from '../../../src/state/store';
import { TokensSection } from '../../../src/ui/editor/sections/TokensSection';
import { DemandSection } from '../../../src/ui/editor/sections/DemandSection';
import { ProductivitySection } from '../../../src/ui/editor/sections/ProductivitySection';
import { PaySection } from '../../../src/ui/editor/sections/PaySection';
import { setLang } from '../../../src/i18n';

beforeEach(async () => {
  await setLang('en');
  useStore.setState(useStore.getInitialState());
  useStore.getState().loadPreset('typical-spend');
});

/** The help line tied to a field by aria-describedby. */
const description = (label: string) => screen.getByLabelText(label).getAttribute('aria-describedby')!.split(' ').map((id) => document.getElementById(id)!.textContent).join(' | ');

describe('help lines cite the source of the default', () => {
  it('names the default and its source, with the tag, for the v2 and the recalibrated inputs', () => {
    render(<><TokensSection /><ProductivitySection /><DemandSection /><PaySection /></>);
    // [label, the default, its source, its tag], as docs/sources.md gives them.
    const cases: [string, string, RegExp, string][] = [
      ['Rework share', 'Default 20%', /DORA 2024.*He et al\. 2025/, '[S] [P] [A]'],
      ['Demand elasticity', 'Default 0.5', /Bessen 2019/, '[A]'],
      ['Spread of token use', 'Default 1', /Claude Code’s cost docs imply 0\.78–1\.28, Meta’s top user about 1\.75/, '[P] [S] [D]'],
      ['Plan learning', 'Default 0%', /METR 2025/, '[A]'],
      ['Severance (months of pay)', 'Default 2', /WARN Act/, '[K] [A]'],
      ['Hiring cost', 'Default 15%', /15–25% of a salary/, '[K] [A]'],
      ['Tax on the token allowance', 'Default 0%', /IRC §132\(d\)/, '[K]'],
      ['Demand growth', 'Default 1.7%', /BLS Employment Projections 2023–33/, '[S]'],
      ['Maximum productivity multiplier', 'Default 1.6×', /Cui et al\.; Microsoft 2026/, '[P] [D]'],
      ['Span of control', 'Default 8', /Grove.*Roh \(TCU\).*Gallup/, '[S]'],
    ];
    for (const [label, value, source, tag] of cases) {
      const text = description(label);
      expect(text, label).toContain(value);
      expect(text, label).toMatch(source);
      expect(text.endsWith(`${tag}.`), `${label}: ${text}`).toBe(true);
    }
  });

  it('gives the elasticity a unit', () => {
    render(<DemandSection />);
    expect(description('Demand elasticity')).toMatch(/^% more demand per % cheaper \| At 0\.5, output 10% cheaper brings 5% more demand\./);
  });

  it('says it in the reader’s language', async () => {
    await setLang('de');
    render(<ProductivitySection />);
    expect(description('Nacharbeitsanteil')).toContain('Standard 20 %: DORA 2024');
  });
});

describe('“Count tokens as pay” says what it does', () => {
  it('unticked, ticked, and ticked with a tax on the allowance', async () => {
    const user = userEvent.setup({ delay: null });
    render(<TokensSection />);
    const box = screen.getByRole('checkbox', { name: 'Count tokens as pay' });
    expect(box).not.toBeChecked();
    expect(box).toHaveAccessibleDescription('Unticked: cash pay is advertised pay (with any equity); tokens are a work tool outside pay, and no on-costs fall on them.');
    await user.click(box);
    expect(useStore.getState().scenario.tokens.countAsPay).toBe(true);
    expect(box).toHaveAccessibleDescription('Ticked: the allowance counts in advertised pay, so cash pay is that much below it, and on-costs are paid on the tokens too.');
    useStore.getState().setField('tokens.benefitTaxRate', 0.32);
    expect(await screen.findByText(/the 32% tax on the allowance comes out of cash pay\.$/)).toBeVisible();
    await user.click(box);
    expect(box).toHaveAccessibleDescription(/^Unticked: cash pay is advertised pay/);
  });
});
