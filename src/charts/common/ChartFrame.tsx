// A chart's figure: title, a one-line description, the chart or its data
// table (toggled), and the source line. The chart measures its body's width
// through `bodyRef` (useWidth) and lays itself out for it.
import { useId, useState, type ReactNode, type RefObject } from 'react';
import type { ChartId } from '../../ui/lens';
import { DataTable } from './DataTable';
import type { TableModel } from './table';
import { useT } from '../../i18n/react';
import { inSentence } from '../../i18n';
import './ChartFrame.css';

export interface ChartFrameProps {
  /** A registry chart's id, or another chart's name (the uncertainty panel's "fan", "tornado"): a class name only. */
  id: ChartId | 'fan' | 'tornado';
  title: string;
  description: string;
  source: string;
  /** Built only when the table is shown. */
  table(): TableModel;
  /** Heading level of the title (3 inside the page's charts section). */
  headingLevel?: 2 | 3 | 4;
  bodyRef?: RefObject<HTMLDivElement | null>;
  /** A fitted chart's unfitted height: an embed posts it to its host page (src/ui/share/embed). */
  naturalHeight?: number;
  /** Controls of what the chart shows (the frontier's team), above both the chart and its table. */
  controls?: ReactNode;
  children: ReactNode;
}

export function ChartFrame({ id, title, description, source, table, headingLevel = 3, bodyRef, naturalHeight, controls, children }: ChartFrameProps) {
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const uid = useId();
  const Heading = `h${headingLevel}` as const;
  const t = useT();
  return (
    <figure className={`chart chart-${id}`} aria-labelledby={`${uid}-t`}>
      <figcaption className="chart-caption">
        <Heading id={`${uid}-t`} className="chart-title">
          {title}
        </Heading>
        <p className="chart-description">{description}</p>
      </figcaption>
      {controls}
      <div className="chart-body" ref={bodyRef} data-natural-height={naturalHeight}>{view === 'chart' ? children : <DataTable table={table()} />}</div>
      <div className="chart-footer">
        <p className="chart-source">{source}</p>
        <button type="button" className="chart-toggle" onClick={() => setView(view === 'chart' ? 'table' : 'chart')}>
          {view === 'chart' ? t('chart.showTable') : t('chart.showChart')}
          <span className="visually-hidden">{t('chart.toggle.what', { title: inSentence(title) })}</span>
        </button>
      </div>
    </figure>
  );
}
