import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compressToEncodedURIComponent } from 'lz-string';
import { decodeLink, encodeLink, defaultBase } from '../../../src/scenario/link';
import { getPreset, DEFAULT_PRESET_ID } from '../../../src/scenario/allPresets';
import { loadScenario } from '../../../src/scenario/parse';
import { anyScenario, presetWithChanges, PRESET_IDS } from './arbitraries';

const preset = (id: string) => getPreset(id)!.scenario;

describe('link round trip', () => {
  it('any valid scenario, from any preset or none, reopens identical', () => {
    fc.assert(
      fc.property(anyScenario, fc.constantFrom<string | null>(null, ...PRESET_IDS), (scenario, presetId) => {
        const link = encodeLink(scenario, presetId);
        const back = decodeLink(link);
        expect(back.notices).toEqual([]);
        expect(back.presetId).toBe(presetId);
        expect(back.scenario).toEqual(scenario);
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  it('a preset with a few typed changes reopens identical, in the readable form', () => {
    fc.assert(
      fc.property(presetWithChanges(5), ({ id, scenario }) => {
        const link = encodeLink(scenario, id);
        expect(link).not.toMatch(/[?&]s=/);
        const back = decodeLink(link);
        expect(back.notices).toEqual([]);
        expect(back.scenario).toEqual(scenario);
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('both forms, forced, reopen identical wherever they can say the difference', () => {
    const pairs = fc.oneof(
      fc.tuple(anyScenario, fc.constantFrom<string | null>(null, ...PRESET_IDS)),
      presetWithChanges(12).map(({ id, scenario }) => [scenario, id] as const),
    );
    let readable = 0;
    fc.assert(
      fc.property(pairs, ([scenario, presetId]) => {
        const compact = encodeLink(scenario, presetId, { form: 'compact' });
        expect(compact).not.toMatch(/&(?!s=|m=|v=)[^=]+=/);
        expect(decodeLink(compact).scenario).toEqual(scenario);
        const forced = encodeLink(scenario, presetId, { form: 'readable' });
        if (!/[?&]s=/.test(forced)) readable++;
        const back = decodeLink(forced);
        expect(back.notices).toEqual([]);
        expect(back.scenario).toEqual(scenario);
      }),
      { numRuns: 200 },
    );
    expect(readable).toBeGreaterThan(50);
  }, 60_000);

  it('an unchanged preset is just its name and the versions', () => {
    expect(encodeLink(preset('rosy-plan'), 'rosy-plan')).toBe('?p=rosy-plan&v=2&m=2');
    const back = decodeLink('?p=rosy-plan&v=2&m=2');
    expect(back.scenario).toBe(preset('rosy-plan'));
  });

  it('writes changed fields by their MODEL.md names, team fields as t<i>.<name>', () => {
    const base = preset(DEFAULT_PRESET_ID);
    const edited = {
      ...base,
      tokens: { ...base.tokens, budget: 3000 },
      teams: [{ ...base.teams[0], engineers: 55, tokens: { pricePerMillion: 2.5 } }],
    };
    expect(encodeLink(edited, DEFAULT_PRESET_ID)).toBe(`?p=${DEFAULT_PRESET_ID}&v=2&m=2&budget=3000&t0.engineers=55&t0.pricePerMillion=2.5`);
  });

  it('names model version 2\'s fields readably, shared and per team (a promotion takes the compact form)', () => {
    const base = preset(DEFAULT_PRESET_ID);
    const team = base.teams[0];
    const edited = loadScenario({
      ...base,
      tokens: { ...base.tokens, budgetInUse: 1300, usageSpread: 1.2 },
      demand: { ...base.demand, elasticity: 0.8 },
      policy: { ...base.policy, hireLimit: 0.1, severanceMonths: 6 },
      teams: [{ ...team, otherCostPerHead: 9000, salaryGrowth: 0.025, policy: { hireLimit: null }, demand: { elasticity: 1.5 } }],
    });
    const link = encodeLink(edited, DEFAULT_PRESET_ID);
    expect(link).toBe(
      `?p=${DEFAULT_PRESET_ID}&v=2&m=2&budgetInUse=1300&usageSpread=1.2&elasticity=0.8&hireLimit=0.1&severanceMonths=6` +
        '&t0.otherCostPerHead=9000&t0.salaryGrowth=0.025&t0.elasticity=1.5&t0.hireLimit=null',
    );
    expect(decodeLink(link)).toMatchObject({ scenario: edited, notices: [] });
    const withoutRaise = { ...edited, teams: [{ ...edited.teams[0], salaryGrowth: undefined }] };
    // The preset's team has no raises of its own, so a team without them needs no parameter.
    expect(encodeLink(loadScenario(withoutRaise), DEFAULT_PRESET_ID)).toBe(link.replace('&t0.salaryGrowth=0.025', ''));
    const promoted = loadScenario({ ...base, teams: [{ ...team, name: 'Juniors', promotion: { to: 'Seniors', rate: 0.1 } }, { ...team, name: 'Seniors' }] });
    expect(encodeLink(promoted, DEFAULT_PRESET_ID)).toMatch(/[?&]s=/);
  });

  it('uses the compact form when a team is added', () => {
    const base = preset(DEFAULT_PRESET_ID);
    const edited = { ...base, teams: [...base.teams, { ...base.teams[0], name: 'Second' }] };
    const link = encodeLink(edited, DEFAULT_PRESET_ID);
    expect(link).toMatch(/^\?p=typical-spend&v=2&m=2&s=[A-Za-z0-9+$-]+$/);
    expect(decodeLink(link).scenario).toEqual(edited);
  });

  it('carries the version 2 team fields: promotion, raises, other costs, demand and policy overrides', () => {
    // The compact form's team columns once knew only version 1's fields, so a promoted
    // team or a country's pension cost came back as the schema default.
    for (const id of ['junior-pipeline', 'junior-hiring-stopped', 'sweden-tokens-as-pay', 'us-tokens-as-pay']) {
      const base = preset(id);
      const added = { ...base.teams[0], name: 'Added', salaryGrowth: 0.02, promotion: null, otherCostPerHead: 1234, demand: { growth: 0.01 }, policy: { hireLimit: 0.1, headcount: 'matchDemand' as const } };
      const edited = loadScenario({ ...base, teams: [...base.teams, added] });
      const link = encodeLink(edited, id);
      expect(link, id).toMatch(/[?&]s=/);
      expect(decodeLink(link).scenario, id).toEqual(edited);
      // An edit that a readable parameter names keeps the readable form, promotions and all.
      const retitled = { ...base, title: 'Retitled' };
      expect(encodeLink(retitled, id), id).toBe(`?p=${id}&v=2&m=2&title=Retitled`);
      expect(decodeLink(encodeLink(retitled, id)).scenario, id).toEqual(retitled);
    }
  });

  it('a promotion or raises added to a team the preset gives neither are not lost', () => {
    // The readable form once compared only the fields the preset's team has, and wrote a link without the change.
    const base = preset('juniors-and-seniors');
    const promoted = loadScenario({ ...base, teams: [{ ...base.teams[0], promotion: { to: 'Seniors', rate: 0.15 } }, base.teams[1]] });
    expect(decodeLink(encodeLink(promoted, 'juniors-and-seniors')).scenario).toEqual(promoted);
    const raised = loadScenario({ ...base, teams: [base.teams[0], { ...base.teams[1], salaryGrowth: 0.05 }] });
    expect(decodeLink(encodeLink(raised, 'juniors-and-seniors')).scenario).toEqual(raised);
  });

  it('a link with no scenario parameters leaves the scenario alone', () => {
    expect(decodeLink('')).toEqual({ scenario: null, presetId: null, notices: [], modelVersion: null });
    expect(decodeLink('?embed=costs&utm_source=x').scenario).toBeNull();
  });
});

describe('readable parameters: each parser answers valid, invalid or missing', () => {
  it('ignores bad values with a notice naming each, and keeps the good ones', () => {
    const back = decodeLink('?p=typical-spend&v=2&m=2&budget=abc&maxMultiplier=2&priceDecline=7&t3.engineers=5&bogus=1&layoffs=yes');
    expect(back.scenario!.productivity.maxMultiplier).toBe(2);
    expect(back.scenario!.tokens.budget).toBe(preset('typical-spend').tokens.budget);
    expect(back.scenario!.tokens.priceDecline).toBe(preset('typical-spend').tokens.priceDecline);
    expect(back.notices).toHaveLength(1);
    const text = back.notices[0].text;
    expect(text).toContain('budget must be a number, got “abc”');
    expect(text).toContain('priceDecline must be at most 0.999, got 7');
    expect(text).toContain('t3.engineers names team 4, but the scenario has 1');
    expect(text).toContain('bogus is not a setting this app knows');
    expect(text).toContain('layoffs must be true or false, got “yes”');
  });

  it('a custom curve without an expression is refused as a conflict, naming the parameter', () => {
    const back = decodeLink('?p=typical-spend&curve=custom&budget=1000');
    expect(back.scenario!.productivity.curve).toBe('saturating');
    expect(back.scenario!.tokens.budget).toBe(1000);
    expect(back.notices[0].text).toContain('curve conflicts with productivity.expression');
  });

  it('huge and negative numbers are named and ignored', () => {
    const back = decodeLink('?p=typical-spend&t0.engineers=-5&t0.salary=1e308&years=1e400');
    expect(back.scenario).toEqual(preset('typical-spend'));
    const text = back.notices[0].text;
    expect(text).toContain('t0.engineers must be at least 0, got -5');
    expect(text).toContain('t0.salary must be at most 1000000000, got 1e+308');
    expect(text).toContain('years must be a finite number, got “1e400”');
  });

  it('a link without p starts from the schema defaults; an unknown preset says so', () => {
    expect(decodeLink('?years=7').scenario).toEqual({ ...loadScenario({}), years: 7 });
    const back = decodeLink('?p=%3Cscript%3E&years=7');
    expect(back.scenario!.years).toBe(7);
    expect(back.presetId).toBeNull();
    expect(back.notices[0].text).toBe('There is no preset called “<script>”; the link’s changes are applied to the defaults.');
  });
});

describe('untrusted links', () => {
  const protoBefore = Object.getOwnPropertyNames(Object.prototype).join();
  const compact = (json: string) => `?p=typical-spend&v=2&m=2&s=${compressToEncodedURIComponent(json)}`;

  it('refuses prototype keys in the compact diff, naming them, and pollutes nothing', () => {
    for (const json of ['{"__proto__":{"polluted":1}}', '{"tokens":{"__proto__":{"polluted":1}}}', '{"teams":{"length":1,"__proto__":{"polluted":1}}}', '{"teams":{"length":1,"tokens.budget":[{"__proto__":{"x":1}}]}}', '{"shocks":[{"__proto__":{"x":1}}]}', '{"constructor":{"prototype":{"polluted":1}}}']) {
      const back = decodeLink(compact(json));
      expect(back.scenario).toBeNull();
      expect(back.notices[0].kind).toBe('error');
      expect(back.notices[0].text).toMatch(/__proto__|constructor/);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype).join()).toBe(protoBefore);
  });

  it('ignores prototype keys as readable parameters', () => {
    const back = decodeLink('?__proto__=1&constructor.prototype.x=1&t0.__proto__=1&__proto__[polluted]=1');
    expect(back.scenario).toEqual(loadScenario({}));
    expect(back.notices[0].text).toContain('__proto__ is not a setting this app knows');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a truncated compact link is called damaged; the scenario is not replaced', () => {
    const base = preset(DEFAULT_PRESET_ID);
    const link = encodeLink({ ...base, teams: [...base.teams, ...base.teams], shocks: [{ year: 2028, cut: 0.2, lever: 'tokens' }] }, DEFAULT_PRESET_ID);
    for (const cut of [link.length - 3, Math.floor(link.length * 0.6)]) {
      const back = decodeLink(link.slice(0, cut));
      expect(back.scenario).toBeNull();
      expect(back.notices[0].text).toMatch(/damaged|could not be opened/);
    }
  });

  it('refuses a 100 kB link unread, and garbage in s', () => {
    expect(decodeLink('?s=' + 'A'.repeat(100_000)).notices[0].text).toMatch(/too long/);
    expect(decodeLink('?s=%%%').notices[0].text).toMatch(/damaged/);
    expect(decodeLink(compact('[1,2]')).notices[0].text).toMatch(/\(scenario\) must be a JSON object/);
    expect(decodeLink(compact('{"title":"<img src=x onerror=alert(1)>","teams":"x"}')).notices[0].text).toContain('teams must be an object of columns');
    expect(decodeLink(compact('{"teams":{"length":2,"engineers":[1]}}')).notices[0].text).toContain('teams["engineers"] must be a list of 2 values');
    expect(decodeLink(compact('{"teams":{"length":1e9}}')).notices[0].text).toContain('teams.length must be a whole number from 1 to 100');
  });

  it('keeps markup in a title as text, for React and the exports to escape', () => {
    const back = decodeLink('?title=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E');
    expect(back.scenario!.title).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('versions', () => {
  it('says when a link was made with another model version', () => {
    expect(decodeLink('?p=typical-spend&v=1&m=0').notices).toEqual([
      // The code and values let the app say it in the reader's language (src/state/urlSync.ts).
      { kind: 'info', text: 'This link was made with model version 0; numbers may differ from when it was shared.', code: 'otherModel', values: { version: '0' } },
    ]);
    expect(decodeLink('?p=typical-spend&v=1&m=%3Cb%3E').notices[0].text).toContain('an unknown model version');
    expect(decodeLink('?p=typical-spend&v=2&m=2').notices).toEqual([]);
  });

  it('refuses links from a newer schema, keeping the scenario', () => {
    const back = decodeLink('?p=typical-spend&v=9&budget=5');
    expect(back.scenario).toBeNull();
    expect(back.notices[0].text).toMatch(/newer version of the app/);
  });

  it('the default base is the schema defaults', () => {
    expect(defaultBase(null)).toEqual(loadScenario({}));
  });
});
