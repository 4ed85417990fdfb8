// "Explain the gap" as a horizontal bar chart (React SVG, layout in
// gapLayout.ts) with a table of the same numbers for screen readers and
// anyone who prefers them.
import { useState } from 'react';
import type { Explanation } from '../../model/explain';
import { useWidth } from '../../charts/common/useWidth';
import { FONT_FAMILY } from '../../charts/common/text';
import { PALETTE } from '../../charts/palette';
import { gapRows, groupLabel, layoutGap, BAR } from './gapLayout';
import { useT } from '../../i18n/react';
import { inSentence } from '../../i18n';

export interface GapChartProps {
  explanation: Explanation;
  /** The figure's name, for the title ("Total cost"). */
  label: string;
  format(value: number | null): string;
  width?: number;
}

const FILL = { group: PALETTE.engineers, remainder: PALETTE.onCost, total: PALETTE.ink };

export function GapChart({ explanation, label, format, width }: GapChartProps) {
  const [ref, w] = useWidth<HTMLDivElement>(width);
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const t = useT();
  const rows = gapRows(explanation);
  const layout = layoutGap(rows, w, format);
  const summary = rows.map((r) => t('gap.summaryItem', { label: r.label, value: format(r.value) })).join('; ');
  return (
    <figure className="gap-chart">
      <figcaption>{t('gap.caption', { label: inSentence(label) })}</figcaption>
      <div ref={ref}>
        {view === 'chart' ? (
          <svg width={w} height={layout.height} viewBox={`0 0 ${w} ${layout.height}`} role="img" aria-label={t('gap.svgLabel', { label, summary })} fontFamily={FONT_FAMILY} fontSize={layout.fontSize}>
            <line x1={layout.zero} x2={layout.zero} y1={0} y2={layout.height} stroke={PALETTE.muted} />
            {layout.rows.map((r) => {
              const mid = r.y + BAR / 2;
              return (
                <g key={r.id} data-group={r.id}>
                  <text
                    x={layout.narrow ? 0 : layout.labelWidth - 8}
                    y={layout.narrow ? r.y - 4 : mid + 4}
                    textAnchor={layout.narrow ? 'start' : 'end'}
                    fill={PALETTE.ink}
                    fontWeight={r.kind === 'total' ? 700 : 400}
                  >
                    {r.label}
                  </text>
                  <rect x={r.x0} y={r.y} width={Math.max(r.x1 - r.x0, r.value ? 1 : 0)} height={BAR} fill={FILL[r.kind]} opacity={r.kind === 'remainder' ? 0.8 : 1} />
                  <text x={r.textX} y={mid + 4} textAnchor={r.anchor} fill={PALETTE.ink} style={{ fontVariantNumeric: 'tabular-nums' }}>
                    {format(r.value)}
                  </text>
                </g>
              );
            })}
          </svg>
        ) : (
          <table className="gap-table">
            <caption className="visually-hidden">{t('gap.tableCaption', { label: inSentence(label) })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('gap.group')}</th>
                <th scope="col">{t('gap.alone')}</th>
                <th scope="col">{t('gap.last')}</th>
                <th scope="col">{t('gap.contribution')}</th>
              </tr>
            </thead>
            <tbody>
              {explanation.contributions.map((c) => (
                <tr key={c.id}>
                  <th scope="row">{groupLabel(c.id, c.label)}</th>
                  <td>{format(c.forward)}</td>
                  <td>{format(c.backward)}</td>
                  <td>{format(c.contribution)}</td>
                </tr>
              ))}
              <tr>
                <th scope="row">{t('gap.interaction')}</th>
                <td colSpan={2} />
                <td>{format(explanation.remainder)}</td>
              </tr>
              <tr>
                <th scope="row">{t('gap.total')}</th>
                <td colSpan={2} />
                <td>{format(explanation.gap)}</td>
              </tr>
            </tbody>
          </table>
        )}
      </div>
      <button
        type="button"
        className="gap-toggle"
        aria-label={view === 'chart' ? t('gap.showTable') : t('gap.showChart')}
        onClick={() => setView(view === 'chart' ? 'table' : 'chart')}
      >
        {view === 'chart' ? t('chart.showTable') : t('chart.showChart')}
      </button>
    </figure>
  );
}
