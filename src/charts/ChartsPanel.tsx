// The charts panel. The charts' code (D3, layouts, marks: ChartList.tsx) is
// not part of the first screen's JavaScript (PRODUCT.md initial-JS budget): its
// download starts as this module loads, in parallel with the reader's
// catalogue, so it is usually in by the first render; until then each chart's
// place is held at its size, so nothing below moves when they appear.
// `afterLead` goes right after the lens' lead chart (the comparison and the
// other figures: issue 9 point 3, the lead chart on the first screen).
import { lazy, Suspense, type ReactNode } from 'react';
import { useStore } from '../state/store';
import { LENSES } from '../ui/lens';
import { useT } from '../i18n/react';
import './ChartsPanel.css';

export const loadCharts = () => import('./ChartList');
const ChartList = lazy(loadCharts);
if (typeof window !== 'undefined') void loadCharts();

function Placeholders({ afterLead }: { afterLead?: ReactNode }) {
  const lens = useStore((s) => s.lens);
  const [lead, ...rest] = LENSES[lens].charts.map((id) => <div key={id} className="charts-item charts-placeholder" aria-hidden="true" />);
  return [lead, afterLead && <div key="after-lead" className="charts-after-lead">{afterLead}</div>, ...rest];
}

export function ChartsPanel({ afterLead }: { afterLead?: ReactNode }) {
  const t = useT();
  return (
    <section className="charts-panel" aria-labelledby="charts-heading">
      <h2 id="charts-heading" className="visually-hidden">
        {t('chart.panel')}
      </h2>
      <Suspense fallback={<Placeholders afterLead={afterLead} />}>
        <ChartList afterLead={afterLead} />
      </Suspense>
    </section>
  );
}
