// @vitest-environment node
// The "as long as …" line and its parts, from hand-built flips: the exact
// English and German text a reader gets, the closest conditions only, the
// digits a near flip needs, and the line when nothing flips the headline.
import { afterAll, describe, expect, it } from 'vitest';
import { setLang } from '../../../src/i18n';
import type { Flip, Flips } from '../../../src/model/flips';
import { flipCondition, flipsBrief, flipsLine, flipValues, type FlipTextContext } from '../../../src/ui/headline/flipText';

afterAll(() => setLang('en'));

const NBSP = '\u00a0';
const flip = (path: string, value: number, at: number | null, distance: number | null): Flip => ({
  path,
  value,
  flip: at,
  holdsWhile: at === null ? null : at > value ? 'below' : 'above',
  distance,
});

// Ranked as the engine ranks them: closest first, no flip last.
const roles: Pick<Flips, 'headline' | 'value' | 'inputs'> = {
  headline: { metric: 'rolesAtRisk', year: 2030, threshold: 0.5 },
  value: 1.2,
  inputs: [
    flip('demand.growth', 0.02, 0.056, 0.1),
    flip('productivity.maxMultiplier', 1.6, 1.31, 0.2),
    flip('tokens.budget', 2400, null, null),
  ],
};
const en: FlipTextContext = { currency: 'USD', budgetMode: 'perEngineer', locale: 'en-US' };
const de: FlipTextContext = { currency: 'EUR', budgetMode: 'perEngineer', locale: 'de-DE' };

describe('the “as long as …” line', () => {
  it('names the claim and the closest flips, in English', async () => {
    await setLang('en');
    expect(flipsLine(roles, en)).toBe('1 role at risk by 2030, as long as demand grows less than 5.6% a year and the ceiling stays above 1.31×.');
  });

  it('in German, with the verbs last after “solange” and German numbers', async () => {
    await setLang('de');
    expect(flipsLine(roles, de)).toBe(
      `1 Stelle gefährdet bis 2030, solange die Nachfrage um weniger als 5,6${NBSP}% im Jahr wächst und die Obergrenze der Produktivität über 1,31× bleibt.`,
    );
  });

  it('names at most three conditions, the closest, joined as a list', async () => {
    await setLang('en');
    const many = { ...roles, value: 0.1, inputs: [flip('salaryGrowth', 0.035, 0.05, 0.1), flip('policy.attrition', 0.1, 0.05, 0.2), flip('tokens.budget', 2400, 3000, 0.3), flip('demand.growth', 0.017, 0.03, 0.4)] };
    expect(flipsLine(many, en)).toBe(
      'Less than one role at risk by 2030, as long as salaries grow less than 5% a year, attrition stays above 5% a year and the token budget stays below $3,000.',
    );
    expect(flipsLine(many, en, 1)).toBe('Less than one role at risk by 2030, as long as salaries grow less than 5% a year.');
    // The claim counts people as the sentence does (people.ts): none at all is "no role", 0.6 is 1.
    expect(flipsLine({ ...many, value: 0 }, en, 1)).toBe('No role at risk by 2030, as long as salaries grow less than 5% a year.');
    expect(flipsLine({ ...many, value: 0.6 }, en, 1)).toBe('1 role at risk by 2030, as long as salaries grow less than 5% a year.');
  });

  it('says so when no single input flips the headline', async () => {
    await setLang('en');
    expect(flipsLine({ ...roles, value: 3, inputs: [flip('tokens.budget', 2400, null, null)] }, en)).toBe(
      '3 roles at risk by 2030, whichever single input moves within its bounds.',
    );
  });

  it('writes the finance claim from cost per output against no AI', async () => {
    await setLang('en');
    const finance = { headline: { metric: 'costPerOutputVsNoAI' as const, year: 2030, threshold: 0 }, value: -0.2, inputs: [flip('productivity.maxMultiplier', 1.6, 1.02, 0.4)] };
    expect(flipsLine(finance, en)).toBe('Output 20% cheaper than without AI in 2030, as long as the ceiling stays above 1.02×.');
    await setLang('de');
    expect(flipsLine(finance, de)).toBe(`Leistung 20${NBSP}% günstiger als ohne KI im Jahr 2030, solange die Obergrenze der Produktivität über 1,02× bleibt.`);
  });

  it('has no line for a headline without a value', async () => {
    await setLang('en');
    expect(flipsLine({ ...roles, value: null }, en)).toBeNull();
  });
});

describe('the conditions under the sentence', () => {
  it('says only the closest two conditions, without repeating the sentence’s claim', async () => {
    await setLang('en');
    expect(flipsBrief(roles, en)).toBe('As long as demand grows less than 5.6% a year and the ceiling stays above 1.31×.');
    expect(flipsBrief(roles, en, 1)).toBe('As long as demand grows less than 5.6% a year.');
    await setLang('de');
    expect(flipsBrief(roles, de)).toBe(`Solange die Nachfrage um weniger als 5,6${NBSP}% im Jahr wächst und die Obergrenze der Produktivität über 1,31× bleibt.`);
  });

  it('says when no single input flips it, and nothing for a headline without a value', async () => {
    await setLang('en');
    expect(flipsBrief({ ...roles, inputs: [flip('tokens.budget', 2400, null, null)] }, en)).toBe('No single input moved within its bounds changes this.');
    expect(flipsBrief({ ...roles, value: null }, en)).toBeNull();
  });
});

describe('flip values as shown', () => {
  it('take the digits they need to differ from today’s', () => {
    expect(flipValues(flip('tokens.priceDecline', 0.3, 0.3004, 0.01), en)).toEqual({ today: '30%', flip: '30.04%' });
    expect(flipValues(flip('tokens.priceDecline', 0.3, 0.316, 0.01), en)).toEqual({ today: '30%', flip: '31.6%' });
    expect(flipValues(flip('tokens.budget', 2400, null, null), en)).toEqual({ today: '$2,400', flip: null });
  });

  it('read a budget as a share of salary in that mode', async () => {
    await setLang('en');
    const share: FlipTextContext = { ...en, budgetMode: 'shareOfSalary' };
    expect(flipCondition(flip('tokens.budget', 0.02, 0.035, 0.1), share)).toBe('the token budget stays below 3.5%');
  });

  it('name an input the app has no words for by its path', async () => {
    await setLang('en');
    expect(flipCondition(flip('tokens.somethingNew', 1, 0.5, 0.5), en)).toBe('tokens.somethingNew stays above 0.5');
  });
});
