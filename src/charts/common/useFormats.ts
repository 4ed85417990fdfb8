import { useMemo } from 'react';
import { useLocale } from '../../i18n/react';
import type { Scenario } from '../../scenario/schema';
import { chartFormats } from '../types';
import type { ChartFormats } from './format';

/**
 * Formats that change only with the currency and the reader's locale, so
 * layouts memoised on them stay valid across edits and follow a change of language.
 */
export function useFormats(scenario: Scenario): ChartFormats {
  const currency = scenario.currency;
  const locale = useLocale();
  return useMemo(() => chartFormats({ currency }, locale), [currency, locale]);
}
