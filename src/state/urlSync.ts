// The address bar always holds the scenario (PRODUCT.md capability 4): an
// edit replaces the current history entry within EDIT_DELAY_MS (the contract
// is half a second); a discrete step (another preset, an opened file or saved
// scenario) adds an entry, so Back returns to where the user was; Back and
// Forward restore the scenario of their entry. The codec is src/scenario/link.
// The view (lens, year, downturn question, baseline: src/state/linkView.ts)
// and the threshold questions (src/state/linkThresholds.ts) ride along, and so
// does the language when the reader chose it (`lang`, src/i18n).
import { useStore } from './store';
import { THRESHOLDS_PARAM, setLinkThresholds, subscribeLinkThresholds, thresholdsSuffix } from './linkThresholds';
import { readView, subscribeView, viewSuffix } from './linkView';
import { encodeLink } from '../scenario/link/encode';
import { plainPresetLink } from '../scenario/link/presetLink';
import { DEFAULT_PRESET_ID, getPreset, isPresetId, loadPresets, presetsLoaded } from '../scenario/presets';
import { loadReading, reading, readingReady } from './reading';
import { openScenarioNow } from './openScenario';
import type { Scenario } from '../scenario/schema';
import type { DecodedLink, LinkNotice } from '../scenario/link/encode';
import { currentLang, langOfQuery, langState, langSuffix, setLang, subscribeLang, t, tOr } from '../i18n';

/** Edits arrive in bursts (a dragged slider): write once the burst pauses. */
export const EDIT_DELAY_MS = 200;

let pushNext = false;
/** Make the next address change a new history entry (call before the store changes). */
export function markDiscreteStep() {
  pushNext = true;
}

/** The page's address without query or fragment. */
function pageAddress(loc: Location): string {
  return loc.href.split(/[?#]/)[0];
}

/** The full shareable address of a scenario, with the current view (lens, year, downturn, baseline), threshold questions and the reader's chosen language. */
export function linkFor(scenario: Scenario, presetId: string | null, loc: Location = window.location): string {
  return pageAddress(loc) + encodeLink(scenario, presetId) + viewSuffix(scenario) + thresholdsSuffix() + langSuffix();
}

/** A link's notice in the reader's language (the codec writes English and a code). */
export const noticeText = (notice: LinkNotice): string => (notice.code ? tOr(`link.${notice.code}`, notice.text, notice.values) : notice.text);

/** The shareable address of the store's current scenario. */
export function currentLink(loc: Location = window.location): string {
  const { scenario, presetId } = useStore.getState();
  return linkFor(scenario, presetId, loc);
}

/** Whether a query names a preset other than the default, as its scenario's base (`p`) or its baseline's. */
export function namesOtherPreset(search: string): boolean {
  const params = new URLSearchParams(search);
  const named = [...params.getAll('p'), ...params.getAll('baseline').map((value) => value.split('.')[0])];
  return named.some((id) => id !== DEFAULT_PRESET_ID && isPresetId(id));
}

/** Whether opening this query must wait for the presets' chunk (src/scenario/presets.ts). */
const mustLoadPresets = (search: string) => !presetsLoaded() && namesOtherPreset(search);

/** Whether reading this query needs the link reader (src/state/reading.ts): all but a preset as it is, and any baseline. */
const needsReader = (search: string) => plainPresetLink(search) === undefined || new URLSearchParams(search).has('baseline');

/** Whether opening this query must wait for a chunk. */
const mustLoad = (search: string) => mustLoadPresets(search) || (!readingReady() && needsReader(search));

/**
 * Loads what reading a query needs: the presets it names, and the link reader
 * unless it is a preset as it is. The page waits for it before its first
 * render (main.tsx), beside the reader's language, so a link opens on its own
 * numbers, never the default's for a moment. Resolves to why a chunk did not
 * load (offline before it was cached), for a notice once the language is in
 * (loadFailedNotice); what can be read then opens.
 */
export async function prepareLink(search: string): Promise<unknown> {
  if (!mustLoad(search)) return undefined;
  const [presets, reader] = await Promise.allSettled([
    mustLoadPresets(search) ? loadPresets() : undefined,
    !readingReady() && needsReader(search) ? loadReading() : undefined,
  ]);
  let failed: unknown = presets.status === 'rejected' ? presets.reason : reader.status === 'rejected' ? reader.reason : undefined;
  // Without its preset the link is read by the reader, which says there is no such preset and opens the rest.
  if (presets.status === 'rejected' && !readingReady()) await loadReading().catch((error: unknown) => (failed = error));
  return failed;
}

/** The notice for a chunk that did not load (prepareLink's answer); nothing when all loaded. */
export function loadFailedNotice(error: unknown): void {
  if (error !== undefined) useStore.getState().notify('error', t('notice.loadFailed', { reason: error instanceof Error ? error.message : String(error) }));
}

const NOTHING: DecodedLink = { scenario: null, presetId: null, notices: [], modelVersion: null };

/** The query's scenario: a preset as it is from the registry, anything else by the link reader (loaded by prepareLink; without it, nothing opens). */
function readLink(search: string): DecodedLink {
  const id = plainPresetLink(search);
  if (id === null) return NOTHING;
  const preset = id === undefined ? undefined : getPreset(id);
  if (preset) return { scenario: preset.scenario, presetId: preset.id, notices: [], modelVersion: null };
  return readingReady() ? reading().decodeLink(search) : NOTHING;
}

/** Open the scenario a query carries into the store (what it needs loaded: prepareLink); problems become notices. Returns whether it replaced the scenario. */
export function openLink(search: string): boolean {
  const decoded = readLink(search);
  const store = useStore.getState();
  for (const notice of decoded.notices) store.notify(notice.kind, noticeText(notice));
  if (!decoded.scenario) return false;
  if (decoded.scenario === store.scenario && decoded.presetId === store.presetId) return true;
  // A custom formula gets the sandbox's check before it replaces the last good scenario (issue 12).
  return openScenarioNow(decoded.scenario, decoded.presetId).length === 0;
}

const lastNoticeId = () => Math.max(0, ...useStore.getState().notices.map((n) => n.id));

/**
 * Whether opening the link raised a warning or an error (a parameter ignored,
 * a scenario or baseline that could not be read); an info notice (another
 * model version) means the link was read whole. The last such notice offers
 * the address as opened for copying, which outlives the first edit.
 */
function keepDamagedLink(before: number, href: string): boolean {
  const raised = useStore.getState().notices.filter((n) => n.id > before && n.kind !== 'info');
  const last = raised.at(-1);
  if (!last) return false;
  useStore.setState((state) => ({ notices: state.notices.map((n) => (n === last ? { ...n, openedLink: href } : n)) }));
  return true;
}

/** The threshold questions of a query, for the uncertainty panel (and an embedded page's link back). */
export function readThresholds(search: string): void {
  setLinkThresholds(new URLSearchParams(search).get(THRESHOLDS_PARAM), true);
}

/** The view a query carries, read after its scenario: lens, year, downturn, baseline, threshold questions. */
export function openView(search: string): void {
  readView(search);
  readThresholds(search);
}

/** The query for the address bar: the scenario, the view, the threshold questions, the chosen language, and `embed` (an embedded page's own parameter) kept. */
function withView(query: string, search: string): string {
  const embed = new URLSearchParams(search).get('embed');
  return query + viewSuffix() + thresholdsSuffix() + langSuffix() + (embed === null ? '' : `&embed=${encodeURIComponent(embed)}`);
}

/**
 * Open the link in the address bar, then keep the two in step. Returns a stop
 * function (tests; the page never stops).
 */
export function startUrlSync(win: Window = window): () => void {
  const { history, location } = win;
  const before = lastNoticeId();
  openLink(location.search);
  openView(location.search);
  const damaged = keepDamagedLink(before, location.href);

  let timer: ReturnType<typeof setTimeout> | undefined;
  let restoring = false;
  const write = (push: boolean) => {
    clearTimeout(timer);
    timer = undefined;
    const { scenario, presetId } = useStore.getState();
    const query = withView(encodeLink(scenario, presetId), location.search);
    if (query === location.search && !push) return;
    const url = pageAddress(location) + query + location.hash;
    if (push && query !== location.search) history.pushState(null, '', url);
    else history.replaceState(history.state, '', url);
  };
  // A link read whole shows its canonical form at once. A damaged one stays as
  // the reader opened it, so it can be retried or forwarded to whoever sent it
  // (issue 9, 10c; docs/links.md): the first edit writes the scenario's address.
  if (!damaged) write(false);

  const unsubscribe = useStore.subscribe((state, prev) => {
    if (restoring || (state.scenario === prev.scenario && state.presetId === prev.presetId)) return;
    if (pushNext || state.presetId !== prev.presetId) {
      pushNext = false;
      write(true);
    } else {
      clearTimeout(timer);
      timer = setTimeout(() => write(false), EDIT_DELAY_MS);
    }
  });

  // The panel changed its questions, or the reader the view: an edit like any other.
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(() => write(false), EDIT_DELAY_MS);
  };
  const unsubscribeThresholds = subscribeLinkThresholds((_text, fromLink) => {
    if (!restoring && !fromLink) later();
  });
  const unsubscribeView = subscribeView(() => {
    if (!restoring) later();
  });
  // The reader chose a language: the address says so at once (the scenario and every other parameter stay).
  let shownLang = `${langState().lang}|${langState().explicit}`;
  const unsubscribeLang = subscribeLang(() => {
    const now = `${langState().lang}|${langState().explicit}`;
    if (restoring || now === shownLang) return;
    shownLang = now;
    write(false);
  });

  const restore = () => {
    restoring = true;
    try {
      // The scenario first: the questions' years are read against its start year.
      openLink(location.search);
      openView(location.search);
      // An entry written in another language reopens in it.
      const lang = langOfQuery(location.search);
      if (lang && lang !== currentLang()) void setLang(lang, true);
    } finally {
      restoring = false;
    }
  };
  const onPopState = () => {
    clearTimeout(timer);
    timer = undefined;
    if (!mustLoad(location.search)) return restore();
    // An entry that needs a chunk not loaded yet opens once it is in (unless the reader has moved on meanwhile).
    const search = location.search;
    void prepareLink(search).then((failed) => {
      loadFailedNotice(failed);
      if (location.search === search) restore();
    });
  };
  win.addEventListener('popstate', onPopState);
  // A pending edit is written before the page goes away (reload, navigation).
  const onHide = () => timer !== undefined && write(false);
  win.addEventListener('pagehide', onHide);

  return () => {
    clearTimeout(timer);
    unsubscribe();
    unsubscribeThresholds();
    unsubscribeView();
    unsubscribeLang();
    win.removeEventListener('popstate', onPopState);
    win.removeEventListener('pagehide', onHide);
  };
}
