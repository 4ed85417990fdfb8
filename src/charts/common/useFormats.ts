import { useMemo } from 'react';
import type { Scenario } from '../../scenario/schema';
import { chartFormats } from '../types';
import type { ChartFormats } from './format';

/** Formats that change only with the currency, so layouts memoised on them stay valid across edits. */
export function useFormats(scenario: Scenario): ChartFormats {
  const currency = scenario.currency;
  return useMemo(() => chartFormats({ currency }), [currency]);
}
