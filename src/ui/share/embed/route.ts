// `?embed=CHART`: the page shows one chart and its headline (PRODUCT.md).
import { CHART_IDS, type ChartId } from '../../lens';

/** The embed parameter's value, or null for the full app. */
export function embedRequest(search: string): string | null {
  return new URLSearchParams(search).get('embed');
}

export const isChartId = (value: string): value is ChartId => (CHART_IDS as readonly string[]).includes(value);

/** `?embed=fans`: the uncertainty panel's four fans (a scenario with ranges). */
export const FANS_EMBED = 'fans';
/** `?embed=tornado`: what moves roles at risk in the final year the most (a scenario with ranges). */
export const TORNADO_EMBED = 'tornado';
/** Everything `?embed=` can show. */
export const EMBED_IDS: readonly string[] = [...CHART_IDS, FANS_EMBED, TORNADO_EMBED];

/** The message an embedded page posts to its host whenever its height changes. */
export const HEIGHT_MESSAGE = 'tokens-or-people:height';
