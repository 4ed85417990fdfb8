// Links carry the whole view (PRODUCT.md capability 11; issue 9 point 5), not
// only the scenario: the lens, the year of the figures, the downturn question
// and the pinned baseline. Each parameter is left out while it is the default,
// so a link without them (every link made before) opens as it always did.
//
//   lens=union | finance | newsroom             (default newsroom)
//   year=2028                                   the figures' calendar year (default: the final year)
//   savings=5000000&downturnYear=2028           the downturn levers' question (defaults: a tenth of
//                                               the cost from the downturn year; the second year)
//   baseline=this.<lz> | <preset>[.<lz>] | defaults.<lz>
//                                               the pinned baseline: a compact diff (as `s`, lz-string)
//                                               from this link's scenario, from a preset or from the
//                                               schema's defaults, whichever is shortest
//
// A bad value is ignored with a notice naming the parameter; the rest applies.
// docs/links.md documents the format.
import LZString from 'lz-string';
import { useStore, type Lens } from './store';
import { downturnStart, figureYear, useView } from './view';
import { currentBase, type LinkNotice } from '../scenario/link/encode';
import { scenarioDiff } from '../scenario/link/diff';
import { reading, readingReady } from './reading';
import { tOr } from '../i18n';
import { isPresetId, loadedPresets } from '../scenario/presets';
import { SCHEMA_VERSION } from '../scenario/schemaVersion';
import type { Scenario } from '../scenario/schema';
import { VIEW_MESSAGES as M } from './viewMessages';

export const LENS_IDS: readonly Lens[] = ['union', 'finance', 'newsroom'];
export const DEFAULT_LENS: Lens = 'newsroom';

/** The baseline's parameter value names its base: this link's scenario, the schema's defaults, or a preset id. */
const FROM_SCENARIO = 'this';
const FROM_DEFAULTS = 'defaults';

const compress = (diff: object) => LZString.compressToEncodedURIComponent(JSON.stringify(diff));

let memo: { baseline: Scenario; scenario: Scenario; presets: number; value: string } | null = null;

/**
 * The baseline as the shortest of: a diff from the scenario (a pinned baseline
 * a few edits ago), from a preset (two presets compared) or from the defaults.
 * The presets are those loaded (src/scenario/presets.ts: all of them soon
 * after the first screen); any of these values opens the same baseline.
 */
export function encodeBaseline(baseline: Scenario, scenario: Scenario): string {
  const presets = loadedPresets();
  if (memo && memo.baseline === baseline && memo.scenario === scenario && memo.presets === presets.length) return memo.value;
  const candidates: [string, Scenario][] = [[FROM_SCENARIO, scenario], ...presets.map((p) => [p.id, p.scenario] as [string, Scenario]), [FROM_DEFAULTS, currentBase(null)!]];
  let best = '';
  for (const [from, base] of candidates) {
    const diff = scenarioDiff(base, baseline);
    const value = Object.keys(diff).length ? `${from}.${compress(diff)}` : from;
    if (!best || value.length < best.length) best = value;
  }
  memo = { baseline, scenario, presets: presets.length, value: best };
  return best;
}

/**
 * The baseline a parameter value names, read against the link's scenario and
 * schema version, by the link reader (src/state/reading.ts); the reader and a
 * preset it names are loaded first (urlSync.ts prepareLink).
 */
export function decodeBaseline(value: string, scenario: Scenario, version: string | null): { scenario: Scenario } | { error: string } {
  // The reader did not load (offline): the notice about that is given, and the baseline is not read.
  if (!readingReady()) return { error: M.baselineDamaged() };
  // A query reads lz-string's "+" as a space: put it back.
  const m = /^([a-z0-9-]{1,80})(?:\.([A-Za-z0-9+$-]+))?$/.exec(value.replace(/ /g, '+'));
  if (!m) return { error: M.baselineDamaged() };
  const [, from, s] = m;
  const preset = from !== FROM_SCENARIO && from !== FROM_DEFAULTS;
  if (preset && !isPresetId(from)) return { error: M.baselineNoPreset(from) };
  // The link codec reads it: migrations of old schema versions, bounds, unknown fields.
  const query = [`v=${encodeURIComponent(version ?? String(SCHEMA_VERSION))}`, preset ? `p=${from}` : null, s === undefined ? null : `s=${s}`].filter(Boolean).join('&');
  const decoded = reading().decodeLink(`?${query}`, {
    resolveBase: (id) => (id === null ? (from === FROM_SCENARIO ? scenario : currentBase(null)) : currentBase(id)),
  });
  const problem = decoded.notices.find((n) => n.kind !== 'info');
  // The codec's notices speak of the link's scenario, which stays: only the baseline is refused, for the reason in its own words.
  if (!decoded.scenario || problem) return { error: problem ? baselineReason(problem) : M.baselineDamaged() };
  return { scenario: decoded.scenario };
}

/** Why the codec refused the baseline, as a clause of the view notice. */
function baselineReason(notice: LinkNotice): string {
  if (notice.code === 'compactTooLong') return M.baselineTooLong();
  // The fields and what is wrong with each, as the codec names them (technical, English).
  if (notice.code === 'notOpened' && notice.values?.problems !== undefined) return String(notice.values.problems);
  if (notice.code === 'damaged' || !notice.code) return M.baselineDamaged();
  return tOr(`link.${notice.code}`, notice.text, notice.values);
}

const lastYear = (s: Scenario) => s.startYear + s.years - 1;

/** The view's parameters for a link to `scenario` (defaults left out). */
export function viewPairs(scenario: Scenario): [string, string][] {
  const { lens, baseline } = useStore.getState();
  const { year, savings, downturnYear } = useView.getState();
  const pairs: [string, string][] = [];
  if (lens !== DEFAULT_LENS) pairs.push(['lens', lens]);
  // The years in use: a chosen year the run no longer reaches is written as the one shown.
  if (year !== null) pairs.push(['year', String(figureYear(scenario, year))]);
  if (savings !== null) pairs.push(['savings', String(savings)]);
  if (downturnYear !== null) pairs.push(['downturnYear', String(downturnStart(scenario, downturnYear))]);
  if (baseline) pairs.push(['baseline', encodeBaseline(baseline, scenario)]);
  return pairs;
}

/** `&lens=…&year=…` for a link, or nothing when the view is the default one. */
export function viewSuffix(scenario: Scenario = useStore.getState().scenario): string {
  return viewPairs(scenario).map(([k, v]) => `&${k}=${k === 'baseline' ? v : encodeURIComponent(v)}`).join('');
}

function readYear(name: string, raw: string | null, scenario: Scenario, problems: string[]): number | null {
  if (raw === null) return null;
  if (!/^\d{4}$/.test(raw) || Number(raw) < scenario.startYear || Number(raw) > lastYear(scenario)) {
    problems.push(M.badYear(name, raw, scenario.startYear, lastYear(scenario)));
    return null;
  }
  return Number(raw);
}

/**
 * Opens the view a query carries, after its scenario (years are checked
 * against it, the baseline may be a diff from it). Parameters that are absent
 * go back to their defaults (Back to a link without them); bad ones too, with
 * a notice naming each.
 */
export function readView(search: string): void {
  const params = new URLSearchParams(search);
  const store = useStore.getState();
  const scenario = store.scenario;
  const problems: string[] = [];

  const lensRaw = params.get('lens');
  let lens: Lens = DEFAULT_LENS;
  if (lensRaw !== null) {
    if ((LENS_IDS as readonly string[]).includes(lensRaw)) lens = lensRaw as Lens;
    else problems.push(M.badLens(lensRaw, LENS_IDS));
  }

  const year = readYear('year', params.get('year'), scenario, problems);
  const downturnYear = readYear('downturnYear', params.get('downturnYear'), scenario, problems);
  const savingsRaw = params.get('savings');
  let savings: number | null = null;
  if (savingsRaw !== null) {
    const n = /^\d+(\.\d+)?(e[+-]?\d+)?$/i.test(savingsRaw) ? Number(savingsRaw) : NaN;
    if (Number.isFinite(n) && n >= 0) savings = n;
    else problems.push(M.badSavings(savingsRaw));
  }

  let baseline: Scenario | null = null;
  const baselineRaw = params.get('baseline');
  if (baselineRaw !== null) {
    const read = decodeBaseline(baselineRaw, scenario, params.get('v'));
    if ('error' in read) problems.push(M.badBaseline(read.error));
    else baseline = read.scenario;
  }

  if (lens !== store.lens) store.setLens(lens);
  if (baseline !== store.baseline && !(baseline === null && store.baseline === null)) store.setBaseline(baseline);
  useView.getState().set({ year, savings, downturnYear });
  if (problems.length) store.notify('warning', M.ignored(problems));
}

/** Calls `listener` when any part of the view a link carries changes. */
export function subscribeView(listener: () => void): () => void {
  const offStore = useStore.subscribe((state, prev) => {
    if (state.lens !== prev.lens || state.baseline !== prev.baseline) listener();
  });
  const offView = useView.subscribe(listener);
  return () => {
    offStore();
    offView();
  };
}
