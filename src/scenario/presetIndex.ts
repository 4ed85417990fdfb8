// The presets' ids and English titles, in the menu's order: part of the first
// screen's code, so the preset menu, a link's `p=` and a title's translation
// (src/i18n/presetTexts.ts) need no scenario loaded. The scenarios themselves
// are scenarios/*.json (allPresets.ts, a chunk of its own in the app); each
// title here is its file's `title`, which test/presets/presets.test.ts checks.

export interface PresetInfo {
  /** Kebab-case id: the file name without `.json`, used in links and `--preset`. */
  readonly id: string;
  /** The file's English title: the source its translations are keyed by. */
  readonly title: string;
}

export const DEFAULT_PRESET_ID = 'typical-spend';

// Display order by theme (each group's first line says which).
export const PRESET_INDEX: readonly PresetInfo[] = Object.freeze([
  // the baseline, the default and the central case
  { id: 'status-quo', title: 'Status quo: no AI spend' },
  { id: 'typical-spend', title: 'Today’s typical AI spend' },
  { id: 'evidence-central', title: 'What the studies measure (central case)' },
  // what the evidence leaves open: gains already banked, demand that answers cost, a plan that outruns delivery
  { id: 'gains-already-banked', title: 'Gains already banked' },
  { id: 'demand-grows-when-cheaper', title: 'Demand grows when output gets cheaper' },
  { id: 'rosy-plan', title: 'Optimistic plan, realistic delivery' },
  // big budgets
  { id: 'half-salary-tokens', title: 'Half-salary token budgets' },
  { id: 'tokens-above-salary', title: 'Tokens overtake salary' },
  { id: 'one-does-three', title: '“One engineer does the work of three”' },
  { id: 'flat-budget', title: 'Flat budget: tokens paid for with jobs' },
  // juniors and seniors
  { id: 'juniors-and-seniors', title: 'Juniors gain more than seniors' },
  { id: 'junior-pipeline', title: 'Junior pipeline: juniors become seniors' },
  { id: 'junior-hiring-stopped', title: 'Junior hiring stopped' },
  // a downturn: three levers that save the same
  { id: 'downturn-cut-tokens', title: 'Downturn: halve the AI budget' },
  { id: 'downturn-cut-pay', title: 'Downturn: cut pay 5.3%' },
  { id: 'downturn-cut-people', title: 'Downturn: let 5% of the engineers go' },
  // countries: the same department under each country's pay, tax and layoff rules, in its own currency
  { id: 'works-agreement', title: 'Germany: attrition only, under a works agreement' },
  { id: 'sweden-tokens-as-pay', title: 'Sweden: tokens taxed as pay' },
  { id: 'france-tokens-as-pay', title: 'France: tokens as a benefit in kind' },
  { id: 'spain-tokens-as-pay', title: 'Spain: tokens as pay in kind' },
  { id: 'uk-tokens-as-pay', title: 'United Kingdom: tokens as a benefit in kind' },
  { id: 'us-tokens-as-pay', title: 'United States: tokens as taxable pay' },
]);

/** Whether `id` names a preset (loaded or not). */
export const isPresetId = (id: string): boolean => PRESET_INDEX.some((p) => p.id === id);
