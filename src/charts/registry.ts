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
import { PipelineChart } from './pipeline/PipelineChart';

import { chartTitle } from './titles';
export type { ChartProps } from './types';

export interface ChartEntry {
  /** Short name for menus (a getter: in the reader's language). */
  readonly title: string;
  Component: ComponentType<ChartProps>;
}

const entry = (id: ChartId, Component: ComponentType<ChartProps>): ChartEntry => ({
  get title() {
    return chartTitle(id);
  },
  Component,
});

export const CHARTS: Record<ChartId, ChartEntry> = {
  headcount: entry('headcount', HeadcountChart),
  costs: entry('costs', CostsChart),
  frontier: entry('frontier', FrontierChart),
  pay: entry('pay', PayChart),
  output: entry('output', OutputChart),
  pipeline: entry('pipeline', PipelineChart),
};
