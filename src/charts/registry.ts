// Every chart by id: the page's charts panel, `?embed=CHART` and the PNG/SVG
// downloads render charts through this one table.
import type { ComponentType } from 'react';
import type { ChartId } from '../ui/lens';
import type { ChartProps } from './types';
import { HeadcountChart } from './headcount/HeadcountChart';
import { CostsChart } from './costs/CostsChart';
import { FrontierChart } from './frontier/FrontierChart';
import { PayChart } from './pay/PayChart';
import { OutputChart } from './output/OutputChart';

export type { ChartProps } from './types';

export interface ChartEntry {
  /** Short name for menus and download file names. */
  title: string;
  Component: ComponentType<ChartProps>;
}

export const CHARTS: Record<ChartId, ChartEntry> = {
  headcount: { title: 'Headcount', Component: HeadcountChart },
  costs: { title: 'Cost stack', Component: CostsChart },
  frontier: { title: 'Trade-off frontier', Component: FrontierChart },
  pay: { title: 'Pay', Component: PayChart },
  output: { title: 'Output and workload', Component: OutputChart },
};
