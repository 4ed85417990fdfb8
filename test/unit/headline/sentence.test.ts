import { afterAll, describe, expect, it } from 'vitest';
import { setLang } from '../../../src/i18n';
import { headlineSentence, type SentenceFacts } from '../../../src/ui/headline/sentence';

type Row = SentenceFacts['last'];

afterAll(() => setLang('en'));

// A hand-built run: 40 engineers kept (hold), tokens raise output threefold,
// demand grows to 48.6 (5% a year), so 16.2 engineers would do.
const first: Row = {
  year: 2026, engineers: 40, managers: 5.7, required: 40, rolesAtRisk: 0, managerRolesAtRisk: 0, jobsChange: 0, demand: 40, shortfall: 0, multiplier: 1,
  expectationGap: 0, budgetPerEngineer: 250_000, cashPay: 149_350, advertisedPay: 189_350, costPerOutput: 300_000,
};
const last: Row = {
  year: 2030, engineers: 40, managers: 5.7, required: 16.2, rolesAtRisk: 23.8, managerRolesAtRisk: 0, jobsChange: 0.4, demand: 48.6, shortfall: 0, multiplier: 3,
  expectationGap: -0.595, budgetPerEngineer: 250_000, cashPay: 171_383.4, advertisedPay: 211_383.4, costPerOutput: 188_284,
};
const base: SentenceFacts = {
  currency: 'USD',
  first,
  last,
  summary: { firstYearTokensExceedSalary: null, costVsNoAI: 56_300_000, cumulativeLayoffs: 0 },
  noAICostPerOutput: 281_389,
  frontier: { optimum: { budget: 8_221.4 }, breakEven: { budget: 496_342.2 }, breakEvenBeyondSweep: false },
};
const facts = (over: Partial<Row> = {}, rest: Partial<SentenceFacts> = {}): SentenceFacts => ({
  ...base,
  ...rest,
  last: { ...last, ...over },
});
const say = (f: SentenceFacts, lens: 'newsroom' | 'union' | 'finance') => headlineSentence(f, lens, 'en-US');

describe('headline sentence, by lens', () => {
  it('newsroom: the budget, who does the work, roles at risk, cash and advertised pay', () => {
    expect(say(base, 'newsroom')).toBe(
      'With $250,000 of tokens per engineer a year, 40 engineers do the work 16 could do by 2030: 24 roles at risk, ' +
        'while cash pay goes from $149,350 to $171,383 and advertised pay reaches $211,383.',
    );
  });

  it('union: roles at risk, jobs, the expectation gap, cash against advertised pay', () => {
    expect(say(base, 'union')).toBe(
      'By 2030, 24 of 40 engineering roles are at risk, and jobs grow by less than one against 2026; ' +
        'each engineer is asked for 60% less than the tools deliver, and cash pay is $171,383 against an advertised $211,383.',
    );
    expect(say(facts({ expectationGap: 0.35, rolesAtRisk: 1, jobsChange: -3 }), 'union')).toBe(
      'By 2030, 1 of 40 engineering roles is at risk, and jobs fall by 3 against 2026; ' +
        'each engineer is asked for 35% more than the tools deliver, and cash pay is $171,383 against an advertised $211,383.',
    );
  });

  it('finance: cost per output against no AI, the cost-minimising and break-even budgets, the cumulative cost', () => {
    // 188,284 / 281,389 − 1 = −33.1%.
    expect(say(base, 'finance')).toBe(
      'In 2030 a unit of output costs $188,284, 33% less than without tokens ($281,389). ' +
        'The cost-minimising token budget is $8,221 per engineer a year and tokens stop paying for themselves above $496,342, ' +
        'against $250,000 in this scenario. Over 2026–2030 tokens add $56.3M to total cost.',
    );
  });

  it('finance without a frontier skips the budgets; savings are said as a cut', () => {
    expect(say(facts({}, { frontier: undefined, summary: { firstYearTokensExceedSalary: null, costVsNoAI: -1_250_000, cumulativeLayoffs: 0 } }), 'finance')).toBe(
      'In 2030 a unit of output costs $188,284, 33% less than without tokens ($281,389). Over 2026–2030 tokens cut total cost by $1.3M.',
    );
  });

  it('uses the scenario’s currency and the given locale', () => {
    // German grouping, and a no-break space before the euro sign (Intl).
    expect(headlineSentence({ ...base, currency: 'EUR' }, 'newsroom', 'de-DE').replace(/\u00a0/g, ' ')).toBe(
      'With 250.000 € of tokens per engineer a year, 40 engineers do the work 16 could do by 2030: 24 roles at risk, ' +
        'while cash pay goes from 149.350 € to 171.383 € and advertised pay reaches 211.383 €.',
    );
  });
});

describe('headline sentence, edge cases in words', () => {
  it('no tokens: says so, and the shortfall the unaided team leaves', () => {
    // 8.6 of 48.6 undone: 17.7%.
    const f = facts({ budgetPerEngineer: 0, multiplier: 1, required: 48.6, rolesAtRisk: 0, shortfall: 8.6, expectationGap: 0.215 });
    expect(say(f, 'newsroom')).toBe(
      'Without a token budget, 40 engineers fall 18% short of demand by 2030, with no role at risk, ' +
        'while cash pay goes from $149,350 to $171,383 and advertised pay reaches $211,383.',
    );
    expect(say(f, 'finance')).toBe(
      'In 2030 a unit of output costs $188,284, with no token budget. The cost-minimising token budget is $8,221 per engineer a year ' +
        'and tokens stop paying for themselves above $496,342, against none in this scenario.',
    );
  });

  it('no roles at risk because demand outgrows productivity', () => {
    const f = facts({ multiplier: 1.2, required: 40.5, rolesAtRisk: 0, shortfall: 0.5, expectationGap: 0.0125 });
    expect(say(f, 'newsroom')).toBe(
      'With $250,000 of tokens per engineer a year, demand grows faster than the tools raise output: ' +
        '40 engineers fall 1% short of demand by 2030, with no role at risk, ' +
        'while cash pay goes from $149,350 to $171,383 and advertised pay reaches $211,383.',
    );
    expect(say(f, 'union')).toBe(
      'By 2030 no role is at risk: demand grows faster than the tools raise output, and jobs grow by less than one against 2026; ' +
        'each engineer is asked for 1% more than the tools deliver, and cash pay is $171,383 against an advertised $211,383. ' +
        'Output falls 1% short of demand.',
    );
  });

  it('all engineers still needed, nothing short', () => {
    const f = facts({ required: 40, rolesAtRisk: 0, jobsChange: 0, cashPay: 149_350, advertisedPay: 149_350 });
    expect(say(f, 'newsroom')).toBe(
      'With $250,000 of tokens per engineer a year, all 40 engineers are still needed by 2030: no role is at risk, while cash pay stays at $149,350.',
    );
  });

  it('a multiplier below 1: the tools slow engineers down', () => {
    const f = facts({ multiplier: 0.84, required: 57.9, rolesAtRisk: 0, shortfall: 15, expectationGap: 0.446 });
    expect(say(f, 'newsroom')).toBe(
      'With $250,000 of tokens per engineer a year, 40 engineers fall 31% short of demand by 2030, with no role at risk, ' +
        'while cash pay goes from $149,350 to $171,383 and advertised pay reaches $211,383. ' +
        'The tools slow engineers down: each delivers 0.84× the output without them.',
    );
    expect(say(facts({ multiplier: 0.84 }, { frontier: { ...base.frontier!, optimum: { budget: 0 } } }), 'finance')).toContain(
      'No token budget pays for itself: the cheapest is none, against $250,000 in this scenario.',
    );
  });

  it('zero engineers: no one left, no pay, no cost per output', () => {
    const f = facts({
      engineers: 0, required: null, rolesAtRisk: 0, jobsChange: -45, shortfall: 48.6, multiplier: null, expectationGap: null,
      budgetPerEngineer: null, cashPay: null, advertisedPay: null, costPerOutput: null,
    });
    expect(say(f, 'newsroom')).toBe('By 2030 no engineers are left, and none of the work demanded gets done.');
    expect(say(f, 'union')).toBe('By 2030 no engineers are left, and jobs fall by 45 against 2026.');
    expect(say(f, 'finance')).toBe(
      'In 2030 nothing is produced, so there is no cost per output. The cost-minimising token budget is $8,221 per engineer a year ' +
        'and tokens stop paying for themselves above $496,342.',
    );
  });

  it('a shortfall after the team shrinks to an optimistic plan', () => {
    const f = facts({ engineers: 12.4, required: 16.2, rolesAtRisk: 0, jobsChange: -31.6, shortfall: 11.8, expectationGap: 0.31 });
    expect(say(f, 'newsroom')).toBe(
      'With $250,000 of tokens per engineer a year, the team goes from 40 to 12 engineers by 2030, and output falls 24% short of demand, ' +
        'while cash pay goes from $149,350 to $171,383 and advertised pay reaches $211,383.',
    );
    expect(say(f, 'union')).toBe(
      'By 2030, 28 of 40 engineering roles are gone, and jobs fall by 32 against 2026; each engineer is asked for 31% more than the tools deliver, ' +
        'and cash pay is $171,383 against an advertised $211,383. Output falls 24% short of demand.',
    );
  });

  it('tokens exceeding salary, and a budget past break-even', () => {
    const f = facts({ budgetPerEngineer: 600_000 }, { summary: { firstYearTokensExceedSalary: 2027, costVsNoAI: 0, cumulativeLayoffs: 0 } });
    expect(say(f, 'newsroom')).toMatch(/ From 2027 the token budget per engineer exceeds the base salary\.$/);
    expect(say(f, 'finance')).toBe(
      'In 2030 a unit of output costs $188,284, 33% less than without tokens ($281,389). ' +
        'The cost-minimising token budget is $8,221 per engineer a year and tokens stop paying for themselves above $496,342, ' +
        'against $600,000 in this scenario, past break-even. From 2027 the token budget per engineer exceeds the base salary.',
    );
  });

  it('a break-even beyond the sweep, and cost per output equal to no AI', () => {
    const f = facts({ costPerOutput: 281_389 }, { frontier: { ...base.frontier!, breakEvenBeyondSweep: true } });
    expect(say(f, 'finance')).toBe(
      'In 2030 a unit of output costs $281,389, the same as without tokens. The cost-minimising token budget is $8,221 per engineer a year ' +
        'and tokens still pay for themselves at $496,342, the largest budget tried, against $250,000 in this scenario. ' +
        'Over 2026–2030 tokens add $56.3M to total cost.',
    );
  });

  it('several teams: a surplus in some and a shortage in others', () => {
    // Totals: 40 engineers, 40.3 required, 1.7 surplus in one team, 2 short (4%) in another.
    const f = facts({ required: 40.3, rolesAtRisk: 1.7, shortfall: 2, demand: 48.6, multiplier: 1.2, expectationGap: 0.01 });
    expect(say(f, 'newsroom')).toBe(
      'With $250,000 of tokens per engineer a year, 40 engineers do the work 40 could do by 2030, but unevenly: ' +
        '2 roles at risk in some teams and output 4% short of demand in others, ' +
        'while cash pay goes from $149,350 to $171,383 and advertised pay reaches $211,383.',
    );
    expect(say(f, 'union')).toBe(
      'By 2030, 2 of 40 engineering roles are at risk, and jobs grow by less than one against 2026; ' +
        'each engineer is asked for 1% more than the tools deliver, and cash pay is $171,383 against an advertised $211,383. ' +
        'Other teams fall 4% short of demand.',
    );
  });

  it('a role and a half in one team: required is said as engineers minus roles at risk, so the counts add up', () => {
    // 8 − 7.5 = 0.5 rounds to 1 role; 7.5 alone would round to 8, so required reads 8 − 1 = 7.
    expect(say(facts({ engineers: 8, required: 7.5, rolesAtRisk: 0.5 }), 'newsroom')).toMatch(
      /^With \$250,000 of tokens per engineer a year, 8 engineers do the work 7 could do by 2030: 1 role at risk,/,
    );
  });
});

describe('people in prose: whole heads, "less than one" below a half (people.ts)', () => {
  // Engineers 40 throughout; required = 40 − roles at risk, so one team.
  const risk = (roles: number) => facts({ rolesAtRisk: roles, required: 40 - roles, jobsChange: 0 });
  it.each([
    [0, 'By 2030 no role is at risk, and jobs stay level with 2026;'],
    [0.3, 'By 2030, less than one of 40 engineering roles is at risk, and jobs stay level with 2026;'],
    [0.6, 'By 2030, 1 of 40 engineering roles is at risk, and jobs stay level with 2026;'],
    [8.6, 'By 2030, 9 of 40 engineering roles are at risk, and jobs stay level with 2026;'],
    [31.4, 'By 2030, 31 of 40 engineering roles are at risk, and jobs stay level with 2026;'],
  ])('union: %s roles at risk', (roles, text) => {
    expect(say(risk(roles), 'union').startsWith(text)).toBe(true);
  });
  it.each([
    [0.3, 'do the work 40 could do by 2030: less than one role at risk,'],
    [0.6, 'do the work 39 could do by 2030: 1 role at risk,'],
    [8.6, 'do the work 31 could do by 2030: 9 roles at risk,'],
    [31.4, 'do the work 9 could do by 2030: 31 roles at risk,'],
  ])('newsroom: %s roles at risk, and the work the rest could do', (roles, text) => {
    expect(say(risk(roles), 'newsroom')).toContain(`40 engineers ${text}`);
  });
  it('counts in the reader’s language, "less than one" taking the singular', async () => {
    await setLang('de');
    expect(headlineSentence(risk(0.3), 'union', 'de-DE')).toMatch(/^Bis 2030 ist weniger als 1 von 40 Entwicklungsstellen gefährdet/);
    expect(headlineSentence(risk(8.6), 'union', 'de-DE')).toMatch(/^Bis 2030 sind 9 von 40 Entwicklungsstellen gefährdet/);
    await setLang('en');
  });
});

describe('union sentence: layoffs and roles at risk, managers included (issue 8 point 7)', () => {
  it('counts the roles at risk with the managers, and the layoffs over the run', () => {
    // 23.8 engineering + 3.4 manager roles at risk = 27.2, said 27, of 40 engineers + 5.7 managers = 45.7, said 46;
    // 12.4 laid off over 2026–2030, said 12.
    const f = facts({ managerRolesAtRisk: 3.4 }, { summary: { ...base.summary, cumulativeLayoffs: 12.4 } });
    expect(say(f, 'union')).toBe(
      'By 2030, 27 of 46 engineering and manager roles are at risk, and jobs grow by less than one against 2026; ' +
        '12 engineers are laid off over 2026–2030; each engineer is asked for 60% less than the tools deliver, ' +
        'and cash pay is $171,383 against an advertised $211,383.',
    );
  });

  it('one role at risk with the managers, one layoff: singular forms', () => {
    // 0.4 + 0.3 = 0.7, said 1; required 39.6 keeps it one team.
    const f = facts({ rolesAtRisk: 0.4, required: 39.6, managerRolesAtRisk: 0.3 }, { summary: { ...base.summary, cumulativeLayoffs: 1 } });
    expect(say(f, 'union')).toMatch(/^By 2030, 1 of 46 engineering and manager roles is at risk, .*; 1 engineer is laid off over 2026–2030;/);
  });

  it('manager roles at risk with no engineering role at risk', () => {
    const f = facts({ rolesAtRisk: 0, required: 40, managerRolesAtRisk: 2.2 });
    expect(say(f, 'union')).toMatch(/^By 2030, 2 manager roles are at risk, and jobs grow by less than one against 2026;/);
  });

  it('no layoffs: no layoff clause', () => {
    expect(say(base, 'union')).not.toContain('laid off');
  });

  it('in every language, with their plurals', async () => {
    const f = facts({ managerRolesAtRisk: 1 }, { summary: { ...base.summary, cumulativeLayoffs: 12 } });
    const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
    await setLang('de');
    expect(nbsp(headlineSentence(f, 'union', 'de-DE'))).toMatch(
      /^Bis 2030 sind 25 von 46 Entwicklungs- und Führungsstellen gefährdet, .*12 Entwickler:innen werden im Zeitraum 2026–2030 entlassen/,
    );
    await setLang('fr');
    expect(nbsp(headlineSentence(f, 'union', 'fr-FR'))).toMatch(
      /^D’ici 2030, 25 postes d’ingénieur ou de manager sur 46 sont menacés, .*12 ingénieurs sont licenciés sur la période 2026–2030/,
    );
    await setLang('sv');
    expect(nbsp(headlineSentence(f, 'union', 'sv-SE'))).toMatch(/^År 2030 är 25 av 46 utvecklar- och chefstjänster hotade, .*12 utvecklare sägs upp under 2026–2030/);
    await setLang('es');
    expect(nbsp(headlineSentence(f, 'union', 'es-ES'))).toMatch(
      /^En 2030, 25 de 46 puestos de ingeniería y de mando están en riesgo, .*12 ingenieros son despedidos en el periodo 2026–2030/,
    );
    await setLang('en');
  });
});
