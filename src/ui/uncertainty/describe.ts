// Words for the uncertainty panel: a range's ends in the editor's units, the
// source line under the fans and the tornado, a probability as a percent.
import type { Scenario } from '../../scenario/schema';
import { formatNumber, formatPercent } from '../format';
import { formatValue } from '../../charts/common/format';
import { withCurrency } from '../editor/useField';
import { rangeParam } from './rangeParams';
import { inSentence, readerLocale, t } from '../../i18n';
import { displayTitle } from '../../i18n/presetTexts';

/** "0.85× to 1.55×", "0% to 67%", "0.3 to 2 USD/Mtok". */
export function rangeText(scenario: Scenario, path: string, [low, high]: readonly [number, number], locale?: string): string {
  const param = rangeParam(path, scenario);
  if (param.percent) return t('range.span', { low: formatPercent(low, 2, locale), high: formatPercent(high, 2, locale) });
  const unit = withCurrency(param.unit, scenario.currency);
  const n = (v: number) => formatNumber(v, 3, locale);
  if (unit === '×') return t('range.span', { low: `${n(low)}×`, high: `${n(high)}×` });
  return unit ? t('range.spanUnit', { low: n(low), high: n(high), unit }) : t('range.span', { low: n(low), high: n(high) });
}

/** The line under every uncertainty chart: how many samples, which seed, which ranges. */
export function uncertaintySource(scenario: Scenario, samples: number, seed: number, locale: string = readerLocale()): string {
  const ranges = Object.keys(scenario.uncertainty.ranges)
    .sort()
    .map((path) => t('range.sourceItem', { label: inSentence(rangeParam(path, scenario).label), range: rangeText(scenario, path, scenario.uncertainty.ranges[path], locale) }));
  const n = formatValue('count', samples, { currency: scenario.currency, locale });
  return t('range.source', { title: displayTitle(scenario.title), samples: n, seed: String(seed), ranges: ranges.join('; ') });
}

/** A probability as people read it: "43%", "0.4%" below 1%, "<0.1%" for a few samples in 10,000. */
export function formatProbability(p: number | null, locale?: string): string {
  if (p === null || !Number.isFinite(p)) return '–';
  if (p > 0 && p < 0.001) return `<${formatPercent(0.001, 1, locale)}`;
  if (p < 1 && p > 0.999) return `>${formatPercent(0.999, 1, locale)}`;
  return formatPercent(p, p > 0 && p < 0.01 ? 1 : p > 0.99 && p < 1 ? 1 : 0, locale);
}
