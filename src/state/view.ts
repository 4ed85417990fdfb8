// What the reader is looking at beyond the scenario, lens and baseline (which
// live in store.ts): the year of the figures and the downturn question. View
// state, not part of the scenario; links carry it (src/state/linkView.ts).
// null always means "the default", which depends on the scenario and is
// worked out where it is used, so a link leaves a default out.
import { create } from 'zustand';
import type { Scenario } from '../scenario/schema';

export interface ViewState {
  /** The calendar year of the headline figures; null: the default (the final year). */
  year: number | null;
  /** The downturn levers' savings target, in the scenario's currency; null: a tenth of the cost from the downturn year. */
  savings: number | null;
  /** The calendar year the downturn starts; null: the second year. */
  downturnYear: number | null;
  set(change: Partial<Omit<ViewState, 'set'>>): void;
}

export const useView = create<ViewState>()((set) => ({
  year: null,
  savings: null,
  downturnYear: null,
  set: (change) => set(change),
}));

const finalYear = (s: Pick<Scenario, 'startYear' | 'years'>) => s.startYear + s.years - 1;
const clampYear = (s: Pick<Scenario, 'startYear' | 'years'>, year: number) => Math.min(finalYear(s), Math.max(s.startYear, year));

/** The year of the figures: the chosen one, kept inside the run when its years change; else the final year. */
export const figureYear = (s: Pick<Scenario, 'startYear' | 'years'>, year: number | null) => (year === null ? finalYear(s) : clampYear(s, year));

/** The downturn's first year: the chosen one, inside the run; else the second year (the first when there is one). */
export const downturnStart = (s: Pick<Scenario, 'startYear' | 'years'>, year: number | null) =>
  clampYear(s, year ?? s.startYear + 1);
