// `?embed=CHART`: the page shows one chart and its headline (PRODUCT.md).
import { CHART_IDS, type ChartId } from '../../lens';
import { t } from '../../../i18n';

/** The embed parameter's value, or null for the full app. */
export function embedRequest(search: string): string | null {
  return new URLSearchParams(search).get('embed');
}

export const isChartId = (value: string): value is ChartId => (CHART_IDS as readonly string[]).includes(value);

/**
 * What `?embed=` shows beyond the registry's charts: the uncertainty panel's
 * fans and tornado, computed in the embedded page's worker; offered only for a
 * scenario with ranges. Titles as the embed dialog lists them.
 */
export const RANGE_EMBEDS: { readonly fans: string; readonly tornado: string } = {
  get fans() {
    return t('embed.fans');
  },
  get tornado() {
    return t('embed.tornado');
  },
};
export type RangeEmbedId = keyof typeof RANGE_EMBEDS;
export const isRangeEmbed = (value: string): value is RangeEmbedId => Object.hasOwn(RANGE_EMBEDS, value);

/** Everything `?embed=` can show. */
export const EMBED_IDS: readonly string[] = [...CHART_IDS, ...Object.keys(RANGE_EMBEDS)];

/** The message an embedded page posts to its host whenever its height changes. */
export const HEIGHT_MESSAGE = 'tokens-or-people:height';
