// The one store: the last good scenario and what the user is looking at.
// Results are never stored: they are derived from the scenario (results.ts).
import { create } from 'zustand';
import type { Scenario } from '../scenario/schema';
import type { FieldError } from '../scenario/parse';
import { DEFAULT_PRESET_ID, getPreset, isPresetId, loadPresets } from '../scenario/presets';
import { getIn, parseFieldPath, setIn } from './fieldPath';
import { formulaErrors, noteUnchecked } from './formulaCheck';
import { reading } from './reading';
import { t } from '../i18n';

export type Lens = 'union' | 'finance' | 'newsroom';

export interface Notice {
  id: number;
  kind: 'info' | 'warning' | 'error';
  text: string;
  /**
   * What the notice is about (`file`: the last file opened): a new notice with
   * the same key replaces the old one, so retrying a file shows one answer,
   * not a pile of them (issue 9, 10b). Without a key, notices add up.
   */
  key?: string;
  /** A link to offer for copying beside the text: the address as the reader opened it, when it was damaged (src/state/urlSync.ts). */
  openedLink?: string;
}

export interface NoticeOptions {
  key?: string;
  openedLink?: string;
}

export interface AppState {
  /** The last good scenario: every view simulates this. */
  scenario: Scenario;
  /** The preset the scenario started from, or null for an opened file or link. */
  presetId: string | null;
  lens: Lens;
  /** Messages at fields whose last entry was refused, by field path (`teams[0].salary`). */
  fieldErrors: Record<string, string>;
  /** The same errors with their codes, so the field can say them in the reader's language (src/ui/editor/fieldError.ts). */
  fieldErrorDetails: Record<string, FieldError>;
  /** A pinned scenario to compare against, or null. */
  baseline: Scenario | null;
  notices: Notice[];

  /** Replace the whole scenario (already validated). */
  setScenario(scenario: Scenario, presetId?: string | null): void;
  /** Open a preset; one not loaded yet (src/scenario/presets.ts) opens once its chunk is in. */
  loadPreset(id: string): void;
  /**
   * Set one field by path; undefined removes it (a team override). The whole
   * scenario is validated: on error the message goes to the field and the last
   * good scenario stays. Returns the errors, empty when accepted. The check is
   * the reading chunk's (src/state/reading.ts): the parts that edit load it first.
   */
  setField(path: string, value: unknown): FieldError[];
  /** Apply a change to a copy of the scenario and validate it, as setField does. */
  update(change: (draft: Scenario) => Scenario, errorPath?: string): FieldError[];
  clearFieldError(path: string): void;
  setLens(lens: Lens): void;
  setBaseline(scenario: Scenario | null): void;
  notify(kind: Notice['kind'], text: string, options?: NoticeOptions): void;
  dismissNotice(id: number): void;
}

let noticeId = 0;

export function initialScenario(): Scenario {
  return getPreset(DEFAULT_PRESET_ID)!.scenario;
}

export const useStore = create<AppState>()((set, get) => ({
  scenario: initialScenario(),
  presetId: DEFAULT_PRESET_ID,
  lens: 'newsroom',
  fieldErrors: {},
  fieldErrorDetails: {},
  baseline: null,
  notices: [],

  setScenario: (scenario, presetId = get().presetId) => set({ scenario, presetId, fieldErrors: {}, fieldErrorDetails: {} }),

  loadPreset: (id) => {
    const preset = getPreset(id);
    if (preset) {
      set({ scenario: preset.scenario, presetId: id, fieldErrors: {}, fieldErrorDetails: {} });
    } else if (isPresetId(id)) {
      // The menu fetches the presets when it opens, so this wait is rare: the current scenario stays until then.
      loadPresets().then(
        () => get().loadPreset(id),
        (error: unknown) => get().notify('error', t('notice.loadFailed', { reason: error instanceof Error ? error.message : String(error) })),
      );
    } else {
      get().notify('error', t('notice.noPreset', { id }));
    }
  },

  setField: (path, value) => get().update((draft) => setIn(draft, parseFieldPath(path), value), path),

  update: (change, errorPath) => {
    const candidate = change(get().scenario);
    const result = reading().parseScenario(candidate);
    // The schema, then the formula sandbox (issue 5): a refused formula is an error at its field too.
    const errors = result.ok ? formulaErrors(result.scenario) : result.errors;
    if (!result.ok || errors.length) {
      const fieldErrors = { ...get().fieldErrors };
      const fieldErrorDetails = { ...get().fieldErrorDetails };
      for (const error of errors) {
        fieldErrors[error.path] = error.message;
        fieldErrorDetails[error.path] = error;
      }
      set({ fieldErrors, fieldErrorDetails });
      return errors;
    }
    noteUnchecked(get().scenario, result.scenario);
    const fieldErrors = { ...get().fieldErrors };
    const fieldErrorDetails = { ...get().fieldErrorDetails };
    if (errorPath) {
      delete fieldErrors[errorPath];
      delete fieldErrorDetails[errorPath];
    }
    set({ scenario: result.scenario, fieldErrors, fieldErrorDetails });
    return [];
  },

  clearFieldError: (path) => {
    const fieldErrors = { ...get().fieldErrors };
    const fieldErrorDetails = { ...get().fieldErrorDetails };
    delete fieldErrors[path];
    delete fieldErrorDetails[path];
    set({ fieldErrors, fieldErrorDetails });
  },

  setLens: (lens) => set({ lens }),
  setBaseline: (baseline) => set({ baseline }),
  notify: (kind, text, options = {}) => {
    const { key } = options;
    const kept = key === undefined ? get().notices : get().notices.filter((n) => n.key !== key);
    set({ notices: [...kept, { id: ++noticeId, kind, text, ...options }] });
  },
  dismissNotice: (id) => set({ notices: get().notices.filter((n) => n.id !== id) }),
}));

/** The value of a field of the current scenario, by path. */
export const fieldValue = (scenario: Scenario, path: string) => getIn(scenario, parseFieldPath(path));
