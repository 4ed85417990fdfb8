// Each chart's short name for menus (the download menu, the embed dialog), in
// the reader's language. Apart from registry.ts so that naming a chart does not
// load its code: the charts load after the first screen (ChartsPanel.tsx).
import type { ChartId } from '../ui/lens';
import { t } from '../i18n';

export function chartTitle(id: ChartId): string {
  switch (id) {
    case 'headcount': return t('chart.headcount.name');
    case 'costs': return t('chart.costs.name');
    case 'frontier': return t('chart.frontier.name');
    case 'pay': return t('chart.pay.name');
    case 'output': return t('chart.output.name');
    case 'pipeline': return t('chart.pipeline.name');
  }
}
